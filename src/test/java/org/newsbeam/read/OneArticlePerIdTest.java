package org.newsbeam.read;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.newsbeam.model.Article;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Stage;

public class OneArticlePerIdTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void keepsTheFirstPathOfAnIdAndListsTheOtherTextsAsFailures() {
    Article first = new Article("x", "/in/a/x.txt", "A", "A\n\nOne text.");
    Article second = new Article("x", "/in/b/x.txt", "B", "B\n\nAnother text.");
    Article third = new Article("x", "/in/c/x.txt", "C", "C\n\nA third text.");
    Article alone = new Article("y", "/in/a/y.txt", "Y", "Y\n\nAlone.");

    PCollectionTuple out =
        pipeline
            .apply(Create.of(List.of(third, alone, second, first)))
            .apply(new OneArticlePerId());

    PAssert.that(out.get(OneArticlePerId.UNIQUE)).containsInAnyOrder(first, alone);
    PAssert.that(out.get(OneArticlePerId.FAILURES))
        .satisfies(
            failures -> {
              List<String> sources = new ArrayList<>();
              for (Failure f : failures) {
                assertEquals("x", f.article);
                assertEquals(Stage.READ.label(), f.stage);
                assertTrue(f.reason, f.reason.contains("/in/a/x.txt"));
                assertTrue(f.reason, f.reason.contains("rename"));
                sources.add(f.source);
              }
              sources.sort(null);
              assertEquals(List.of("/in/b/x.txt", "/in/c/x.txt"), sources);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
