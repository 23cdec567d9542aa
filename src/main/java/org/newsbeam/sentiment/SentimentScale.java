package org.newsbeam.sentiment;

import java.util.List;

/**
 * CoreNLP's five sentiment classes and the one definition of a score: the expected value of a class
 * distribution on the scale (-1, -0.5, 0, 0.5, 1).
 */
public final class SentimentScale {
  public static final int CLASSES = 5;

  /** Class names as written in the reports, index = CoreNLP's class number. */
  public static final List<String> CLASS_NAMES =
      List.of("very negative", "negative", "neutral", "positive", "very positive");

  private static final double[] WEIGHTS = {-1.0, -0.5, 0.0, 0.5, 1.0};

  private SentimentScale() {}

  /** The expected value of a five-class distribution on the scale (-1, -0.5, 0, 0.5, 1). */
  public static double score(List<Double> probabilities) {
    requireFiveClasses(probabilities);
    double score = 0;
    for (int i = 0; i < CLASSES; i++) {
      score += WEIGHTS[i] * probabilities.get(i);
    }
    return score;
  }

  /** The most probable class (the lower one on a tie). */
  public static int predictedClass(List<Double> probabilities) {
    requireFiveClasses(probabilities);
    int best = 0;
    for (int i = 1; i < CLASSES; i++) {
      if (probabilities.get(i) > probabilities.get(best)) {
        best = i;
      }
    }
    return best;
  }

  private static void requireFiveClasses(List<Double> probabilities) {
    if (probabilities.size() != CLASSES) {
      throw new IllegalArgumentException(
          "expected " + CLASSES + " class probabilities, got " + probabilities.size());
    }
  }
}
