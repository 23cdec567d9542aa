package org.newsbeam.read;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The same elements, regrouped into at most {@value #GROUPS} groups by a hash of their key. After a
 * grouping by file or article the DirectRunner hands every later step one bundle per element, and
 * it pays a fixed cost per bundle and step (it re-translates the step, serializing its DoFn and
 * coders): over 2,000 stored articles that cost more than the steps' own work. A few hundred groups
 * keep the bundles few and still spread the articles over every worker.
 */
public final class Rebundle<T> extends PTransform<PCollection<T>, PCollection<T>> {
  public static final int GROUPS = 256;

  private final SerializableFunction<T, String> key;

  public Rebundle(SerializableFunction<T, String> key) {
    this.key = key;
  }

  @Override
  public PCollection<T> expand(PCollection<T> input) {
    SerializableFunction<T, String> keyOf = key;
    return input
        .apply(
            "ByGroup",
            WithKeys.<Integer, T>of(
                    element -> Math.floorMod(keyOf.apply(element).hashCode(), GROUPS))
                .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), input.getCoder()))
        .apply("Group", GroupByKey.create())
        .apply("Ungroup", Values.create())
        .apply("Elements", Flatten.iterables())
        .setCoder(input.getCoder());
  }
}
