package org.newsbeam.report;

import java.util.Locale;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.newsbeam.join.JoinAnnotations;
import org.newsbeam.read.ReadArticles;
import org.newsbeam.sentences.SplitSentences;
import org.newsbeam.speakers.AttributeQuotes;

/** The end-of-run summary, read from the pipeline's Beam metrics. */
public final class RunSummary {
  private final long files;
  private final long read;
  private final long reported;
  private final long failed;
  private final long sentences;
  private final long quotes;
  private final long speakers;
  private final long countries;
  private final long elapsedNanos;

  private RunSummary(
      long files,
      long read,
      long reported,
      long failed,
      long sentences,
      long quotes,
      long speakers,
      long countries,
      long elapsedNanos) {
    this.files = files;
    this.read = read;
    this.reported = reported;
    this.failed = failed;
    this.sentences = sentences;
    this.quotes = quotes;
    this.speakers = speakers;
    this.countries = countries;
    this.elapsedNanos = elapsedNanos;
  }

  public static RunSummary of(PipelineResult result, long files, long elapsedNanos) {
    MetricQueryResults metrics = result.metrics().allMetrics();
    return new RunSummary(
        files,
        counter(metrics, ReadArticles.class, "articlesRead"),
        counter(metrics, JoinAnnotations.class, "articlesAnnotated"),
        counter(metrics, JoinAnnotations.class, "articlesFailed"),
        counter(metrics, SplitSentences.class, "sentences"),
        counter(metrics, AttributeQuotes.class, "quotes"),
        counter(metrics, WriteReports.class, "speakers"),
        counter(metrics, WriteReports.class, "countries"),
        elapsedNanos);
  }

  public long reported() {
    return reported;
  }

  public long failed() {
    return failed;
  }

  public String format() {
    return String.format(
        Locale.ROOT,
        "newsbeam: %d files, %d articles read, %d reported, %d failed (see failures.csv); "
            + "%d sentences, %d quotes, %d speakers, %d countries; %.1f s",
        files,
        read,
        reported,
        failed,
        sentences,
        quotes,
        speakers,
        countries,
        elapsedNanos / 1e9);
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
