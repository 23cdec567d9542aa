package org.newsbeam.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsbeam.model.ArticleReport;
import org.newsbeam.model.CountrySentence;
import org.newsbeam.model.Duplicate;
import org.newsbeam.model.Failure;
import org.newsbeam.model.PersonMention;
import org.newsbeam.model.SpeakerQuote;
import org.newsbeam.stories.FindStories.Story;
import org.newsbeam.stories.FindStories.StoryOf;

/**
 * Writes the CSV reports ({@link ReportFiles}) into one directory: one file each, with a header,
 * rows in a fixed order, so two runs over the same input give byte-identical files. Each report's
 * rows are sorted in shards by a hash of their sort key (as many as the driver sizes by the input),
 * and the sorted shards merged into the report ({@link SortedShards}), so no worker holds more than
 * a shard. Speakers and countries are summed per key ({@link SpeakerStats}, {@link CountryStats}),
 * so no element grows with their quotes or mentions. Each file is written under a temporary name;
 * once all are written, all are renamed into place (each rename atomic), so a reader never sees
 * half a file.
 */
public class WriteReports extends PTransform<PCollectionTuple, PDone> {
  public static final TupleTag<ArticleReport> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  public static final TupleTag<Duplicate> DUPLICATES = new TupleTag<>() {};
  public static final TupleTag<KV<String, StoryOf>> MEMBERSHIP = new TupleTag<>() {};
  public static final TupleTag<Story> STORIES = new TupleTag<>() {};

  private static final TupleTag<ArticleReport> REPORT = new TupleTag<>() {};
  private static final TupleTag<StoryOf> STORY = new TupleTag<>() {};

  private static final TupleTag<KV<String, KV<String, String>>> ROWS = new TupleTag<>() {};
  private static final TupleTag<KV<String, SpeakerStats>> SPEAKERS = new TupleTag<>() {};
  private static final TupleTag<KV<String, CountryStats>> COUNTRIES = new TupleTag<>() {};
  private static final TupleTag<KV<String, Long>> DATED = new TupleTag<>() {};
  private static final TupleTag<KV<String, Copy<SpeakerStats>>> QUOTE_COPIES = new TupleTag<>() {};
  private static final TupleTag<KV<String, Copy<CountryStats>>> SENTENCE_COPIES =
      new TupleTag<>() {};

  /**
   * How a speaker's or a country's figures are broken down: in all (speakers.csv), per period
   * (speakers_by_period.csv), per source (speakers_by_source.csv). A key is the breakdown, the
   * speaker or country, and the period or source, joined by this separator.
   */
  enum Breakdown {
    TOTAL,
    PERIOD,
    SOURCE;

    String key(String who, String within) {
      return name() + SEPARATOR + who + SEPARATOR + within;
    }

    static String[] parts(String key) {
      return key.split(SEPARATOR, -1);
    }
  }

  private static final String SEPARATOR = "\u0001";

  private final String outputDirectory;
  private final Period period;
  private final boolean countCopies;

  /** Each report is sorted in this many shards, so that no worker sorts a whole report. */
  private final int shards;

  /**
   * Input text per shard of each report: a shard's rows are sorted in one worker's memory, and rows
   * take a few times the text they come from.
   */
  static final long BYTES_PER_SHARD = 8L << 20;

  /** Shards for input of this many bytes: one per {@link #BYTES_PER_SHARD}, at least one. */
  public static int shardsFor(long inputBytes) {
    return (int)
        Math.max(1, Math.min(1 << 20, (inputBytes + BYTES_PER_SHARD - 1) / BYTES_PER_SHARD));
  }

  /**
   * With {@code countCopies}, every copy of a story counts in the speakers' and countries' figures;
   * without it, words that several copies of a story share count once.
   */
  public WriteReports(String outputDirectory, Period period, boolean countCopies, int shards) {
    this.outputDirectory = outputDirectory;
    this.period = period;
    this.countCopies = countCopies;
    this.shards = shards;
  }

  @Override
  public PDone expand(PCollectionTuple input) {
    PCollection<KV<String, ArticleReport>> byId =
        input.get(ARTICLES).apply("ById", WithKeys.of((ArticleReport a) -> a.articleId));
    byId.setCoder(KvCoder.of(StringUtf8Coder.of(), input.get(ARTICLES).getCoder()));
    PCollectionTuple perArticle =
        KeyedPCollectionTuple.of(REPORT, byId)
            .and(STORY, input.get(MEMBERSHIP))
            .apply("WithStories", CoGroupByKey.create())
            .apply(
                "RowsOfEachArticle",
                ParDo.of(new RowsOfEachArticleFn(period, countCopies))
                    .withOutputTags(
                        ROWS,
                        TupleTagList.of(SPEAKERS)
                            .and(COUNTRIES)
                            .and(DATED)
                            .and(QUOTE_COPIES)
                            .and(SENTENCE_COPIES)));
    // Words that several copies of a story share count once, under the earliest copy's period.
    PCollection<KV<String, SpeakerStats>> quotesOnce =
        perArticle
            .get(QUOTE_COPIES)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(copyType())))
            .apply("OneQuotePerStory", Combine.perKey(new Plus<Copy<SpeakerStats>>(Copy::plus)))
            .apply("QuoteOnce", ParDo.of(new OnceFn<SpeakerStats>(SpeakerStats::withReprints)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(SpeakerStats.class)));
    PCollection<KV<String, CountryStats>> sentencesOnce =
        perArticle
            .get(SENTENCE_COPIES)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(copyType())))
            .apply("OneSentencePerStory", Combine.perKey(new Plus<Copy<CountryStats>>(Copy::plus)))
            .apply("SentenceOnce", ParDo.of(new OnceFn<CountryStats>(CountryStats::withReprints)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(CountryStats.class)));
    // Dated articles per period: what a country's share of a period's articles is out of.
    PCollectionView<Map<String, Long>> datedPerPeriod =
        perArticle
            .get(DATED)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
            .apply("DatedPerPeriod", Sum.longsPerKey())
            .apply("DatedArticles", View.asMap());

    PCollection<KV<String, SpeakerStats>> perSpeaker =
        PCollectionList.of(
                perArticle
                    .get(SPEAKERS)
                    .setCoder(
                        KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(SpeakerStats.class))))
            .and(quotesOnce)
            .apply("SpeakerParts", Flatten.pCollections())
            .apply("SumPerSpeaker", Combine.perKey(new Plus<SpeakerStats>(SpeakerStats::plus)));
    PCollection<KV<String, KV<String, String>>> speakerRows =
        perSpeaker.apply("SpeakerRows", ParDo.of(new SpeakerRowFn()));
    PCollection<KV<String, KV<String, String>>> genderRows =
        perSpeaker
            .apply("GenderParts", ParDo.of(new GenderPartFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(GenderShares.class)))
            .apply("SumPerPeriod", Combine.perKey(new Plus<GenderShares>(GenderShares::plus)))
            .apply("GenderRows", ParDo.of(new GenderRowFn()));
    PCollection<KV<String, KV<String, String>>> countryRows =
        PCollectionList.of(
                perArticle
                    .get(COUNTRIES)
                    .setCoder(
                        KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(CountryStats.class))))
            .and(sentencesOnce)
            .apply("CountryParts", Flatten.pCollections())
            .apply("SumPerCountry", Combine.perKey(new Plus<CountryStats>(CountryStats::plus)))
            .apply(
                "CountryRows",
                ParDo.of(new CountryRowFn(datedPerPeriod)).withSideInputs(datedPerPeriod));
    PCollection<KV<String, KV<String, String>>> failureRows =
        input.get(FAILURES).apply("FailureRows", ParDo.of(new FailureRowFn()));
    PCollection<KV<String, KV<String, String>>> duplicateRows =
        input.get(DUPLICATES).apply("DuplicateRows", ParDo.of(new DuplicateRowFn()));
    PCollection<KV<String, KV<String, String>>> storyRows =
        input.get(STORIES).apply("StoryRows", ParDo.of(new StoryRowFn()));
    List<KV<String, KV<String, String>>> headerRows = new ArrayList<>();
    for (ReportFiles report : ReportFiles.values()) {
      // The empty sort key puts the header first, and makes every file exist even without rows.
      headerRows.add(KV.of(report.fileName, KV.of("", Csv.rows(List.of(report.header)))));
    }
    PCollection<KV<String, KV<String, String>>> headers =
        input.getPipeline().apply("Headers", Create.of(headerRows));

    PCollectionList.of(headers)
        .and(perArticle.get(ROWS))
        .and(speakerRows)
        .and(genderRows)
        .and(countryRows)
        .and(failureRows)
        .and(duplicateRows)
        .and(storyRows)
        .apply("AllRows", Flatten.pCollections())
        // A report's rows are sorted in shards, then merged: grouping a whole report under one key
        // made the DirectRunner copy the report's rows so far for every bundle that added some.
        .apply("ByShard", ParDo.of(new ShardFn(shards)))
        .setCoder(
            KvCoder.of(
                KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of()),
                KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply("GroupByShard", GroupByKey.create())
        .apply("WriteShards", ParDo.of(new WriteShardFn(outputDirectory)))
        .apply("GroupByReport", GroupByKey.create())
        .apply("MergeShards", ParDo.of(new MergeShardsFn(outputDirectory)))
        // Renamed together once all are written: the reports of one run replace the last run's
        // within milliseconds of each other, and only once every one of them is complete.
        .apply("AllWritten", WithKeys.of("reports"))
        .apply("WaitForAll", GroupByKey.create())
        .apply("RenameIntoPlace", ParDo.of(new RenameFn(outputDirectory)));
    return PDone.in(input.getPipeline());
  }

  /** Sums per key with an associative, commutative {@code plus}: a speaker's or country's parts. */
  static final class Plus<T> extends Combine.BinaryCombineFn<T> {
    private final SerializableBiFunction<T, T, T> plus;

    Plus(SerializableBiFunction<T, T, T> plus) {
      this.plus = plus;
    }

    @Override
    public T apply(T left, T right) {
      return plus.apply(left, right);
    }
  }

  /**
   * A speaker's quote or a country's sentence in one copy of a story: the figures it adds, the
   * period it falls in, and the order that makes the earliest copy (by date, then article id) the
   * one that counts; {@code copies} sums the copies merged.
   */
  record Copy<S extends Serializable>(String order, String key, String when, S stats, long copies)
      implements Serializable {
    Copy<S> plus(Copy<S> other) {
      Copy<S> first = order.compareTo(other.order) <= 0 ? this : other;
      return new Copy<>(first.order, key, first.when, first.stats, copies + other.copies);
    }
  }

  @SuppressWarnings("unchecked")
  private static <S extends Serializable> Class<Copy<S>> copyType() {
    return (Class<Copy<S>>) (Class<?>) Copy.class;
  }

  /** A story's words counted once, with the other copies as reprints, in all and by period. */
  static class OnceFn<S extends Serializable> extends DoFn<KV<String, Copy<S>>, KV<String, S>> {
    private final SerializableBiFunction<S, Long, S> withReprints;

    OnceFn(SerializableBiFunction<S, Long, S> withReprints) {
      this.withReprints = withReprints;
    }

    @ProcessElement
    public void processElement(
        @Element KV<String, Copy<S>> copy, OutputReceiver<KV<String, S>> out) {
      Copy<S> first = copy.getValue();
      S stats = withReprints.apply(first.stats(), first.copies() - 1);
      out.output(KV.of(Breakdown.TOTAL.key(first.key(), ""), stats));
      out.output(KV.of(Breakdown.PERIOD.key(first.key(), first.when()), stats));
    }
  }

  static class StoryRowFn extends DoFn<Story, KV<String, KV<String, String>>> {
    @ProcessElement
    public void processElement(
        @Element Story story, OutputReceiver<KV<String, KV<String, String>>> out) {
      out.output(
          row(ReportFiles.STORIES, descending(story.articles(), story.story()), story.row()));
    }
  }

  /** One or more rows of a report, as CSV text, with the key they are sorted by. */
  private static KV<String, KV<String, String>> row(
      ReportFiles report, String sortKey, List<String> cells) {
    return KV.of(report.fileName, KV.of(sortKey, Csv.rows(List.of(cells))));
  }

  /** A sort key that puts larger counts first, then names in order. */
  private static String descending(long count, String name) {
    return Csv.zeroPadded(999_999_999_999L - count, 12) + "\t" + name;
  }

  static class FailureRowFn extends DoFn<Failure, KV<String, KV<String, String>>> {
    private final Counter failures = Metrics.counter(WriteReports.class, "failures");

    @ProcessElement
    public void processElement(
        @Element Failure f, OutputReceiver<KV<String, KV<String, String>>> out) {
      out.output(
          row(
              ReportFiles.FAILURES,
              f.article + "\t" + f.source + "\t" + f.stage,
              List.of(f.article, f.source, f.stage, f.reason)));
      failures.inc();
    }
  }

  static class DuplicateRowFn extends DoFn<Duplicate, KV<String, KV<String, String>>> {
    private final Counter duplicates = Metrics.counter(WriteReports.class, "duplicates");

    @ProcessElement
    public void processElement(
        @Element Duplicate d, OutputReceiver<KV<String, KV<String, String>>> out) {
      out.output(
          row(
              ReportFiles.DUPLICATES,
              d.article + "\t" + d.source,
              List.of(d.article, d.source, d.duplicateOf)));
      duplicates.inc();
    }
  }

  /**
   * An article's rows of the per-article reports (its row with its story), and what it adds to its
   * speakers' and countries' figures: in all and by period its own words, or, in a story of several
   * copies, the copies of its words to count once; by source every copy, as every outlet that
   * carried a story ran it.
   */
  static class RowsOfEachArticleFn
      extends DoFn<KV<String, CoGbkResult>, KV<String, KV<String, String>>> {
    private final Counter articles = Metrics.counter(WriteReports.class, "articles");
    private final Counter undated = Metrics.counter(WriteReports.class, "undatedArticles");
    private final Counter sentences = Metrics.counter(WriteReports.class, "sentences");
    private final Counter quotes = Metrics.counter(WriteReports.class, "quotes");
    private final Period period;
    private final boolean countCopies;

    RowsOfEachArticleFn(Period period, boolean countCopies) {
      this.period = period;
      this.countCopies = countCopies;
    }

    @ProcessElement
    public void processElement(@Element KV<String, CoGbkResult> joined, MultiOutputReceiver out) {
      ArticleReport article = joined.getValue().getOnly(REPORT, null);
      if (article == null) {
        return;
      }
      StoryOf story = joined.getValue().getOnly(STORY, StoryOf.alone(article.articleId));
      articles.inc();
      sentences.inc(article.sentenceCount);
      quotes.inc(article.quotes.size());
      String key = article.articleId;
      out.get(ROWS).output(KV.of(ReportFiles.SENTENCES.fileName, KV.of(key, article.sentenceRows)));
      out.get(ROWS).output(KV.of(ReportFiles.MENTIONS.fileName, KV.of(key, article.mentionRows)));
      out.get(ROWS)
          .output(KV.of(ReportFiles.QUOTES.fileName, KV.of(key, ArticleRows.quoteRows(article))));
      out.get(ROWS)
          .output(
              KV.of(
                  ReportFiles.ARTICLES.fileName,
                  KV.of(
                      key,
                      Csv.withCells(
                          article.articleRow,
                          List.of(story.story(), Long.toString(story.copies()))))));
      String when = period.of(article.published);
      if (when.isEmpty()) {
        undated.inc();
      } else {
        out.get(DATED).output(KV.of(when, 1L));
      }
      boolean once = !countCopies && story.copies() > 1;
      String order =
          (article.published.isEmpty() ? "~" : article.published) + "\t" + article.articleId;

      Map<String, List<SpeakerQuote>> bySpeaker = new TreeMap<>();
      for (SpeakerQuote quote : article.speakerQuotes()) {
        bySpeaker.computeIfAbsent(quote.speaker, k -> new ArrayList<>()).add(quote);
      }
      Map<String, List<PersonMention>> mentionsOf = new TreeMap<>();
      for (PersonMention mention : article.personMentions) {
        mentionsOf.computeIfAbsent(mention.person, k -> new ArrayList<>()).add(mention);
      }
      Set<String> people = new TreeSet<>(bySpeaker.keySet());
      people.addAll(mentionsOf.keySet());
      for (String speaker : people) {
        List<SpeakerQuote> inArticle = bySpeaker.getOrDefault(speaker, List.of());
        List<PersonMention> mentions = mentionsOf.getOrDefault(speaker, List.of());
        SpeakerStats stats = SpeakerStats.ofArticle(inArticle, mentions, article.published);
        out.get(SPEAKERS).output(KV.of(Breakdown.SOURCE.key(speaker, article.outlet), stats));
        if (!once) {
          out.get(SPEAKERS).output(KV.of(Breakdown.TOTAL.key(speaker, ""), stats));
          out.get(SPEAKERS).output(KV.of(Breakdown.PERIOD.key(speaker, when), stats));
          continue;
        }
        if (!inArticle.isEmpty()) {
          SpeakerStats alone = SpeakerStats.ofArticleAlone(article.published);
          out.get(SPEAKERS).output(KV.of(Breakdown.TOTAL.key(speaker, ""), alone));
          out.get(SPEAKERS).output(KV.of(Breakdown.PERIOD.key(speaker, when), alone));
        }
        for (SpeakerQuote quote : inArticle) {
          // The same words from the same speaker in the same story: one quote.
          String words = story.story() + SEPARATOR + speaker + SEPARATOR + sameWords(quote.text);
          out.get(QUOTE_COPIES)
              .output(
                  copy(
                      words,
                      order,
                      quote.begin,
                      speaker,
                      when,
                      SpeakerStats.ofQuotes(List.of(quote))));
        }
        for (int i = 0; i < mentions.size(); i++) {
          // The speaker's i-th mention in a copy of the story, known by its score: copies agree.
          PersonMention mention = mentions.get(i);
          String same =
              story.story()
                  + SEPARATOR
                  + speaker
                  + SEPARATOR
                  + "mention "
                  + i
                  + ":"
                  + mention.scoreMicros;
          out.get(QUOTE_COPIES)
              .output(
                  copy(
                      same,
                      order,
                      mention.begin,
                      speaker,
                      when,
                      SpeakerStats.ofMentions(List.of(mention))));
        }
      }

      Map<String, List<CountrySentence>> byCountry = new TreeMap<>();
      for (CountrySentence sentence : article.countrySentences) {
        byCountry.computeIfAbsent(sentence.country, k -> new ArrayList<>()).add(sentence);
      }
      byCountry.forEach(
          (country, inArticle) -> {
            CountryStats stats = CountryStats.ofArticle(inArticle, article.published);
            out.get(COUNTRIES).output(KV.of(Breakdown.SOURCE.key(country, article.outlet), stats));
            if (!once) {
              out.get(COUNTRIES).output(KV.of(Breakdown.TOTAL.key(country, ""), stats));
              out.get(COUNTRIES).output(KV.of(Breakdown.PERIOD.key(country, when), stats));
              return;
            }
            CountryStats alone = CountryStats.ofArticleAlone(article.published);
            out.get(COUNTRIES).output(KV.of(Breakdown.TOTAL.key(country, ""), alone));
            out.get(COUNTRIES).output(KV.of(Breakdown.PERIOD.key(country, when), alone));
            for (CountrySentence sentence : inArticle) {
              // A sentence is known here by its scores: copies of it score the same.
              String same =
                  story.story()
                      + SEPARATOR
                      + country
                      + SEPARATOR
                      + sentence.mentions
                      + ":"
                      + sentence.sentenceMicros
                      + ":"
                      + sentence.targetedMicros;
              out.get(SENTENCE_COPIES)
                  .output(
                      copy(
                          same,
                          order,
                          sentence.sentenceIndex,
                          country,
                          when,
                          CountryStats.ofSentences(List.of(sentence))));
            }
          });
    }

    /**
     * One copy of something a story's copies share, under {@code same}: in the article of sort
     * order {@code order}, at {@code position} within it.
     */
    private static <S extends Serializable> KV<String, Copy<S>> copy(
        String same, String order, int position, String key, String when, S stats) {
      return KV.of(
          same, new Copy<>(order + "\t" + Csv.zeroPadded(position, 9), key, when, stats, 1));
    }

    /** A quote's words, whatever their case, punctuation and spacing. */
    static String sameWords(String text) {
      StringBuilder words = new StringBuilder();
      text.codePoints()
          .filter(Character::isLetterOrDigit)
          .map(Character::toLowerCase)
          .forEach(words::appendCodePoint);
      return words.toString();
    }
  }

  static class SpeakerRowFn extends DoFn<KV<String, SpeakerStats>, KV<String, KV<String, String>>> {
    private final Counter speakers = Metrics.counter(WriteReports.class, "speakers");

    @ProcessElement
    public void processElement(
        @Element KV<String, SpeakerStats> speaker,
        OutputReceiver<KV<String, KV<String, String>>> out) {
      String[] key = Breakdown.parts(speaker.getKey());
      String name = key[1];
      SpeakerStats stats = speaker.getValue();
      if (stats.quotes() == 0) {
        return; // mentioned, never quoted here: what is said about them needs what they say
      }
      switch (Breakdown.valueOf(key[0])) {
        case TOTAL -> {
          out.output(row(ReportFiles.SPEAKERS, descending(stats.quotes(), name), stats.row(name)));
          speakers.inc();
        }
        case PERIOD ->
            out.output(
                row(
                    ReportFiles.SPEAKERS_BY_PERIOD,
                    name + "\t" + key[2],
                    stats.rowWithin(name, key[2], true)));
        case SOURCE ->
            out.output(
                row(
                    ReportFiles.SPEAKERS_BY_SOURCE,
                    name + "\t" + key[2],
                    stats.rowWithin(name, key[2], false)));
      }
    }
  }

  /**
   * Each person's part of their period's row of gender_by_period.csv; over all periods, the quotes
   * by women and by men as counters for the run's summary.
   */
  static class GenderPartFn extends DoFn<KV<String, SpeakerStats>, KV<String, GenderShares>> {
    private final Counter personQuotes = Metrics.counter(WriteReports.class, "personQuotes");
    private final Counter quotesByWomen = Metrics.counter(WriteReports.class, "quotesByWomen");
    private final Counter quotesByMen = Metrics.counter(WriteReports.class, "quotesByMen");

    @ProcessElement
    public void processElement(
        @Element KV<String, SpeakerStats> speaker, OutputReceiver<KV<String, GenderShares>> out) {
      String[] key = Breakdown.parts(speaker.getKey());
      GenderShares shares = GenderShares.of(speaker.getValue());
      if (speaker.getValue().quotes() == 0 || shares.people() == 0) {
        return;
      }
      switch (Breakdown.valueOf(key[0])) {
        case TOTAL -> {
          personQuotes.inc(shares.personQuotes());
          quotesByWomen.inc(shares.quotesByWomen());
          quotesByMen.inc(shares.quotesByMen());
        }
        case PERIOD -> out.output(KV.of(key[2], shares));
        case SOURCE -> {}
      }
    }
  }

  static class GenderRowFn extends DoFn<KV<String, GenderShares>, KV<String, KV<String, String>>> {
    @ProcessElement
    public void processElement(
        @Element KV<String, GenderShares> period,
        OutputReceiver<KV<String, KV<String, String>>> out) {
      out.output(
          row(
              ReportFiles.GENDER_BY_PERIOD,
              "period " + period.getKey(), // after the header, whose sort key is empty
              period.getValue().row(period.getKey())));
    }
  }

  static class CountryRowFn extends DoFn<KV<String, CountryStats>, KV<String, KV<String, String>>> {
    private final Counter countries = Metrics.counter(WriteReports.class, "countries");
    private final PCollectionView<Map<String, Long>> datedPerPeriod;

    CountryRowFn(PCollectionView<Map<String, Long>> datedPerPeriod) {
      this.datedPerPeriod = datedPerPeriod;
    }

    @ProcessElement
    public void processElement(ProcessContext context) {
      KV<String, CountryStats> country = context.element();
      String[] key = Breakdown.parts(country.getKey());
      String code = key[1];
      CountryStats stats = country.getValue();
      switch (Breakdown.valueOf(key[0])) {
        case TOTAL -> {
          context.output(
              row(ReportFiles.COUNTRIES, descending(stats.mentions(), code), stats.row(code)));
          countries.inc();
        }
        case PERIOD -> {
          long dated = context.sideInput(datedPerPeriod).getOrDefault(key[2], 0L);
          context.output(
              row(
                  ReportFiles.COUNTRIES_BY_PERIOD,
                  code + "\t" + key[2],
                  stats.rowWithin(code, key[2], dated)));
        }
        case SOURCE ->
            context.output(
                row(
                    ReportFiles.COUNTRIES_BY_SOURCE,
                    code + "\t" + key[2],
                    stats.rowWithin(code, key[2], null)));
      }
    }
  }

  /** Which shard of its report a row block goes to, by a hash of its sort key. */
  static class ShardFn
      extends DoFn<KV<String, KV<String, String>>, KV<KV<String, Integer>, KV<String, String>>> {
    private final int shards;

    ShardFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void processElement(
        @Element KV<String, KV<String, String>> row,
        OutputReceiver<KV<KV<String, Integer>, KV<String, String>>> out) {
      int shard = Math.floorMod(row.getValue().getKey().hashCode(), shards);
      out.output(KV.of(KV.of(row.getKey(), shard), row.getValue()));
    }
  }

  /** Sorts one shard of a report and writes it to its file; outputs the report and the shard. */
  static class WriteShardFn
      extends DoFn<KV<KV<String, Integer>, Iterable<KV<String, String>>>, KV<String, Integer>> {
    private final String outputDirectory;

    WriteShardFn(String outputDirectory) {
      this.outputDirectory = outputDirectory;
    }

    @ProcessElement
    public void processElement(
        @Element KV<KV<String, Integer>, Iterable<KV<String, String>>> shard,
        OutputReceiver<KV<String, Integer>> out)
        throws IOException {
      List<KV<String, String>> blocks = new ArrayList<>();
      shard.getValue().forEach(blocks::add);
      String report = shard.getKey().getKey();
      int number = shard.getKey().getValue();
      SortedShards.write(shardFile(outputDirectory, report, number), blocks);
      out.output(shard.getKey());
    }
  }

  /** Merges a report's sorted shards into its temporary file; outputs the report's name. */
  static class MergeShardsFn extends DoFn<KV<String, Iterable<Integer>>, String> {
    private final String outputDirectory;

    MergeShardsFn(String outputDirectory) {
      this.outputDirectory = outputDirectory;
    }

    @ProcessElement
    public void processElement(
        @Element KV<String, Iterable<Integer>> report, OutputReceiver<String> out)
        throws IOException {
      List<ResourceId> shards = new ArrayList<>();
      for (int number : report.getValue()) {
        shards.add(shardFile(outputDirectory, report.getKey(), number));
      }
      ResourceId temporary = temporaryFile(outputDirectory, report.getKey());
      try (Writer writer =
          new BufferedWriter(
              new OutputStreamWriter(
                  Channels.newOutputStream(FileSystems.create(temporary, "text/csv")),
                  StandardCharsets.UTF_8))) {
        SortedShards.merge(shards, writer);
      }
      FileSystems.delete(shards, StandardMoveOptions.IGNORE_MISSING_FILES);
      out.output(report.getKey());
    }
  }

  /** Renames every written report into place, in one step after all are written. */
  static class RenameFn extends DoFn<KV<String, Iterable<String>>, Void> {
    private final String outputDirectory;

    RenameFn(String outputDirectory) {
      this.outputDirectory = outputDirectory;
    }

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<String>> written) throws IOException {
      List<String> names = new ArrayList<>();
      written.getValue().forEach(names::add); // a grouping's values may be read only once
      List<ResourceId> from = new ArrayList<>();
      List<ResourceId> to = new ArrayList<>();
      ResourceId directory = FileSystems.matchNewResource(outputDirectory, true);
      for (String name : names) {
        from.add(temporaryFile(outputDirectory, name));
        to.add(directory.resolve(name, StandardResolveOptions.RESOLVE_FILE));
      }
      FileSystems.rename(from, to);
    }
  }

  private static ResourceId shardFile(String outputDirectory, String report, int number) {
    return temporaryFile(outputDirectory, report + "." + number);
  }

  private static ResourceId temporaryFile(String outputDirectory, String name) {
    return FileSystems.matchNewResource(outputDirectory, true)
        .resolve("." + name + ".inprogress", StandardResolveOptions.RESOLVE_FILE);
  }
}
