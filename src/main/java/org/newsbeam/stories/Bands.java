package org.newsbeam.stories;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * LSH banding: a MinHash signature of {@code bands * rows} values in, one key per band out. Two
 * articles share a key when their signatures agree on all the rows of a band, which happens for at
 * least one band with probability {@code 1 - (1 - J^rows)^bands} at Jaccard similarity {@code J}:
 * grouping articles by band key finds the similar pairs without comparing all pairs.
 */
public final class Bands implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The band index sits in the key's top byte: keys of different bands never collide. */
  private static final int INDEX_BITS = 8;

  private static final long HASH_MASK = -1L >>> INDEX_BITS;

  private final int bands;
  private final int rows;

  public Bands(int bands, int rows) {
    if (bands < 1 || rows < 1 || bands > 1 << INDEX_BITS) {
      throw new IllegalArgumentException(bands + " bands of " + rows + " rows");
    }
    this.bands = bands;
    this.rows = rows;
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The signature length these bands cover. */
  public int length() {
    return bands * rows;
  }

  /** The band keys of {@code signature}, band 0 first: the band's index and a hash of its rows. */
  public List<Long> keys(long[] signature) {
    if (signature.length != length()) {
      throw new IllegalArgumentException(
          "a signature of " + signature.length + " values for " + bands + " x " + rows);
    }
    List<Long> keys = new ArrayList<>(bands);
    for (int b = 0; b < bands; b++) {
      long h = b;
      for (int r = 0; r < rows; r++) {
        h = Hash64.mix(h * 31 + signature[b * rows + r]);
      }
      keys.add(((long) b << (64 - INDEX_BITS)) | (h & HASH_MASK));
    }
    return keys;
  }

  /** The probability that two sets of Jaccard similarity {@code j} share at least one band key. */
  public double candidateProbability(double j) {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }
}
