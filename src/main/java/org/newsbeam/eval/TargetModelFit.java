package org.newsbeam.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newsbeam.sentiment.TargetSentiment;

/**
 * Fits {@link TargetSentiment}'s model (multinomial logistic regression over standardized CoreNLP
 * features and word features) by stochastic gradient descent with L2 weight decay. Words seen fewer
 * than {@link #MIN_COUNT} times in the training rows are left out. Deterministic: a fixed seed sets
 * the order of the examples.
 */
final class TargetModelFit {
  static final int EPOCHS = 8;
  static final double RATE = 0.01;
  static final double DECAY = 1e-4;
  static final int MIN_COUNT = 3;
  private static final long SEED = 20261130L;

  private TargetModelFit() {}

  static TargetSentiment fit(List<TargetRows.Row> rows) {
    int n = rows.size();
    int d = rows.get(0).features().length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (TargetRows.Row row : rows) {
      for (int j = 0; j < d; j++) {
        mean[j] += row.features()[j] / n;
      }
    }
    for (TargetRows.Row row : rows) {
      for (int j = 0; j < d; j++) {
        double deviation = row.features()[j] - mean[j];
        scale[j] += deviation * deviation / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (TargetRows.Row row : rows) {
      row.words().forEach(w -> counts.merge(w, 1, Integer::sum));
    }
    Map<String, double[]> words = new HashMap<>();
    counts.forEach(
        (w, count) -> {
          if (count >= MIN_COUNT) {
            words.put(w, new double[3]);
          }
        });
    double[][] dense = new double[3][d + 1];
    List<double[]> standardized = new ArrayList<>(n);
    for (TargetRows.Row row : rows) {
      standardized.add(TargetSentiment.standardize(row.features(), mean, scale));
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(SEED);
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      shuffle(order, random);
      for (int i : order) {
        TargetRows.Row row = rows.get(i);
        double[] z = standardized.get(i);
        TargetSentiment.Result p =
            TargetSentiment.softmax(TargetSentiment.logits(z, row.words(), dense, words));
        double[] probabilities = {p.negative(), p.neutral(), p.positive()};
        for (int c = 0; c < 3; c++) {
          double error = probabilities[c] - (c == row.polarity() + 1 ? 1 : 0);
          for (int j = 0; j < d; j++) {
            dense[c][j] -= RATE * (error * z[j] + DECAY * dense[c][j]);
          }
          dense[c][d] -= RATE * error;
          for (String w : row.words()) {
            double[] weights = words.get(w);
            if (weights != null) {
              weights[c] -= RATE * (error + DECAY * weights[c]);
            }
          }
        }
      }
    }
    return new TargetSentiment(mean, scale, dense, words);
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
