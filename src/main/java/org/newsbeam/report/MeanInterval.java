package org.newsbeam.report;

import java.util.List;
import org.newsbeam.model.ScoreSums;

/**
 * A mean with its 95% confidence interval (Student's t), from exact sums of scores in millionths:
 * the same inputs in any order give the same digits. Tells a solid mean from a thin one: a mean
 * over one item has no interval.
 */
final class MeanInterval implements java.io.Serializable {
  /** Two-sided 95% t critical values for 1..30 degrees of freedom. */
  private static final double[] T95 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
    2.052, 2.048, 2.045, 2.042
  };

  private long count;
  private long sumMicros;

  /** Sum of squared scores in (millionths)^2; fits a long for millions of scores in [-1, 1]. */
  private long sumSquares;

  void add(long scoreMicros) {
    count++;
    sumMicros += scoreMicros;
    sumSquares += scoreMicros * scoreMicros;
  }

  /** Adds every item {@code other} holds. */
  void addAll(MeanInterval other) {
    count += other.count;
    sumMicros += other.sumMicros;
    sumSquares += other.sumSquares;
  }

  /**
   * Appends the mean, then the 95% interval's bounds (within the scale's -1..1); empty cells where
   * there is too little to say.
   */
  void addCells(List<String> row) {
    double halfWidth = halfWidth();
    row.add(count == 0 ? "" : Csv.decimal(mean()));
    row.add(Double.isNaN(halfWidth) ? "" : Csv.decimal(Math.max(-1, mean() - halfWidth)));
    row.add(Double.isNaN(halfWidth) ? "" : Csv.decimal(Math.min(1, mean() + halfWidth)));
  }

  long count() {
    return count;
  }

  double mean() {
    return ScoreSums.mean(sumMicros, count);
  }

  /** Half the width of the 95% interval; NaN with fewer than two items. */
  double halfWidth() {
    if (count < 2) {
      return Double.NaN;
    }
    double mean = sumMicros / 1e6 / count;
    double variance = (sumSquares / 1e12 - count * mean * mean) / (count - 1);
    double standardError = Math.sqrt(Math.max(0, variance) / count);
    return t95(count - 1) * standardError;
  }

  static double t95(long degreesOfFreedom) {
    if (degreesOfFreedom <= T95.length) {
      return T95[(int) degreesOfFreedom - 1];
    }
    if (degreesOfFreedom <= 40) {
      return 2.021;
    }
    if (degreesOfFreedom <= 60) {
      return 2.000;
    }
    return degreesOfFreedom <= 120 ? 1.980 : 1.960;
  }
}
