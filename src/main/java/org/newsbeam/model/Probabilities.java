package org.newsbeam.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of probabilities kept as one {@code double[]}: a {@link Phrase} of every parse
 * tree node holds five, and an article's phrases are held until its branches are joined, so boxed
 * {@code Double}s would be six objects per phrase for the garbage collector to copy and trace.
 * Equal to, and hashed like, any list of the same values.
 */
final class Probabilities extends AbstractList<Double> implements RandomAccess {
  private final double[] values;

  private Probabilities(double[] values) {
    this.values = values;
  }

  /** The values as a list, without copying them: the caller gives up the array. */
  static List<Double> of(double[] values) {
    return new Probabilities(values);
  }

  static List<Double> copyOf(List<Double> probabilities) {
    if (probabilities instanceof Probabilities p) {
      return p;
    }
    double[] values = new double[probabilities.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = probabilities.get(i);
    }
    return new Probabilities(values);
  }

  /** The value at this index, unboxed. */
  double valueAt(int index) {
    return values[index];
  }

  @Override
  public Double get(int index) {
    return values[index];
  }

  @Override
  public int size() {
    return values.length;
  }
}
