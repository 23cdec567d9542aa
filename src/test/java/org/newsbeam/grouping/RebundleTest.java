package org.newsbeam.grouping;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

public class RebundleTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void everyElementComesOutOnceAsItWentIn() {
    // More elements than groups, and two equal ones: regrouping must neither drop nor merge.
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 3 * 16; i++) {
      words.add("article-" + i);
    }
    words.add("article-7");
    PCollection<String> regrouped =
        pipeline.apply(Create.of(words)).apply(new Rebundle<>(word -> word, 16));
    PAssert.that(regrouped).containsInAnyOrder(words);
    pipeline.run();
  }
}
