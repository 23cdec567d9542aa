package org.newsbeam.stories;

import java.io.Serializable;
import java.util.List;

/**
 * Near-copy detection, from an article's text to the decision that two articles are one story: text
 * → words ({@link ComparisonText}) → k-word shingles ({@link Shingles}) → MinHash signature ({@link
 * MinHash}) → band keys ({@link Bands}); articles that share a band key are candidates, and a
 * candidate pair is one story when its signatures' estimated similarity reaches the threshold.
 * {@link #DEFAULT} holds the parameters chosen by measurement (docs/stories.md).
 */
public final class NearCopies implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How a candidate pair's similarity is measured from the two signatures. */
  public enum Measure {
    /** Estimated Jaccard similarity of the shingle sets. */
    JACCARD,
    /** Estimated share of the smaller article's shingles found in the other. */
    CONTAINMENT
  }

  /** The seed of the MinHash permutations; changing it changes every signature and band key. */
  public static final long SEED = 20270101L;

  /** The parameters chosen on the generated BBC test set (docs/stories.md). */
  public static final NearCopies DEFAULT =
      new NearCopies(4, false, true, new Bands(64, 2), Measure.CONTAINMENT, 0.6);

  private final int k;
  private final boolean withTitle;
  private final boolean withNumbers;
  private final Bands bands;
  private final MinHash minHash;
  private final Measure measure;
  private final double threshold;

  public NearCopies(
      int k,
      boolean withTitle,
      boolean withNumbers,
      Bands bands,
      Measure measure,
      double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("a threshold of " + threshold);
    }
    this.k = k;
    this.withTitle = withTitle;
    this.withNumbers = withNumbers;
    this.bands = bands;
    this.minHash = new MinHash(bands.length(), SEED);
    this.measure = measure;
    this.threshold = threshold;
  }

  /** The same detection with another threshold. */
  public NearCopies withThreshold(double newThreshold) {
    return new NearCopies(k, withTitle, withNumbers, bands, measure, newThreshold);
  }

  /** Words per shingle. */
  public int k() {
    return k;
  }

  public boolean withTitle() {
    return withTitle;
  }

  public boolean withNumbers() {
    return withNumbers;
  }

  public Measure measure() {
    return measure;
  }

  public double threshold() {
    return threshold;
  }

  public Bands bands() {
    return bands;
  }

  /** The distinct shingle hashes of an article's text (title line first, as newsbeam reads it). */
  public long[] shingles(String text) {
    return Shingles.of(ComparisonText.words(text, withTitle, withNumbers), k);
  }

  /** The article's signature. */
  public StorySignature signature(String text) {
    long[] shingles = shingles(text);
    return new StorySignature(minHash.signature(shingles), shingles.length);
  }

  /**
   * The band keys to group articles by: one per band; none for a text without words, which is no
   * one's copy.
   */
  public List<Long> bandKeys(StorySignature signature) {
    return signature.isEmpty() ? List.of() : bands.keys(signature.minHashes());
  }

  /** The similarity of two articles by this detection's measure, from their signatures. */
  public double similarity(StorySignature a, StorySignature b) {
    return measure == Measure.JACCARD ? a.jaccard(b) : a.containment(b);
  }

  /** Whether two articles (a candidate pair) are one story. */
  public boolean sameStory(StorySignature a, StorySignature b) {
    return similarity(a, b) >= threshold;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "k=%d %s %s %dx%d %s >= %.2f",
        k,
        withTitle ? "title" : "no-title",
        withNumbers ? "numbers" : "no-numbers",
        bands.bands(),
        bands.rows(),
        measure.name().toLowerCase(java.util.Locale.ROOT),
        threshold);
  }
}
