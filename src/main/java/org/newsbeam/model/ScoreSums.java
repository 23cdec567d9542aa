package org.newsbeam.model;

/**
 * Exact sums of sentiment scores: each score is rounded to millionths and summed as a long, so a
 * mean does not depend on the order the runner delivers its parts in and two runs print the same
 * digits.
 */
public final class ScoreSums {
  private static final double SCALE = 1_000_000.0;

  private ScoreSums() {}

  public static long toMicros(double score) {
    return Math.round(score * SCALE);
  }

  public static double mean(long sumMicros, long count) {
    return count == 0 ? 0.0 : sumMicros / SCALE / count;
  }
}
