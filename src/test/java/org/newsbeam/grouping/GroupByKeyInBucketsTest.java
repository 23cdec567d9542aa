package org.newsbeam.grouping;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

public class GroupByKeyInBucketsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void everyKeyComesOutOnceWithAllItsValues() {
    // More keys than buckets, so buckets hold several keys; each key with several values.
    List<KV<String, Integer>> input = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < 3 * 16; k++) {
      int values = 1 + k % 3;
      StringBuilder all = new StringBuilder("key-" + k + ":");
      for (int v = 0; v < values; v++) {
        input.add(KV.of("key-" + k, v));
        all.append(v);
      }
      expected.add(all.toString());
    }
    PCollection<String> grouped =
        pipeline
            .apply(Create.of(input))
            .apply(new GroupByKeyInBuckets<>(16))
            .apply(
                MapElements.into(TypeDescriptors.strings())
                    .via(
                        group -> {
                          List<Integer> values = new ArrayList<>();
                          group.getValue().forEach(values::add);
                          values.sort(null);
                          StringBuilder all = new StringBuilder(group.getKey() + ":");
                          values.forEach(all::append);
                          return all.toString();
                        }));
    PAssert.that(grouped).containsInAnyOrder(expected);
    pipeline.run();
  }
}
