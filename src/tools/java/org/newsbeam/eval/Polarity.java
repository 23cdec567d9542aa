package org.newsbeam.eval;

/** Three-class polarity metrics: accuracy and macro-F1 over negative, neutral, positive. */
final class Polarity {
  private Polarity() {}

  /** -1, 0 or 1 from a score and a neutral band: scores within (-band, band) are neutral. */
  static int ofScore(double score, double band) {
    return score >= band ? 1 : score <= -band ? -1 : 0;
  }

  static double accuracy(int[] gold, int[] predicted) {
    int right = 0;
    for (int i = 0; i < gold.length; i++) {
      right += gold[i] == predicted[i] ? 1 : 0;
    }
    return gold.length == 0 ? 0 : (double) right / gold.length;
  }

  static double macroF1(int[] gold, int[] predicted) {
    double sum = 0;
    for (int c = -1; c <= 1; c++) {
      sum += f1(gold, predicted, c);
    }
    return sum / 3;
  }

  /** F1 of each class, negative, neutral, positive, as text ("0.712 0.503 0.655"). */
  static String classF1(int[] gold, int[] predicted) {
    return String.format(
        java.util.Locale.ROOT,
        "%.3f %.3f %.3f",
        f1(gold, predicted, -1),
        f1(gold, predicted, 0),
        f1(gold, predicted, 1));
  }

  /** F1 of one class, -1, 0 or 1. */
  static double f1(int[] gold, int[] predicted, int c) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < gold.length; i++) {
      if (predicted[i] == c && gold[i] == c) {
        tp++;
      } else if (predicted[i] == c) {
        fp++;
      } else if (gold[i] == c) {
        fn++;
      }
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** The band (in steps of 0.01) that gives the best macro-F1 on these scores. */
  static double bestBand(int[] gold, double[] scores) {
    double best = 0;
    double bestF1 = -1;
    for (int step = 0; step <= 60; step++) {
      double band = step / 100.0;
      int[] predicted = new int[scores.length];
      for (int i = 0; i < scores.length; i++) {
        predicted[i] = ofScore(scores[i], band);
      }
      double f1 = macroF1(gold, predicted);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = band;
      }
    }
    return best;
  }
}
