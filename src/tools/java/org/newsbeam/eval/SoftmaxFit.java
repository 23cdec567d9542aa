package org.newsbeam.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newsbeam.sentiment.SoftmaxModel;

/**
 * Fits a {@link SoftmaxModel} (multinomial logistic regression over standardized dense features and
 * word features) by stochastic gradient descent with L2 weight decay. Word features seen in fewer
 * than {@code minCount} training rows are left out. Deterministic: a fixed seed sets the order of
 * the examples.
 */
final class SoftmaxFit {
  /** One training row: dense features, word features, class 0 (negative) to 2 (positive). */
  record Example(double[] features, Collection<String> words, int label) {}

  /** How the model is fitted. */
  record Settings(int epochs, double rate, double decay, int minCount, long seed) {}

  private SoftmaxFit() {}

  static SoftmaxModel fit(List<String> names, List<Example> rows, Settings settings) {
    int n = rows.size();
    int d = names.size();
    FeatureScaling scaling = FeatureScaling.of(rows.stream().map(Example::features).toList(), d);
    double[] mean = scaling.mean();
    double[] scale = scaling.scale();
    Map<String, Integer> counts = new HashMap<>();
    for (Example row : rows) {
      row.words().forEach(w -> counts.merge(w, 1, Integer::sum));
    }
    Map<String, double[]> words = new HashMap<>();
    counts.forEach(
        (w, count) -> {
          if (count >= settings.minCount()) {
            words.put(w, new double[3]);
          }
        });
    double[][] dense = new double[3][d + 1];
    List<double[]> standardized = new ArrayList<>(n);
    for (Example row : rows) {
      standardized.add(SoftmaxModel.standardize(row.features(), mean, scale));
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double rate = settings.rate();
    double decay = settings.decay();
    Random random = new Random(settings.seed());
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      shuffle(order, random);
      for (int i : order) {
        Example row = rows.get(i);
        double[] z = standardized.get(i);
        double[] probabilities =
            SoftmaxModel.softmax(SoftmaxModel.logits(z, row.words(), dense, words));
        for (int c = 0; c < 3; c++) {
          double error = probabilities[c] - (c == row.label() ? 1 : 0);
          for (int j = 0; j < d; j++) {
            dense[c][j] -= rate * (error * z[j] + decay * dense[c][j]);
          }
          dense[c][d] -= rate * error;
          for (String w : row.words()) {
            double[] weights = words.get(w);
            if (weights != null) {
              weights[c] -= rate * (error + decay * weights[c]);
            }
          }
        }
      }
    }
    return new SoftmaxModel(names, mean, scale, dense, words);
  }

  /** Shuffles in place (Fisher-Yates), so a fixed seed gives a fixed order. */
  static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
