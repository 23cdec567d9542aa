package org.newsbeam.model;

import java.util.List;

/**
 * Three probabilities, negative, neutral and positive, as the sentiment models give them; the score
 * is P(positive) - P(negative), -1 to 1.
 */
public record Tone(double negative, double neutral, double positive) {
  /** The polarities' names as the reports write them, index = polarity + 1. */
  public static final List<String> POLARITY_NAMES = List.of("negative", "neutral", "positive");

  public static Tone of(double[] probabilities) {
    return new Tone(probabilities[0], probabilities[1], probabilities[2]);
  }

  public double score() {
    return positive - negative;
  }

  /** -1, 0 or 1: the most probable polarity (neutral on a tie with it). */
  public int polarity() {
    if (neutral >= negative && neutral >= positive) {
      return 0;
    }
    return positive > negative ? 1 : -1;
  }
}
