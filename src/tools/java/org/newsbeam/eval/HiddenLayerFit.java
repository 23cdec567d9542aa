package org.newsbeam.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newsbeam.sentiment.HiddenLayerModel;
import org.newsbeam.sentiment.SoftmaxModel;

/**
 * Fits a {@link HiddenLayerModel}: each network by minibatch gradient descent with Adam on the
 * class-weighted cross-entropy (each class weighing as much in total, so the smaller classes are
 * not given up for the largest) plus L2 weight decay, from its own random start. Deterministic:
 * fixed seeds set the starts and the order of the examples.
 */
final class HiddenLayerFit {
  /** One training row: features, class 0 (negative) to 2 (positive). */
  record Example(double[] features, int label) {}

  /** How the model is fitted. */
  record Settings(int networks, int hidden, int epochs, double rate, double decay, long seed) {}

  private static final int BATCH = 32;
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-8;

  private HiddenLayerFit() {}

  static HiddenLayerModel fit(List<String> names, List<Example> rows, Settings settings) {
    int n = rows.size();
    int d = names.size();
    FeatureScaling scaling = FeatureScaling.of(rows.stream().map(Example::features).toList(), d);
    double[] mean = scaling.mean();
    double[] scale = scaling.scale();
    double[][] z = new double[n][];
    int[] labels = new int[n];
    double[] counts = new double[3];
    for (int i = 0; i < n; i++) {
      z[i] = SoftmaxModel.standardize(rows.get(i).features(), mean, scale);
      labels[i] = rows.get(i).label();
      counts[labels[i]]++;
    }
    double[] classWeights = new double[3];
    for (int c = 0; c < 3; c++) {
      classWeights[c] = counts[c] == 0 ? 1 : n / (3 * counts[c]);
    }
    List<HiddenLayerModel.Network> networks = new ArrayList<>();
    for (int k = 0; k < settings.networks(); k++) {
      networks.add(fitOne(z, labels, classWeights, settings, settings.seed() + k));
    }
    return new HiddenLayerModel(names, mean, scale, networks);
  }

  private static HiddenLayerModel.Network fitOne(
      double[][] z, int[] labels, double[] classWeights, Settings s, long seed) {
    int n = z.length;
    int d = z[0].length;
    int h = s.hidden();
    Random random = new Random(seed);
    double[][] w1 = new double[h][d + 1];
    double[][] w2 = new double[3][h + 1];
    for (double[] row : w1) {
      for (int j = 0; j < d; j++) {
        row[j] = random.nextGaussian() * Math.sqrt(1.0 / d);
      }
    }
    for (double[] row : w2) {
      for (int u = 0; u < h; u++) {
        row[u] = random.nextGaussian() * Math.sqrt(1.0 / h);
      }
    }
    Adam adam1 = new Adam(h, d + 1);
    Adam adam2 = new Adam(3, h + 1);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    HiddenLayerModel.Network network = new HiddenLayerModel.Network(w1, w2);
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      SoftmaxFit.shuffle(order, random);
      for (int start = 0; start < n; start += BATCH) {
        int end = Math.min(n, start + BATCH);
        double[][] g1 = new double[h][d + 1];
        double[][] g2 = new double[3][h + 1];
        for (int b = start; b < end; b++) {
          int i = order[b];
          double[] hiddenOut = new double[h];
          for (int u = 0; u < h; u++) {
            double a = w1[u][d];
            for (int j = 0; j < d; j++) {
              a += w1[u][j] * z[i][j];
            }
            hiddenOut[u] = Math.max(0, a);
          }
          double[] logits = new double[3];
          for (int c = 0; c < 3; c++) {
            double a = w2[c][h];
            for (int u = 0; u < h; u++) {
              a += w2[c][u] * hiddenOut[u];
            }
            logits[c] = a;
          }
          double[] p = SoftmaxModel.softmax(logits);
          double weight = classWeights[labels[i]] / (end - start);
          double[] error = new double[3];
          for (int c = 0; c < 3; c++) {
            error[c] = weight * (p[c] - (c == labels[i] ? 1 : 0));
            for (int u = 0; u < h; u++) {
              g2[c][u] += error[c] * hiddenOut[u];
            }
            g2[c][h] += error[c];
          }
          for (int u = 0; u < h; u++) {
            if (hiddenOut[u] <= 0) {
              continue;
            }
            double back = 0;
            for (int c = 0; c < 3; c++) {
              back += error[c] * w2[c][u];
            }
            for (int j = 0; j < d; j++) {
              g1[u][j] += back * z[i][j];
            }
            g1[u][d] += back;
          }
        }
        addDecay(g1, w1, s.decay());
        addDecay(g2, w2, s.decay());
        adam1.step(w1, g1, s.rate());
        adam2.step(w2, g2, s.rate());
      }
    }
    return network;
  }

  /** L2 decay on the weights, not on the biases (the last column). */
  private static void addDecay(double[][] gradient, double[][] weights, double decay) {
    for (int r = 0; r < weights.length; r++) {
      for (int j = 0; j < weights[r].length - 1; j++) {
        gradient[r][j] += decay * weights[r][j];
      }
    }
  }

  /** Adam's running moments for one weight matrix. */
  private static final class Adam {
    private final double[][] first;
    private final double[][] second;
    private int steps;

    Adam(int rows, int columns) {
      first = new double[rows][columns];
      second = new double[rows][columns];
    }

    void step(double[][] weights, double[][] gradient, double rate) {
      steps++;
      double correction1 = 1 - Math.pow(BETA1, steps);
      double correction2 = 1 - Math.pow(BETA2, steps);
      for (int r = 0; r < weights.length; r++) {
        for (int j = 0; j < weights[r].length; j++) {
          double g = gradient[r][j];
          first[r][j] = BETA1 * first[r][j] + (1 - BETA1) * g;
          second[r][j] = BETA2 * second[r][j] + (1 - BETA2) * g * g;
          weights[r][j] -=
              rate
                  * (first[r][j] / correction1)
                  / (Math.sqrt(second[r][j] / correction2) + EPSILON);
        }
      }
    }
  }
}
