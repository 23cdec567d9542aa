package org.newsbeam.eval;

import org.newsbeam.sentiment.TargetSentiment;

/**
 * Fits a three-class (negative, neutral, positive) logistic model with L2 regularization by
 * gradient descent on standardized features. Small, deterministic, no dependencies.
 */
final class LogisticFit {
  private LogisticFit() {}

  /** {@code labels} are -1, 0 or 1. */
  static TargetSentiment fit(double[][] x, int[] labels, double lambda, int iterations) {
    int n = x.length;
    int d = x[0].length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    }
    double[][] z = new double[n][d + 1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = (x[i][j] - mean[j]) / scale[j];
      }
      z[i][d] = 1;
    }
    double[][] w = new double[3][d + 1];
    double rate = 0.5;
    for (int it = 0; it < iterations; it++) {
      double[][] gradient = new double[3][d + 1];
      for (int i = 0; i < n; i++) {
        double[] p = softmax(w, z[i]);
        int y = labels[i] + 1;
        for (int c = 0; c < 3; c++) {
          double error = p[c] - (c == y ? 1 : 0);
          for (int j = 0; j <= d; j++) {
            gradient[c][j] += error * z[i][j] / n;
          }
        }
      }
      for (int c = 0; c < 3; c++) {
        for (int j = 0; j <= d; j++) {
          double penalty = j < d ? lambda * w[c][j] : 0;
          w[c][j] -= rate * (gradient[c][j] + penalty);
        }
      }
    }
    return new TargetSentiment(mean, scale, w);
  }

  private static double[] softmax(double[][] w, double[] z) {
    double[] logits = new double[3];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < 3; c++) {
      for (int j = 0; j < z.length; j++) {
        logits[c] += w[c][j] * z[j];
      }
      max = Math.max(max, logits[c]);
    }
    double sum = 0;
    for (int c = 0; c < 3; c++) {
      logits[c] = Math.exp(logits[c] - max);
      sum += logits[c];
    }
    for (int c = 0; c < 3; c++) {
      logits[c] /= sum;
    }
    return logits;
  }
}
