package org.newsbeam.stories;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What story detection keeps of an article: its MinHash signature and how many distinct shingles it
 * had (which turns the signature's Jaccard estimate into an estimate of containment). About 1 KB
 * for 128 values, whatever the article's length.
 */
public final class StorySignature implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] minHashes;
  private final int shingles;

  public StorySignature(long[] minHashes, int shingles) {
    this.minHashes = minHashes.clone();
    this.shingles = shingles;
  }

  public long[] minHashes() {
    return minHashes.clone();
  }

  /** The number of distinct shingles of the article; 0 for a text without words. */
  public int shingles() {
    return shingles;
  }

  public boolean isEmpty() {
    return shingles == 0;
  }

  /**
   * The signatures' estimate of the Jaccard similarity of the two shingle sets; 0 if one is empty.
   */
  public double jaccard(StorySignature other) {
    if (isEmpty() || other.isEmpty()) {
      return 0;
    }
    return MinHash.estimatedJaccard(minHashes, other.minHashes);
  }

  /**
   * The estimated share of the smaller article's shingles that the other has too: from Jaccard J
   * and the sizes a and b, the common shingles are J (a + b) / (1 + J). At most 1.
   */
  public double containment(StorySignature other) {
    double j = jaccard(other);
    double common = j * (shingles + other.shingles) / (1 + j);
    int smaller = Math.min(shingles, other.shingles);
    return smaller == 0 ? 0 : Math.min(1, common / smaller);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StorySignature s
        && shingles == s.shingles
        && Arrays.equals(minHashes, s.minHashes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(minHashes) + shingles;
  }

  @Override
  public String toString() {
    return "StorySignature[" + minHashes.length + " values, " + shingles + " shingles]";
  }
}
