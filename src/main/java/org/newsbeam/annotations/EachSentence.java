package org.newsbeam.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.beam.sdk.metrics.Counter;
import org.newsbeam.model.ArticleSentences;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Sentence;

/**
 * How an annotation branch goes through an article: one sentence at a time, each timed and counted
 * toward the run's progress, a sentence CoreNLP fails on becoming a failure row while the others
 * are still annotated. The branches take a whole article per element (not a sentence per element):
 * fewer, larger elements cost Beam less to move and the join less to gather.
 */
public final class EachSentence {
  private EachSentence() {}

  /**
   * {@code annotate} applied to each of the article's sentences, in order, leaving out those it
   * threw on: for each of those, {@code failures} gets a row and {@code failed} is incremented.
   * {@code micros} counts the time spent, summed over threads.
   */
  public static <R> List<R> annotate(
      ArticleSentences article,
      String stage,
      Function<Sentence, R> annotate,
      Counter micros,
      Counter failed,
      Consumer<Failure> failures) {
    List<R> results = new ArrayList<>(article.sentences.size());
    for (Sentence sentence : article.sentences) {
      long start = System.nanoTime();
      try {
        results.add(annotate.apply(sentence));
      } catch (RuntimeException e) {
        failed.inc();
        failures.accept(
            new Failure(
                sentence.articleId,
                "",
                stage,
                "CoreNLP failed on sentence " + sentence.index + ": " + e));
      } finally {
        long nanos = System.nanoTime() - start;
        micros.inc(nanos / 1_000);
        Progress.sentenceDone(sentence.articleId, nanos);
      }
    }
    return results;
  }
}
