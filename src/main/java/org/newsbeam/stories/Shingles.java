package org.newsbeam.stories;

import java.util.Arrays;
import java.util.List;

/**
 * Word shingles: the runs of {@code k} consecutive words of a text, each hashed to 64 bits with
 * {@link Hash64}, as a sorted array without repeats. A text of fewer than {@code k} words (but at
 * least one) has one shingle, of all its words; a text without words has none.
 */
public final class Shingles {
  private Shingles() {}

  /** The sorted, distinct hashes of the {@code k}-word shingles of {@code words}. */
  public static long[] of(List<String> words, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("shingles of " + k + " words");
    }
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = Hash64.of(words.get(i));
    }
    int width = Math.min(k, wordHashes.length);
    long[] shingles = new long[wordHashes.length - width + 1];
    for (int i = 0; i < shingles.length; i++) {
      long h = width;
      for (int j = 0; j < width; j++) {
        // Order matters: "a b c" and "c b a" are different shingles.
        h = Hash64.mix(h * 31 + wordHashes[i + j]);
      }
      shingles[i] = h;
    }
    Arrays.sort(shingles);
    int distinct = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[distinct++] = shingles[i];
      }
    }
    return Arrays.copyOf(shingles, distinct);
  }

  /** How many values two sorted arrays without repeats have in common. */
  public static int common(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common;
  }

  /** The exact Jaccard similarity of two shingle sets: shared over all; 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    int common = common(a, b);
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** The share of the smaller set that the other holds too; 0 when either is empty. */
  public static double containment(long[] a, long[] b) {
    int smaller = Math.min(a.length, b.length);
    return smaller == 0 ? 0 : (double) common(a, b) / smaller;
  }
}
