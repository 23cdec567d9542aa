package org.newsbeam.stories;

/**
 * A fixed 64-bit hash of words and numbers: the same value on every JVM and runner (unlike {@code
 * String.hashCode}'s 32 bits, or hashes seeded per process), so signatures and band keys made on
 * one worker match those made on another.
 */
public final class Hash64 {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hash64() {}

  /** FNV-1a over the UTF-16 code units of {@code word}, then {@link #mix}ed. */
  public static long of(CharSequence word) {
    long h = FNV_OFFSET;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      h = (h ^ (c & 0xff)) * FNV_PRIME;
      h = (h ^ (c >>> 8)) * FNV_PRIME;
    }
    return mix(h);
  }

  /**
   * MurmurHash3's 64-bit finalizer: a bijection in which every input bit moves every output bit.
   */
  public static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    x *= 0xc4ceb9fe1a85ec53L;
    x ^= x >>> 33;
    return x;
  }

  /** The {@code i}-th value of the SplitMix64 sequence started at {@code seed}: seeds of hashes. */
  public static long seed(long seed, int i) {
    long z = seed + (i + 1) * 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
