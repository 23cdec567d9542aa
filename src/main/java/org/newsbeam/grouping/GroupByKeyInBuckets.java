package org.newsbeam.grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * What {@link GroupByKey} does (each key once, with all its values), done through a given number of
 * buckets by a hash of the key: the values of every key in a bucket are grouped together, then
 * split by key. Keys come out in order within a bucket.
 *
 * <p>Why: the DirectRunner hands the step after a grouping one bundle per key, and pays a fixed
 * cost per bundle and step (it re-translates the step, serializing its DoFn and coders), per key (a
 * timer each, scanned whenever the watermark moves) and per bundle that adds to a key (it copies
 * the key's values so far). With thousands of keys (files, articles, speakers) that cost more than
 * the steps' own work. The number of buckets is the number of parallel units of work after the
 * grouping: a few dozen suit one machine, a cluster wants a few per core ({@code --groups}).
 */
public final class GroupByKeyInBuckets<V>
    extends PTransform<PCollection<KV<String, V>>, PCollection<KV<String, Iterable<V>>>> {
  /**
   * The default number of buckets: over the BBC set, a rerun with 1% new articles took 62 s with
   * 256, 50 s with 64, 48 s with 32 and 53 s with 16 (fewer groups than that leave cores idle while
   * the last ones are annotated).
   */
  public static final int DEFAULT_BUCKETS = 64;

  private final int buckets;

  public GroupByKeyInBuckets(int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("at least one bucket, not " + buckets);
    }
    this.buckets = buckets;
  }

  @Override
  public PCollection<KV<String, Iterable<V>>> expand(PCollection<KV<String, V>> input) {
    KvCoder<String, V> inputCoder = (KvCoder<String, V>) input.getCoder();
    Coder<V> valueCoder = inputCoder.getValueCoder();
    int count = buckets;
    return input
        .apply(
            "ByBucket",
            WithKeys.<Integer, KV<String, V>>of(kv -> bucketOf(kv.getKey(), count))
                .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), inputCoder))
        .apply("GroupByBucket", GroupByKey.create())
        .apply("SplitByKey", ParDo.of(new SplitByKeyFn<>()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), IterableCoder.of(valueCoder)));
  }

  /** The bucket of a key: {@link String#hashCode} is the same in every JVM. */
  public static int bucketOf(String key, int buckets) {
    return Math.floorMod(key.hashCode(), buckets);
  }

  static class SplitByKeyFn<V>
      extends DoFn<KV<Integer, Iterable<KV<String, V>>>, KV<String, Iterable<V>>> {
    @ProcessElement
    public void processElement(
        @Element KV<Integer, Iterable<KV<String, V>>> bucket,
        OutputReceiver<KV<String, Iterable<V>>> out) {
      Map<String, List<V>> byKey = new TreeMap<>();
      for (KV<String, V> kv : bucket.getValue()) {
        byKey.computeIfAbsent(kv.getKey(), k -> new ArrayList<>()).add(kv.getValue());
      }
      byKey.forEach((key, values) -> out.output(KV.of(key, values)));
    }
  }
}
