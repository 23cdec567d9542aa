package org.newsbeam.eval;

import java.util.List;

/** Each feature's mean and standard deviation over training rows, for models to standardize. */
record FeatureScaling(double[] mean, double[] scale) {
  /** Over {@code rows} of {@code d} features; a constant feature gets scale 1. */
  static FeatureScaling of(List<double[]> rows, int d) {
    int n = rows.size();
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : rows) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : rows) {
      for (int j = 0; j < d; j++) {
        double deviation = row[j] - mean[j];
        scale[j] += deviation * deviation / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    }
    return new FeatureScaling(mean, scale);
  }
}
