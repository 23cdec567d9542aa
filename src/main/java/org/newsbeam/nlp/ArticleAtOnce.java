package org.newsbeam.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.beam.sdk.metrics.Counter;
import org.newsbeam.model.ArticleSentences;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.Stage;
import org.newsbeam.progress.Progress;

/**
 * How an annotation branch goes through an article: all its sentences in one CoreNLP document (one
 * call per article costs about 6% less CPU than one per sentence, with the same annotations); if
 * CoreNLP fails on the document, again one sentence at a time, so that only the sentences it fails
 * on become failure rows. The branches take a whole article per element, not a sentence per
 * element: fewer, larger elements also cost Beam less to move and the join less to gather.
 */
public final class ArticleAtOnce {
  private ArticleAtOnce() {}

  /**
   * {@code annotate} applied to the article's sentences: its results for them all, in order; or,
   * when it throws, its results for each sentence on its own, leaving out those it throws on (for
   * each of those, {@code failures} gets a row and {@code failed} is incremented). {@code micros}
   * counts the time spent, summed over threads; {@link Progress} counts the sentences done.
   */
  public static <R> List<R> annotate(
      ArticleSentences article,
      Stage stage,
      Function<List<Sentence>, List<R>> annotate,
      Counter micros,
      Counter failed,
      Consumer<Failure> failures) {
    long start = System.nanoTime();
    try {
      return annotate.apply(article.sentences);
    } catch (ModelsUnavailableException e) {
      throw e; // a broken installation stops the run; it is no article's fault
    } catch (RuntimeException wholeArticle) {
      return oneByOne(article, stage, annotate, failed, failures);
    } finally {
      long nanos = System.nanoTime() - start;
      micros.inc(nanos / 1_000);
      Progress.sentencesDone(article.articleId, article.sentences.size(), nanos);
    }
  }

  private static <R> List<R> oneByOne(
      ArticleSentences article,
      Stage stage,
      Function<List<Sentence>, List<R>> annotate,
      Counter failed,
      Consumer<Failure> failures) {
    List<R> results = new ArrayList<>();
    for (Sentence sentence : article.sentences) {
      try {
        results.addAll(annotate.apply(List.of(sentence)));
      } catch (ModelsUnavailableException e) {
        throw e;
      } catch (RuntimeException e) {
        failed.inc();
        failures.accept(
            Failure.at(
                sentence.articleId,
                "",
                stage,
                "CoreNLP failed on sentence " + sentence.index + ": " + e));
      }
    }
    return results;
  }
}
