package org.newsbeam.stories;

import java.io.Serializable;

/**
 * MinHash: a set of 64-bit shingle hashes in, a signature of {@code length} values out, the i-th
 * the smallest of the set's values under the i-th of {@code length} seeded hash permutations. Two
 * signatures agree at a position with probability equal to the sets' Jaccard similarity. The
 * permutations depend only on the seed: the same signatures on every JVM.
 */
public final class MinHash implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] seeds;

  public MinHash(int length, long seed) {
    if (length < 1) {
      throw new IllegalArgumentException("a signature of " + length + " values");
    }
    seeds = new long[length];
    for (int i = 0; i < length; i++) {
      seeds[i] = Hash64.seed(seed, i);
    }
  }

  public int length() {
    return seeds.length;
  }

  /**
   * The signature of a shingle set. An empty set's signature is all {@code Long.MAX_VALUE}; use
   * {@link Bands#keys} only for signatures of non-empty sets (an empty text is no story).
   */
  public long[] signature(long[] shingles) {
    long[] signature = new long[seeds.length];
    for (int i = 0; i < seeds.length; i++) {
      long seed = seeds[i];
      long min = Long.MAX_VALUE;
      for (long shingle : shingles) {
        // mix is a bijection of 64-bit values: a permutation per seed.
        long h = Hash64.mix(shingle ^ seed);
        if (h < min) {
          min = h;
        }
      }
      signature[i] = min;
    }
    return signature;
  }

  /** The share of positions at which two signatures of the same length agree: about Jaccard. */
  public static double estimatedJaccard(long[] a, long[] b) {
    if (a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException("signatures of " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }
}
