package org.newsbeam.run;

import java.util.Locale;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.newsbeam.entities.ExtractEntities;
import org.newsbeam.nlp.CoreNlp;
import org.newsbeam.progress.Progress;
import org.newsbeam.read.ReadArticles;
import org.newsbeam.report.AnalyzeArticles;
import org.newsbeam.report.WriteReports;
import org.newsbeam.sentences.SplitSentences;
import org.newsbeam.sentiment.ScoreSentiment;
import org.newsbeam.store.LookUpAnnotations;

/**
 * The end-of-run summary, read from the pipeline's Beam metrics: what became of every input file
 * (reported, duplicate, failed), what the reports hold, and the CoreNLP work.
 */
public final class RunSummary {
  private final long files;

  /** Entries the input pattern matched that are not files (each a failure). */
  private final long notFiles;

  private final MetricQueryResults metrics;
  private final long elapsedNanos;

  private RunSummary(long files, long notFiles, MetricQueryResults metrics, long elapsedNanos) {
    this.files = files;
    this.notFiles = notFiles;
    this.metrics = metrics;
    this.elapsedNanos = elapsedNanos;
  }

  /** The run {@code result} finished, over the input {@code input}. */
  public static RunSummary of(PipelineResult result, InputCheck.Result input, long elapsedNanos) {
    return new RunSummary(
        input.files(), input.notFiles().size(), result.metrics().allMetrics(), elapsedNanos);
  }

  public long reported() {
    return counter(WriteReports.class, "articles");
  }

  public long failed() {
    return counter(WriteReports.class, "failures");
  }

  /**
   * Where the time went: model loading, time to the first finished article, and the time the
   * CoreNLP stages spent (summed over threads).
   */
  public String timing() {
    long summedMillis = CoreNlp.loadMillis().values().stream().mapToLong(Long::longValue).sum();
    return String.format(
        Locale.ROOT,
        "newsbeam timing: %d tokens; models loaded in %.1f s (wall clock; %.1f s summed over"
            + " stages loading side by side); first article done after %s, the last after %s; CoreNLP"
            + " time (summed over threads): split+tag %.1f s, sentiment %.1f s, entities %.1f s; quote"
            + " tone %.1f s; slowest"
            + " article: %s; peak heap after garbage collection %.1f GB",
        counter(SplitSentences.class, "tokens"),
        CoreNlp.loadWallMillis() / 1e3,
        summedMillis / 1e3,
        seconds(Progress.secondsToFirstArticle()),
        seconds(Progress.secondsToLastArticle()),
        counter(SplitSentences.class, "micros") / 1e6,
        counter(ScoreSentiment.class, "micros") / 1e6,
        counter(ExtractEntities.class, "micros") / 1e6,
        counter(AnalyzeArticles.class, "quoteToneMicros") / 1e6,
        Progress.slowestArticle().isEmpty() ? "none annotated" : Progress.slowestArticle(),
        HeapAfterCollection.peakBytes() / 1e9);
  }

  private static String seconds(double seconds) {
    return seconds < 0 ? "none" : String.format(Locale.ROOT, "%.1f s", seconds);
  }

  /**
   * What was read (articles, and the files, lines and rows that could not be read) and is neither
   * reported, nor a duplicate, nor failed: must be none.
   */
  public long unaccounted() {
    long inputs =
        counter(ReadArticles.class, "articlesRead")
            + counter(ReadArticles.class, "filesRejected")
            + counter(ReadArticles.class, "recordsRejected")
            + notFiles;
    return inputs - reported() - counter(WriteReports.class, "duplicates") - failed();
  }

  public String format() {
    return String.format(
        Locale.ROOT,
        "newsbeam: %d files, %d articles read: %d reported (%d from stored annotations, %d"
            + " undated), %d duplicates, %d failed (see failures.csv); %d sentences, %d quotes, %d"
            + " speakers, %d countries; %s; %.1f s",
        files,
        counter(ReadArticles.class, "articlesRead"),
        reported(),
        storedBeforeThisRun(),
        counter(WriteReports.class, "undatedArticles"),
        counter(WriteReports.class, "duplicates"),
        failed(),
        counter(WriteReports.class, "sentences"),
        counter(WriteReports.class, "quotes"),
        counter(WriteReports.class, "speakers"),
        counter(WriteReports.class, "countries"),
        genderShares(),
        elapsedNanos / 1e9);
  }

  /**
   * The quotes by people, and the shares by women and by men of those whose speaker's gender is
   * known (as gender_by_period.csv gives them per period).
   */
  private String genderShares() {
    long people = counter(WriteReports.class, "personQuotes");
    long women = counter(WriteReports.class, "quotesByWomen");
    long men = counter(WriteReports.class, "quotesByMen");
    if (women + men == 0) {
      return String.format(Locale.ROOT, "%d quotes by people, none of known gender", people);
    }
    return String.format(
        Locale.ROOT,
        "%d quotes by people: %.1f%% by women, %.1f%% by men (of the %d whose speaker's gender is"
            + " known)",
        people,
        100.0 * women / (women + men),
        100.0 * men / (women + men),
        women + men);
  }

  /** Articles whose annotations or report were in the store before this run. */
  private long storedBeforeThisRun() {
    return counter(LookUpAnnotations.class, "articlesReused");
  }

  private long counter(Class<?> namespace, String name) {
    return counter(metrics, namespace, name);
  }

  private static long counter(MetricQueryResults metrics, Class<?> namespace, String name) {
    long total = 0;
    for (MetricResult<Long> counter : metrics.getCounters()) {
      if (counter.getName().getNamespace().equals(namespace.getName())
          && counter.getName().getName().equals(name)) {
        total += attemptedOrCommitted(counter);
      }
    }
    return total;
  }

  private static long attemptedOrCommitted(MetricResult<Long> counter) {
    try {
      return counter.getCommitted();
    } catch (UnsupportedOperationException notSupported) {
      return counter.getAttempted();
    }
  }
}
