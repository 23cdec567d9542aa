package org.newsbeam.eval;

import java.util.Random;
import org.newsbeam.sentiment.TargetSentiment;

/**
 * Fits {@link TargetSentiment}'s network (standardized inputs, one tanh hidden layer, softmax over
 * negative, neutral, positive) by mini-batch gradient descent with momentum and L2 weight decay.
 * Deterministic: a fixed seed sets the initial weights and the order of the examples.
 */
final class NetworkFit {
  static final int HIDDEN = 8;
  static final int EPOCHS = 20;
  static final int BATCH = 32;
  static final double RATE = 0.01;
  static final double MOMENTUM = 0.9;
  static final double DECAY = 0.001;
  private static final long SEED = 20261130L;

  private NetworkFit() {}

  /** {@code labels} are -1, 0 or 1. */
  static TargetSentiment fit(double[][] x, int[] labels) {
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
    Random random = new Random(SEED);
    double[][] w1 = new double[HIDDEN][d + 1];
    double[][] w2 = new double[3][HIDDEN + 1];
    for (double[] unit : w1) {
      for (int j = 0; j < d; j++) {
        unit[j] = random.nextGaussian() / Math.sqrt(d);
      }
    }
    for (double[] out : w2) {
      for (int u = 0; u < HIDDEN; u++) {
        out[u] = random.nextGaussian() / Math.sqrt(HIDDEN);
      }
    }
    double[][] v1 = new double[HIDDEN][d + 1];
    double[][] v2 = new double[3][HIDDEN + 1];
    TargetSentiment probe = new TargetSentiment(mean, scale, w1, w2);
    double[][] z = new double[n][];
    for (int i = 0; i < n; i++) {
      z[i] = standardize(x[i], mean, scale);
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      shuffle(order, random);
      for (int start = 0; start < n; start += BATCH) {
        int end = Math.min(n, start + BATCH);
        double[][] g1 = new double[HIDDEN][d + 1];
        double[][] g2 = new double[3][HIDDEN + 1];
        for (int b = start; b < end; b++) {
          int i = order[b];
          double[] h = hidden(w1, z[i]);
          double[] p = output(w2, h);
          double[] dh = new double[HIDDEN];
          for (int c = 0; c < 3; c++) {
            double error = p[c] - (c == labels[i] + 1 ? 1 : 0);
            for (int u = 0; u < HIDDEN; u++) {
              g2[c][u] += error * h[u];
              dh[u] += error * w2[c][u];
            }
            g2[c][HIDDEN] += error;
          }
          for (int u = 0; u < HIDDEN; u++) {
            double da = dh[u] * (1 - h[u] * h[u]);
            for (int j = 0; j < d; j++) {
              g1[u][j] += da * z[i][j];
            }
            g1[u][d] += da;
          }
        }
        int size = end - start;
        step(w1, v1, g1, size, d);
        step(w2, v2, g2, size, HIDDEN);
      }
    }
    return new TargetSentiment(mean, scale, w1, w2);
  }

  /** One momentum step; weights (not biases, the last column) also decay. */
  private static void step(double[][] w, double[][] v, double[][] g, int size, int biasColumn) {
    for (int r = 0; r < w.length; r++) {
      for (int c = 0; c < w[r].length; c++) {
        double decay = c == biasColumn ? 0 : DECAY * w[r][c];
        v[r][c] = MOMENTUM * v[r][c] - RATE * (g[r][c] / size + decay);
        w[r][c] += v[r][c];
      }
    }
  }

  private static double[] hidden(double[][] w1, double[] z) {
    double[] h = new double[w1.length];
    for (int u = 0; u < w1.length; u++) {
      double a = w1[u][z.length];
      for (int j = 0; j < z.length; j++) {
        a += w1[u][j] * z[j];
      }
      h[u] = Math.tanh(a);
    }
    return h;
  }

  private static double[] output(double[][] w2, double[] h) {
    double[] logits = new double[3];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < 3; c++) {
      logits[c] = w2[c][h.length];
      for (int u = 0; u < h.length; u++) {
        logits[c] += w2[c][u] * h[u];
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

  private static double[] standardize(double[] x, double[] mean, double[] scale) {
    double[] z = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      z[j] = (x[j] - mean[j]) / scale[j];
    }
    return z;
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
