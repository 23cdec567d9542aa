package org.newsbeam.nlp;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.junit.Test;
import org.newsbeam.Fixtures;
import org.newsbeam.model.ArticleSentences;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.Stage;

public class ArticleAtOnceTest {
  private final Counter unused = Metrics.counter(ArticleAtOnceTest.class, "unused");
  private final ArticleSentences article =
      new ArticleSentences(
          "a",
          List.of(
              Fixtures.sentence("a", 0, 0, "Title"),
              Fixtures.sentence("a", 1, 6, "Broken here."),
              Fixtures.sentence("a", 2, 19, "Fine.")));
  private final List<Integer> callSizes = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();

  /** Upper-cases each sentence's text; throws on any document that holds a sentence "Broken". */
  private List<String> annotate(Function<Sentence, Boolean> breaks) {
    return ArticleAtOnce.annotate(
        article,
        Stage.SENTIMENT,
        sentences -> {
          callSizes.add(sentences.size());
          if (sentences.stream().anyMatch(breaks::apply)) {
            throw new IllegalStateException("no tree");
          }
          return sentences.stream().map(s -> s.text.toUpperCase()).toList();
        },
        unused,
        unused,
        failures::add);
  }

  @Test
  public void theArticleIsAnnotatedInOneCall() {
    assertEquals(List.of("TITLE", "BROKEN HERE.", "FINE."), annotate(s -> false));
    assertEquals(List.of(3), callSizes);
    assertEquals(List.of(), failures);
  }

  @Test
  public void whenTheArticleFailsOnlyTheSentenceThatFailsOnItsOwnBecomesAFailureRow() {
    assertEquals(List.of("TITLE", "FINE."), annotate(s -> s.text.startsWith("Broken")));
    assertEquals(List.of(3, 1, 1, 1), callSizes);
    assertEquals(
        List.of(
            new Failure(
                "a",
                "",
                "sentiment",
                "CoreNLP failed on sentence 1: java.lang.IllegalStateException: no tree")),
        failures);
  }
}
