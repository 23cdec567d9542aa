package org.newsbeam.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A three-class (negative, neutral, positive) multinomial logistic model over named dense features,
 * standardized, and word features with weights of their own. Both sentiment models use it: {@link
 * TargetSentiment} and {@link QuoteTone}. Its file is TSV: a header naming the features, rows
 * "mean" and "scale", one row per class (a weight per feature, then the bias), then one row per
 * word feature: "word", the feature, and its weights for negative, neutral, positive. A file fitted
 * for other features than the code computes is refused.
 */
public final class SoftmaxModel {
  private static final String[] CLASSES = {"negative", "neutral", "positive"};

  private final List<String> names;
  private final double[] mean;
  private final double[] scale;

  /** dense[class][feature], the last column the bias. */
  private final double[][] dense;

  /** Per word feature, its weight for each class. */
  private final Map<String, double[]> words;

  public SoftmaxModel(
      List<String> names,
      double[] mean,
      double[] scale,
      double[][] dense,
      Map<String, double[]> words) {
    this.names = List.copyOf(names);
    this.mean = mean;
    this.scale = scale;
    this.dense = dense;
    this.words = words;
  }

  /** P(negative), P(neutral), P(positive) of raw (unstandardized) features and word features. */
  public double[] probabilities(double[] features, Collection<String> wordFeatures) {
    return softmax(logits(standardize(features, mean, scale), wordFeatures, dense, words));
  }

  /** The three logits for standardized features and word features. */
  public static double[] logits(
      double[] standardized,
      Collection<String> wordFeatures,
      double[][] dense,
      Map<String, double[]> words) {
    double[] logits = new double[3];
    for (int c = 0; c < 3; c++) {
      double z = dense[c][standardized.length];
      for (int j = 0; j < standardized.length; j++) {
        z += dense[c][j] * standardized[j];
      }
      logits[c] = z;
    }
    for (String word : wordFeatures) {
      double[] w = words.get(word);
      if (w != null) {
        for (int c = 0; c < 3; c++) {
          logits[c] += w[c];
        }
      }
    }
    return logits;
  }

  public static double[] standardize(double[] features, double[] mean, double[] scale) {
    double[] z = new double[features.length];
    for (int j = 0; j < features.length; j++) {
      z[j] = (features[j] - mean[j]) / scale[j];
    }
    return z;
  }

  public static double[] softmax(double[] logits) {
    double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
    double[] p = new double[3];
    double sum = 0;
    for (int c = 0; c < 3; c++) {
      p[c] = Math.exp(logits[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < 3; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /** The model as TSV (see the class comment). */
  public String toTsv() {
    StringBuilder out = new StringBuilder("row\t" + String.join("\t", names) + "\tbias\n");
    ModelFiles.appendRow(out, "mean", mean);
    ModelFiles.appendRow(out, "scale", scale);
    for (int c = 0; c < 3; c++) {
      ModelFiles.appendRow(out, CLASSES[c], dense[c]);
    }
    for (Map.Entry<String, double[]> word : new TreeMap<>(words).entrySet()) {
      ModelFiles.appendRow(out, "word\t" + word.getKey(), word.getValue());
    }
    return out.toString();
  }

  /** Reads a model shipped as a class-path resource, fitted for features named {@code names}. */
  public static SoftmaxModel read(String resource, List<String> names) {
    try (InputStream in = SoftmaxModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = reader.readLine().split("\t");
      if (!List.of(header).subList(1, header.length - 1).equals(names)) {
        throw new IllegalStateException(resource + " was fitted for other features: refit it");
      }
      Map<String, double[]> rows = new HashMap<>();
      Map<String, double[]> words = new HashMap<>();
      List<double[]> dense = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cells = line.split("\t");
        boolean word = cells[0].equals("word");
        int first = word ? 2 : 1;
        double[] values = new double[cells.length - first];
        for (int i = first; i < cells.length; i++) {
          values[i - first] = Double.parseDouble(cells[i]);
        }
        if (word) {
          words.put(cells[1], values);
        } else if (cells[0].equals("mean") || cells[0].equals("scale")) {
          rows.put(cells[0], values);
        } else {
          dense.add(values);
        }
      }
      return new SoftmaxModel(
          names, rows.get("mean"), rows.get("scale"), dense.toArray(new double[0][]), words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
