package org.newsbeam.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVRecord;

/**
 * What report.html shows, read from the CSV reports of one output directory into one JSON object.
 * Each file is read row by row and only the rows the page shows are kept (the most quoted speakers,
 * every country, the extremes per speaker and country), so memory does not grow with the corpus;
 * the page points to the CSV files for the rest.
 */
final class ReportData {
  static final int TOP_SPEAKERS = 30;
  static final int SPEAKERS_OVER_TIME = 8;
  static final int SPEAKERS_BY_SOURCE = 15;
  static final int TOP_SOURCES = 10;
  static final int MAX_COUNTRIES = 300;
  static final int COUNTRIES_OVER_TIME = 6;
  static final int COUNTRY_EVIDENCE = 15;
  static final int MAX_PERIODS = 120;
  static final int FAILURE_REASONS = 10;

  /** Distinct failure reasons or sources counted one by one; past that they are only counted. */
  static final int TRACKED = 10_000;

  /** Quotes and sentences are cut to this length on the page; the CSVs have them whole. */
  static final int TEXT_CHARS = 600;

  /** The files the page reads, linked from it; stories.csv only when a run wrote one. */
  static final List<String> FILES =
      List.of(
          "speakers.csv",
          "speakers_by_period.csv",
          "speakers_by_source.csv",
          "quotes.csv",
          "countries.csv",
          "countries_by_period.csv",
          "countries_by_source.csv",
          "gender_by_period.csv",
          "mentions.csv",
          "sentences.csv",
          "articles.csv",
          "duplicates.csv",
          "failures.csv",
          "stories.csv");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The text columns of the reports the page reads rows of; the others are numbers. */
  private static final Set<String> TEXTS =
      Set.of(
          "speaker",
          "type",
          "country",
          "gender",
          "name",
          "period",
          "source",
          "first_published",
          "last_published");

  private final CsvFiles files;
  private final ObjectNode data = JSON.objectNode();

  /** Article ids whose titles the page shows, with the nodes waiting for them. */
  private final Map<String, List<ObjectNode>> wantTitles = new HashMap<>();

  private ReportData(String directory) {
    this.files = new CsvFiles(directory);
  }

  /** The page's data for the reports in {@code directory}; a missing file gives an empty part. */
  static ObjectNode read(String directory) throws IOException {
    return new ReportData(directory).readAll();
  }

  private ObjectNode readAll() throws IOException {
    List<String> speakers = speakers();
    speakerEvidence(speakers);
    List<String> countries = countries();
    countryEvidence(countries.subList(0, Math.min(COUNTRY_EVIDENCE, countries.size())));
    List<String> sources = run();
    speakersByPeriod(speakers.subList(0, Math.min(SPEAKERS_OVER_TIME, speakers.size())));
    speakersBySource(
        speakers.subList(0, Math.min(SPEAKERS_BY_SOURCE, speakers.size())), Set.copyOf(sources));
    countriesByPeriod(countries.subList(0, Math.min(COUNTRIES_OVER_TIME, countries.size())));
    ArrayNode present = data.putArray("files");
    for (String name : FILES) {
      if (files.exists(name)) {
        present.add(name);
      }
    }
    return data;
  }

  /** The most quoted speakers (speakers.csv is sorted most quoted first); returns their names. */
  private List<String> speakers() throws IOException {
    return firstRows("speakers.csv", "speaker", TOP_SPEAKERS, row -> {});
  }

  /**
   * The first rows of a report sorted most first, at most {@code limit}, as {@code {total, rows}}
   * under the report's name; returns their keys.
   */
  private List<String> firstRows(
      String file, String keyColumn, int limit, Consumer<ObjectNode> extend) throws IOException {
    ArrayNode rows = JSON.arrayNode();
    List<String> keys = new ArrayList<>();
    long[] total = {0};
    files.forEach(
        file,
        r -> {
          total[0]++;
          if (keys.size() < limit) {
            keys.add(CsvFiles.text(r, keyColumn));
            ObjectNode row = row(r);
            extend.accept(row);
            rows.add(row);
          }
        });
    data.putObject(file.substring(0, file.indexOf('.'))).put("total", total[0]).set("rows", rows);
    return keys;
  }

  /** Each top speaker's most negative and most positive scored quote. */
  private void speakerEvidence(List<String> speakers) throws IOException {
    Map<String, Extremes> extremes = new LinkedHashMap<>();
    speakers.forEach(s -> extremes.put(s, new Extremes()));
    files.forEach(
        "quotes.csv",
        r -> {
          Extremes e = extremes.get(CsvFiles.text(r, "speaker"));
          Double score = CsvFiles.number(r, "sentiment");
          if (e != null && score != null) {
            e.offer(
                score,
                () -> {
                  ObjectNode quote = JSON.objectNode();
                  quote.put("sentiment", score);
                  quote.put("quote", cut(CsvFiles.text(r, "quote")));
                  quote.put("article", CsvFiles.text(r, "article"));
                  quote.put("begin", Long.parseLong(r.get("quote_begin")));
                  return quote;
                });
          }
        });
    data.set("speakerEvidence", evidence(extremes, (speaker, row) -> row.put("name", speaker)));
  }

  /** Every country (at most {@link #MAX_COUNTRIES}), most mentioned first; returns their codes. */
  private List<String> countries() throws IOException {
    Map<String, String> features = worldFeatures();
    return firstRows(
        "countries.csv",
        "country",
        MAX_COUNTRIES,
        row -> row.put("feature", features.get(row.get("country").asText())));
  }

  /**
   * For each of the top countries, the sentence most negative and the one most positive toward it:
   * a sentence's sentiment toward a country is the mean over its mentions there, as in
   * countries.csv. mentions.csv lists a sentence's mentions together, so one sentence is held at a
   * time.
   */
  private void countryEvidence(List<String> countries) throws IOException {
    Map<String, Extremes> extremes = new LinkedHashMap<>();
    countries.forEach(c -> extremes.put(c, new Extremes()));
    SentenceMentions sentence = new SentenceMentions(extremes);
    files.forEach("mentions.csv", sentence::add);
    sentence.flush();

    Map<String, List<ObjectNode>> wantText = new HashMap<>();
    for (Extremes e : extremes.values()) {
      if (e.lowest != null) {
        for (ObjectNode node : List.of(e.lowest.node, e.highest.node)) {
          String key = node.get("article").asText() + '\u0000' + node.get("sentence").asInt();
          wantText.computeIfAbsent(key, k -> new ArrayList<>()).add(node);
        }
      }
    }
    files.forEach(
        "sentences.csv",
        r -> {
          List<ObjectNode> nodes =
              wantText.get(CsvFiles.text(r, "article") + '\u0000' + r.get("sentence"));
          if (nodes != null) {
            nodes.forEach(n -> n.put("text", cut(CsvFiles.text(r, "text"))));
          }
        });

    Map<String, String> names = new HashMap<>();
    data.get("countries").get("rows").forEach(c -> names.put(c.get("country").asText(), name(c)));
    data.set(
        "countryEvidence",
        evidence(
            extremes,
            (country, row) -> row.put("country", country).put("name", names.get(country))));
  }

  /**
   * One row per key with an item: its lowest- and highest-scored item ("positive" null when that is
   * the same item), whose articles' titles are to be filled in.
   */
  private ArrayNode evidence(Map<String, Extremes> extremes, BiConsumer<String, ObjectNode> name) {
    ArrayNode rows = JSON.arrayNode();
    extremes.forEach(
        (key, e) -> {
          if (e.lowest != null) {
            ObjectNode row = rows.addObject();
            name.accept(key, row);
            row.set("negative", wantTitle(e.lowest.node));
            row.set("positive", e.highest == e.lowest ? null : wantTitle(e.highest.node));
          }
        });
    return rows;
  }

  /**
   * The run: inputs reported, duplicates and failed (with the top reasons), stories, undated
   * articles, sources and the date range; fills in the titles the evidence waits for. Returns the
   * sources with the most articles.
   */
  private List<String> run() throws IOException {
    ObjectNode run = data.putObject("run");
    long[] reported = {0};
    long[] undated = {0};
    String[] range = {null, null};
    Map<String, long[]> sources = new HashMap<>();
    long[] untrackedSources = {0};
    files.forEach(
        "articles.csv",
        r -> {
          reported[0]++;
          String published = r.get("published");
          if (published.isEmpty()) {
            undated[0]++;
          } else {
            range[0] = range[0] == null || published.compareTo(range[0]) < 0 ? published : range[0];
            range[1] = range[1] == null || published.compareTo(range[1]) > 0 ? published : range[1];
          }
          String source = CsvFiles.text(r, "source");
          if (!source.isEmpty()) {
            countIn(sources, source, untrackedSources);
          }
          List<ObjectNode> waiting = wantTitles.get(CsvFiles.text(r, "article"));
          if (waiting != null) {
            waiting.forEach(n -> n.put("title", CsvFiles.text(r, "title")));
          }
        });
    long duplicates = count("duplicates.csv");
    Map<String, long[]> reasons = new HashMap<>();
    long[] untrackedReasons = {0};
    long[] failed = {0};
    files.forEach(
        "failures.csv",
        r -> {
          failed[0]++;
          countIn(reasons, r.get("stage") + '\u0000' + r.get("reason"), untrackedReasons);
        });
    run.put("inputs", reported[0] + duplicates + failed[0]);
    run.put("reported", reported[0]);
    run.put("duplicates", duplicates);
    run.put("failed", failed[0]);
    if (files.exists("stories.csv")) {
      run.put("stories", count("stories.csv"));
    } else {
      run.putNull("stories");
    }
    run.put("undated", undated[0]);
    run.put("firstPublished", range[0]);
    run.put("lastPublished", range[1]);
    run.put("sources", sources.size());
    run.put("moreSources", untrackedSources[0] > 0);

    List<String> topSources = top(sources, TOP_SOURCES);
    ArrayNode sourceRows = run.putArray("topSources");
    for (String source : topSources) {
      sourceRows.addObject().put("source", source).put("articles", sources.get(source)[0]);
    }
    ArrayNode reasonRows = run.putArray("failureReasons");
    for (String key : top(reasons, FAILURE_REASONS)) {
      int split = key.indexOf('\u0000');
      reasonRows
          .addObject()
          .put("stage", key.substring(0, split))
          .put("reason", cut(key.substring(split + 1)))
          .put("inputs", reasons.get(key)[0]);
    }
    run.put("otherReasons", untrackedReasons[0]);
    return topSources;
  }

  /** The top speakers' tone per period (the latest {@link #MAX_PERIODS} periods of each). */
  private void speakersByPeriod(List<String> speakers) throws IOException {
    data.set("speakersByPeriod", byPeriod("speakers_by_period.csv", "speaker", speakers));
  }

  private void countriesByPeriod(List<String> countries) throws IOException {
    data.set("countriesByPeriod", byPeriod("countries_by_period.csv", "country", countries));
  }

  /** The top speakers' tone per outlet, for the outlets with the most articles. */
  private void speakersBySource(List<String> speakers, Set<String> sources) throws IOException {
    Set<String> wanted = Set.copyOf(speakers);
    ArrayNode rows = data.putArray("speakersBySource");
    files.forEach(
        "speakers_by_source.csv",
        r -> {
          if (wanted.contains(CsvFiles.text(r, "speaker"))
              && sources.contains(CsvFiles.text(r, "source"))) {
            rows.add(row(r));
          }
        });
  }

  /** Rows of a by-period report for the given keys, dated periods only, oldest first. */
  private ArrayNode byPeriod(String file, String keyColumn, List<String> wanted)
      throws IOException {
    Set<String> keys = Set.copyOf(wanted);
    Map<String, TreeMap<String, ObjectNode>> series = new LinkedHashMap<>();
    files.forEach(
        file,
        r -> {
          String key = CsvFiles.text(r, keyColumn);
          String period = r.get("period");
          if (keys.contains(key) && !period.isEmpty()) {
            TreeMap<String, ObjectNode> periods = series.computeIfAbsent(key, k -> new TreeMap<>());
            periods.put(period, row(r));
            if (periods.size() > MAX_PERIODS) {
              periods.pollFirstEntry();
            }
          }
        });
    ArrayNode rows = JSON.arrayNode();
    series.values().forEach(periods -> periods.values().forEach(rows::add));
    return rows;
  }

  private long count(String file) throws IOException {
    long[] n = {0};
    files.forEach(file, r -> n[0]++);
    return n[0];
  }

  /**
   * The row as JSON: numbers as numbers (null when empty), the text columns as text; the example
   * quote of speakers.csv is left out (the page shows its own).
   */
  private static ObjectNode row(CSVRecord r) {
    ObjectNode row = JSON.objectNode();
    for (String column : r.getParser().getHeaderNames()) {
      if (TEXTS.contains(column)) {
        row.put(column, CsvFiles.text(r, column));
      } else if (!column.equals("example_quote")) {
        try {
          row.put(column, CsvFiles.number(r, column));
        } catch (NumberFormatException e) {
          row.put(column, CsvFiles.text(r, column)); // a column newer than this reader
        }
      }
    }
    return row;
  }

  private ObjectNode wantTitle(ObjectNode node) {
    wantTitles.computeIfAbsent(node.get("article").asText(), k -> new ArrayList<>()).add(node);
    return node;
  }

  private static String name(JsonNode country) {
    String name = country.get("name").asText();
    return name.isEmpty() ? country.get("country").asText() : name;
  }

  private static void countIn(Map<String, long[]> counts, String key, long[] untracked) {
    long[] n = counts.get(key);
    if (n != null) {
      n[0]++;
    } else if (counts.size() < TRACKED) {
      counts.put(key, new long[] {1});
    } else {
      untracked[0]++;
    }
  }

  /** The keys with the highest counts, ties by key. */
  private static List<String> top(Map<String, long[]> counts, int n) {
    return counts.entrySet().stream()
        .sorted(
            Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  static String cut(String text) {
    return text.length() <= TEXT_CHARS ? text : text.substring(0, TEXT_CHARS - 1) + "…";
  }

  /**
   * Which world-atlas shape stands for each country code: the shape's ISO numeric id, or its name
   * where it has none (world-ids.tsv, made by scripts/page/vendor.js).
   */
  static Map<String, String> worldFeatures() {
    Map<String, String> features = new HashMap<>();
    try (InputStream in = ReportData.class.getResourceAsStream("vendor/world-ids.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split("\t");
        features.put(cells[1], cells[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return features;
  }

  /** The lowest- and highest-scored item offered; the first of equal scores stays. */
  private static final class Extremes {
    Scored lowest;
    Scored highest;

    void offer(double score, Supplier<ObjectNode> node) {
      Scored item = null;
      if (lowest == null || score < lowest.score) {
        item = new Scored(score, node.get());
        lowest = item;
      }
      if (highest == null || score > highest.score) {
        highest = item != null ? item : new Scored(score, node.get());
      }
    }
  }

  private record Scored(double score, ObjectNode node) {}

  /** The scored mentions of the top countries in one sentence, summed until the next sentence. */
  private static final class SentenceMentions {
    private final Map<String, Extremes> extremes;
    private final Map<String, double[]> sums = new LinkedHashMap<>();
    private final Map<String, Set<String>> words = new HashMap<>();
    private String article;
    private String sentence;

    SentenceMentions(Map<String, Extremes> extremes) {
      this.extremes = extremes;
    }

    void add(CSVRecord r) {
      String a = CsvFiles.text(r, "article");
      String s = r.get("sentence");
      if (!a.equals(article) || !s.equals(sentence)) {
        flush();
        article = a;
        sentence = s;
      }
      String country = CsvFiles.text(r, "country");
      Double score = CsvFiles.number(r, "sentiment");
      if (extremes.containsKey(country) && score != null) {
        double[] sum = sums.computeIfAbsent(country, c -> new double[2]);
        sum[0] += score;
        sum[1]++;
        words.computeIfAbsent(country, c -> new LinkedHashSet<>()).add(CsvFiles.text(r, "text"));
      }
    }

    void flush() {
      sums.forEach(
          (country, sum) -> {
            double mean = sum[0] / sum[1];
            extremes
                .get(country)
                .offer(
                    mean,
                    () -> {
                      ObjectNode node = JSON.objectNode();
                      node.put("sentiment", Math.round(mean * 10_000) / 10_000.0);
                      node.put("article", article);
                      node.put("sentence", Integer.parseInt(sentence));
                      node.put("mentions", String.join(", ", words.get(country)));
                      return node;
                    });
          });
      sums.clear();
      words.clear();
    }
  }
}
