package org.newsbeam.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;

/**
 * Sentiment toward a mention: a small neural network (standardized {@link TargetFeatures}, one tanh
 * hidden layer, softmax) over CoreNLP's phrase-level predictions around the mention, giving the
 * probabilities that the sentence is negative, neutral or positive about it. Its weights were
 * fitted on NewsMTSC's training set ({@code FitTargetSentiment}) and are read from {@code
 * target-model.tsv} once per JVM. The score is P(positive) - P(negative), from -1 to 1.
 */
public final class TargetSentiment {
  /** The model's three probabilities and the score they give. */
  public record Result(double negative, double neutral, double positive) {
    public double score() {
      return positive - negative;
    }

    /** -1, 0 or 1: the most probable polarity. */
    public int polarity() {
      if (neutral >= negative && neutral >= positive) {
        return 0;
      }
      return positive > negative ? 1 : -1;
    }
  }

  private static final String RESOURCE = "/org/newsbeam/sentiment/target-model.tsv";
  private static volatile TargetSentiment instance;

  private final double[] mean;
  private final double[] scale;

  /** hidden[unit][feature], the last column the bias. */
  private final double[][] hidden;

  /** output[class][unit], the last column the bias; classes negative, neutral, positive. */
  private final double[][] output;

  public TargetSentiment(double[] mean, double[] scale, double[][] hidden, double[][] output) {
    this.mean = mean;
    this.scale = scale;
    this.hidden = hidden;
    this.output = output;
  }

  /** The model shipped with newsbeam. */
  public static TargetSentiment get() {
    if (instance == null) {
      synchronized (TargetSentiment.class) {
        if (instance == null) {
          instance = load();
        }
      }
    }
    return instance;
  }

  /** Sentiment toward the mention at {@code [begin, end)} of a scored sentence. */
  public Result of(Sentence sentence, SentenceSentiment sentiment, int begin, int end) {
    return predict(TargetFeatures.of(sentence, sentiment, begin, end));
  }

  public Result predict(double[] features) {
    double[] h = hiddenLayer(standardize(features));
    double[] logits = new double[3];
    for (int c = 0; c < 3; c++) {
      logits[c] = affine(output[c], h);
    }
    return softmax(logits);
  }

  double[] standardize(double[] features) {
    double[] z = new double[features.length];
    for (int j = 0; j < features.length; j++) {
      z[j] = (features[j] - mean[j]) / scale[j];
    }
    return z;
  }

  double[] hiddenLayer(double[] z) {
    double[] h = new double[hidden.length];
    for (int u = 0; u < hidden.length; u++) {
      h[u] = Math.tanh(affine(hidden[u], z));
    }
    return h;
  }

  /** {@code weights · input + bias}, the bias being the weights' last entry. */
  static double affine(double[] weights, double[] input) {
    double sum = weights[input.length];
    for (int j = 0; j < input.length; j++) {
      sum += weights[j] * input[j];
    }
    return sum;
  }

  static Result softmax(double[] logits) {
    double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
    double[] p = new double[3];
    double sum = 0;
    for (int c = 0; c < 3; c++) {
      p[c] = Math.exp(logits[c] - max);
      sum += p[c];
    }
    return new Result(p[0] / sum, p[1] / sum, p[2] / sum);
  }

  /** This model with its negative and positive output biases shifted (see FitTargetSentiment). */
  public TargetSentiment withLogitShifts(double negative, double positive) {
    double[][] shifted = new double[3][];
    for (int c = 0; c < 3; c++) {
      shifted[c] = output[c].clone();
    }
    int bias = shifted[0].length - 1;
    shifted[0][bias] += negative;
    shifted[2][bias] += positive;
    return new TargetSentiment(mean, scale, hidden, shifted);
  }

  /** The result these probabilities would give with shifted negative and positive logits. */
  public static Result shifted(Result r, double negative, double positive) {
    double n = r.negative() * Math.exp(negative);
    double p = r.positive() * Math.exp(positive);
    double sum = n + r.neutral() + p;
    return new Result(n / sum, r.neutral() / sum, p / sum);
  }

  /**
   * The model as TSV: a header naming the feature columns, rows "mean" and "scale" (one value per
   * feature), one "hidden" row per hidden unit (weights per feature, then bias) and one row per
   * class (weights per hidden unit, then bias).
   */
  public String toTsv() {
    StringBuilder out = new StringBuilder("row\t" + String.join("\t", TargetFeatures.NAMES) + "\n");
    appendRow(out, "mean", mean);
    appendRow(out, "scale", scale);
    for (double[] unit : hidden) {
      appendRow(out, "hidden", unit);
    }
    String[] classes = {"negative", "neutral", "positive"};
    for (int c = 0; c < 3; c++) {
      appendRow(out, classes[c], output[c]);
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, String name, double[] values) {
    out.append(name);
    for (double v : values) {
      out.append('\t').append(v);
    }
    out.append('\n');
  }

  private static TargetSentiment load() {
    try (InputStream in = TargetSentiment.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = reader.readLine().split("\t");
      if (!List.of(header).subList(1, header.length).equals(TargetFeatures.NAMES)) {
        throw new IllegalStateException(RESOURCE + " was fitted for other features: refit it");
      }
      double[] mean = null;
      double[] scale = null;
      List<double[]> hidden = new ArrayList<>();
      List<double[]> output = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cells = line.split("\t");
        double[] values = new double[cells.length - 1];
        for (int i = 1; i < cells.length; i++) {
          values[i - 1] = Double.parseDouble(cells[i]);
        }
        switch (cells[0]) {
          case "mean" -> mean = values;
          case "scale" -> scale = values;
          case "hidden" -> hidden.add(values);
          default -> output.add(values);
        }
      }
      return new TargetSentiment(
          mean, scale, hidden.toArray(new double[0][]), output.toArray(new double[0][]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
