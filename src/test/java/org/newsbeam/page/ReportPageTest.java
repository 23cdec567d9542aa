package org.newsbeam.page;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.report.Csv;
import org.newsbeam.report.ReportFiles;

/** What report.html holds, read from real and made-up reports; the browser test draws it. */
public class ReportPageTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private static final Path OUTPUT = Path.of("output");

  private Path seedReports() throws IOException {
    Path reports = tmp.newFolder("seed").toPath();
    try (Stream<Path> files = Files.list(OUTPUT)) {
      for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        Files.copy(csv, reports.resolve(csv.getFileName()));
      }
    }
    return reports;
  }

  @Test
  public void theCommittedPageIsWhatThePageCodeMakesOfTheCommittedReports() throws IOException {
    Path reports = seedReports();
    ReportPage.write(reports.toString());
    assertArrayEquals(
        "output/report.html differs: rerun `mvn -q compile exec:java`" + " and commit output/",
        Files.readAllBytes(OUTPUT.resolve(ReportPage.FILE_NAME)),
        Files.readAllBytes(reports.resolve(ReportPage.FILE_NAME)));
  }

  @Test
  public void readsEveryReportTheRunWrites() {
    for (ReportFiles report : ReportFiles.values()) {
      assertTrue(report.fileName, ReportData.FILES.contains(report.fileName));
    }
  }

  @Test
  public void eachSpeakersEvidenceIsTheirLowestAndHighestScoredQuote() throws IOException {
    JsonNode data = ReportData.read(seedReports().toString());
    Map<String, List<CSVRecord>> bySpeaker = new HashMap<>();
    for (CSVRecord quote : Csv.records(OUTPUT.resolve("quotes.csv"))) {
      if (!quote.get("speaker").isEmpty() && !quote.get("sentiment").isEmpty()) {
        bySpeaker.computeIfAbsent(quote.get("speaker"), s -> new ArrayList<>()).add(quote);
      }
    }
    assertEquals(bySpeaker.size(), data.get("speakerEvidence").size());
    for (JsonNode row : data.get("speakerEvidence")) {
      List<CSVRecord> quotes = bySpeaker.get(row.get("name").asText());
      double low =
          quotes.stream()
              .mapToDouble(q -> Double.parseDouble(q.get("sentiment")))
              .min()
              .orElseThrow();
      double high =
          quotes.stream()
              .mapToDouble(q -> Double.parseDouble(q.get("sentiment")))
              .max()
              .orElseThrow();
      assertEquals(low, row.get("negative").get("sentiment").asDouble(), 0);
      if (quotes.size() == 1) {
        assertTrue(row.get("positive").isNull()); // the page says "the same quote"
      } else {
        assertEquals(high, row.get("positive").get("sentiment").asDouble(), 0);
      }
      String article = quotes.get(0).get("article");
      String title = Csv.records(OUTPUT.resolve("articles.csv")).get(0).get("title");
      assertEquals(article, row.get("negative").get("article").asText());
      assertEquals(title, row.get("negative").get("title").asText());
    }
    JsonNode putin = data.get("speakerEvidence").get(0);
    assertEquals("Vladimir Putin", putin.get("name").asText());
    assertTrue(putin.get("negative").get("quote").asText().contains("not constructive"));
  }

  @Test
  public void eachCountrysEvidenceIsTheSentenceMostNegativeAndMostPositiveTowardIt()
      throws IOException {
    JsonNode data = ReportData.read(seedReports().toString());
    // Sentiment toward Russia per sentence: the mean over its mentions there.
    Map<Integer, double[]> russia = new HashMap<>();
    for (CSVRecord mention : Csv.records(OUTPUT.resolve("mentions.csv"))) {
      if (mention.get("country").equals("RU") && !mention.get("sentiment").isEmpty()) {
        double[] sum =
            russia.computeIfAbsent(Integer.parseInt(mention.get("sentence")), s -> new double[2]);
        sum[0] += Double.parseDouble(mention.get("sentiment"));
        sum[1]++;
      }
    }
    int lowest = -1;
    int highest = -1;
    for (var e : russia.entrySet()) {
      double mean = e.getValue()[0] / e.getValue()[1];
      if (lowest < 0 || mean < russia.get(lowest)[0] / russia.get(lowest)[1]) {
        lowest = e.getKey();
      }
      if (highest < 0 || mean > russia.get(highest)[0] / russia.get(highest)[1]) {
        highest = e.getKey();
      }
    }
    JsonNode ru = data.get("countryEvidence").get(0);
    assertEquals("RU", ru.get("country").asText());
    assertEquals("Russia", ru.get("name").asText());
    assertEquals(lowest, ru.get("negative").get("sentence").asInt());
    assertEquals(highest, ru.get("positive").get("sentence").asInt());
    String text = Csv.records(OUTPUT.resolve("sentences.csv")).get(lowest).get("text");
    assertEquals(ReportData.cut(text), ru.get("negative").get("text").asText());
    assertEquals(6, data.get("countryEvidence").size());
  }

  @Test
  public void theRunCountsEveryInputAndStoriesOnlyWhenARunWroteThem() throws IOException {
    Path reports = tmp.newFolder("run").toPath();
    write(
        reports,
        ReportFiles.ARTICLES,
        List.of(
            article("a", "2016-03-14", "nytimes.com"),
            article("b", "2016-01-02", "nytimes.com"),
            article("c", "", "politico.com"),
            article("d", "2016-05-01", "")));
    write(reports, ReportFiles.DUPLICATES, List.of(List.of("e", "e.txt", "a")));
    write(
        reports,
        ReportFiles.FAILURES,
        List.of(
            List.of("f", "f.txt", "read", "an empty file"),
            List.of("g", "g.txt", "read", "an empty file"),
            List.of("h", "h.txt", "split", "split failed: IllegalStateException")));
    JsonNode run = ReportData.read(reports.toString()).get("run");
    assertEquals(8, run.get("inputs").asInt());
    assertEquals(4, run.get("reported").asInt());
    assertEquals(1, run.get("duplicates").asInt());
    assertEquals(3, run.get("failed").asInt());
    assertTrue(run.get("stories").isNull());
    assertEquals(1, run.get("undated").asInt());
    assertEquals("2016-01-02", run.get("firstPublished").asText());
    assertEquals("2016-05-01", run.get("lastPublished").asText());
    assertEquals(2, run.get("sources").asInt());
    assertEquals("nytimes.com", run.get("topSources").get(0).get("source").asText());
    assertEquals(2, run.get("topSources").get(0).get("articles").asInt());
    JsonNode reason = run.get("failureReasons").get(0);
    assertEquals("an empty file", reason.get("reason").asText());
    assertEquals(2, reason.get("inputs").asInt());

    Files.writeString(reports.resolve("stories.csv"), "story,articles\n1,2\n2,1\n");
    assertEquals(2, ReportData.read(reports.toString()).get("run").get("stories").asInt());
  }

  @Test
  public void aPageOfNoReportsIsWrittenAllTheSame() throws IOException {
    Path empty = tmp.newFolder("empty").toPath();
    ReportPage.write(empty.toString());
    String html = Files.readString(empty.resolve(ReportPage.FILE_NAME));
    ObjectNode data = ReportData.read(empty.toString());
    assertEquals(0, data.get("speakers").get("rows").size());
    assertEquals(0, data.get("countries").get("rows").size());
    assertEquals(0, data.get("files").size());
    assertTrue(html.contains("id=\"report-data\""));
  }

  @Test
  public void jsonInThePageCannotEndItsScriptOrStartMarkup() throws IOException {
    String json = "{\"quote\":\"</script><script>alert(1)</script><!-- & \u2028\"}";
    String safe = ReportPage.jsonInHtml(json);
    assertFalse(safe, safe.contains("<") || safe.contains(">") || safe.contains("&"));
    assertEquals(new ObjectMapper().readTree(json), new ObjectMapper().readTree(safe));

    String html = ReportPage.html(ReportData.read(seedReports().toString()));
    assertEquals(
        "one script element per library, the map, the data and the page's own",
        6,
        html.split("<script", -1).length - 1);
    assertEquals(6, html.split("</script>", -1).length - 1);
  }

  /**
   * A run far larger than the BBC set (its 2,225 articles give a few thousand speakers): the page
   * keeps its top rows only, cuts long texts, and stays far under 5 MB.
   */
  @Test
  public void aLargeRunKeepsTheTopRowsAndStaysUnderFiveMegabytes() throws IOException {
    Path reports = tmp.newFolder("large").toPath();
    int speakers = 20_000;
    try (BufferedWriter out = Files.newBufferedWriter(reports.resolve("speakers.csv"))) {
      out.write(String.join(",", ReportFiles.SPEAKERS.header) + "\n");
      for (int s = 0; s < speakers; s++) {
        List<String> row = new ArrayList<>();
        for (String column : ReportFiles.SPEAKERS.header) {
          row.add(
              switch (column) {
                case "speaker" -> speaker(s);
                case "type" -> "person";
                case "country" -> "US";
                case "gender" -> s % 2 == 0 ? "female" : "male";
                case "quotes", "scored_quotes", "toward_mentions" -> "5";
                case "articles" -> "3";
                case "reprints" -> "0";
                case "mean_sentiment", "sentiment_toward" -> "0.1000";
                case "ci_low", "toward_ci_low" -> "-0.2000";
                case "ci_high", "toward_ci_high" -> "0.4000";
                case "negative" -> "1";
                case "neutral", "positive" -> "2";
                case "first_published" -> "2016-01-01";
                case "last_published" -> "2016-12-31";
                case "example_quote" -> "\u201Ca quote\u201D";
                default ->
                    throw new IllegalStateException("a column this test does not know: " + column);
              });
        }
        out.write(Csv.rows(List.of(row)));
      }
    }
    String longQuote = "“" + "word ".repeat(400) + "”";
    try (BufferedWriter out = Files.newBufferedWriter(reports.resolve("quotes.csv"))) {
      out.write(String.join(",", ReportFiles.QUOTES.header) + "\n");
      for (int q = 0; q < 100_000; q++) {
        List<String> row = new ArrayList<>();
        for (String column : ReportFiles.QUOTES.header) {
          row.add(
              switch (column) {
                case "article" -> "article" + q / 10;
                case "quote_begin", "quote_end" -> String.valueOf(q % 10 * 100);
                case "speaker" -> speaker(q % speakers);
                case "sentiment" -> Csv.decimal((q % 201 - 100) / 100.0);
                case "quote" -> longQuote;
                default -> "";
              });
        }
        out.write(Csv.rows(List.of(row)));
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(reports.resolve("speakers_by_period.csv"))) {
      out.write(String.join(",", ReportFiles.SPEAKERS_BY_PERIOD.header) + "\n");
      for (int s = 0; s < 50; s++) {
        for (int day = 0; day < 1_000; day++) {
          String period = java.time.LocalDate.of(2014, 1, 1).plusDays(day).toString();
          out.write(
              Csv.rows(
                  List.of(
                      List.of(
                          speaker(s),
                          period,
                          "2",
                          "2",
                          "1",
                          "0",
                          "0.1000",
                          "",
                          "",
                          "0",
                          "2",
                          "0",
                          "0",
                          "",
                          "",
                          ""))));
        }
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(reports.resolve("articles.csv"))) {
      out.write(String.join(",", ReportFiles.ARTICLES.header) + "\n");
      for (int a = 0; a < 100_000; a++) {
        out.write(Csv.rows(List.of(article("article" + a, "2016-01-01", "outlet" + a % 40))));
      }
    }
    ReportPage.write(reports.toString());

    long size = Files.size(reports.resolve(ReportPage.FILE_NAME));
    assertTrue(size + " bytes", size < 5_000_000);
    ObjectNode data = ReportData.read(reports.toString());
    assertEquals(ReportData.TOP_SPEAKERS, data.get("speakers").get("rows").size());
    assertEquals(speakers, data.get("speakers").get("total").asInt());
    assertEquals(ReportData.TOP_SPEAKERS, data.get("speakerEvidence").size());
    for (JsonNode evidence : data.get("speakerEvidence")) {
      assertEquals(ReportData.TEXT_CHARS, evidence.get("negative").get("quote").asText().length());
    }
    assertEquals(
        ReportData.SPEAKERS_OVER_TIME * ReportData.MAX_PERIODS,
        data.get("speakersByPeriod").size());
    assertEquals("2016-09-26", lastPeriod(data.get("speakersByPeriod")));
    assertEquals(ReportData.TOP_SOURCES, data.get("run").get("topSources").size());
    assertEquals(40, data.get("run").get("sources").asInt());
  }

  private static String lastPeriod(JsonNode rows) {
    return rows.get(ReportData.MAX_PERIODS - 1).get("period").asText();
  }

  private static String speaker(int n) {
    return String.format(Locale.ROOT, "Speaker %05d", n);
  }

  private static List<String> article(String id, String published, String source) {
    return List.of(
        id,
        id + ".txt",
        "Title of " + id,
        published,
        source,
        "",
        "UTF-8",
        "100",
        "3",
        "2",
        "1",
        "1",
        "",
        id,
        "1");
  }

  private static void write(Path reports, ReportFiles report, List<List<String>> rows)
      throws IOException {
    List<List<String>> all = new ArrayList<>();
    all.add(report.header);
    all.addAll(rows);
    Files.writeString(reports.resolve(report.fileName), Csv.rows(all));
  }
}
