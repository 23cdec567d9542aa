package org.newsbeam.annotations;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.junit.Test;
import org.newsbeam.Fixtures;
import org.newsbeam.model.ArticleSentences;
import org.newsbeam.model.Failure;

public class EachSentenceTest {
  private final Counter unused = Metrics.counter(EachSentenceTest.class, "unused");

  @Test
  public void aSentenceThatFailsBecomesAFailureRowAndTheOthersAreStillAnnotated() {
    ArticleSentences article =
        new ArticleSentences(
            "a",
            List.of(
                Fixtures.sentence("a", 0, 0, "Title"),
                Fixtures.sentence("a", 1, 6, "Broken here."),
                Fixtures.sentence("a", 2, 19, "Fine.")));
    List<Failure> failures = new ArrayList<>();

    List<String> annotated =
        EachSentence.annotate(
            article,
            "sentiment",
            sentence -> {
              if (sentence.index == 1) {
                throw new IllegalStateException("no tree");
              }
              return sentence.text.toUpperCase();
            },
            unused,
            unused,
            failures::add);

    assertEquals(List.of("TITLE", "FINE."), annotated);
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
