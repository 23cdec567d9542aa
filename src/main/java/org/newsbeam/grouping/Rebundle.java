package org.newsbeam.grouping;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The same elements, regrouped by a hash of their key into a given number of groups: spreads them
 * over workers in that many bundles rather than one bundle, or one per element (see {@link
 * GroupByKeyInBuckets} for why that matters).
 */
public final class Rebundle<T> extends PTransform<PCollection<T>, PCollection<T>> {
  private final SerializableFunction<T, String> key;
  private final int groups;

  public Rebundle(SerializableFunction<T, String> key, int groups) {
    this.key = key;
    this.groups = groups;
  }

  @Override
  public PCollection<T> expand(PCollection<T> input) {
    return input
        .apply("WithKey", WithKeys.of(key).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), input.getCoder()))
        .apply("Group", new GroupByKeyInBuckets<>(groups))
        .apply("Ungroup", Values.create())
        .apply("Elements", Flatten.iterables())
        .setCoder(input.getCoder());
  }
}
