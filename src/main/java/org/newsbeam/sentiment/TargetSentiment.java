package org.newsbeam.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;

/**
 * Sentiment toward a mention: a small multinomial logistic model over {@link TargetFeatures}
 * (CoreNLP's phrase-level predictions around the mention) giving the probabilities that the
 * sentence is negative, neutral or positive about it. The weights were fitted on NewsMTSC's
 * training set ({@code FitTargetSentiment}) and are read from {@code target-model.tsv} once per
 * JVM. The score is P(positive) - P(negative), from -1 to 1.
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

  /** weights[class][feature], the last column the bias; classes negative, neutral, positive. */
  private final double[][] weights;

  public TargetSentiment(double[] mean, double[] scale, double[][] weights) {
    this.mean = mean;
    this.scale = scale;
    this.weights = weights;
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
    double[] logits = new double[3];
    for (int c = 0; c < 3; c++) {
      double z = weights[c][features.length];
      for (int j = 0; j < features.length; j++) {
        z += weights[c][j] * (features[j] - mean[j]) / scale[j];
      }
      logits[c] = z;
    }
    double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
    double sum = 0;
    double[] p = new double[3];
    for (int c = 0; c < 3; c++) {
      p[c] = Math.exp(logits[c] - max);
      sum += p[c];
    }
    return new Result(p[0] / sum, p[1] / sum, p[2] / sum);
  }

  /** The model as TSV: a header of feature names, then rows "mean", "scale", and one per class. */
  public String toTsv() {
    StringBuilder out =
        new StringBuilder("row\t" + String.join("\t", TargetFeatures.NAMES) + "\tbias\n");
    appendRow(out, "mean", mean, "0");
    appendRow(out, "scale", scale, "1");
    String[] classes = {"negative", "neutral", "positive"};
    for (int c = 0; c < 3; c++) {
      appendRow(out, classes[c], weights[c], null);
    }
    return out.toString();
  }

  /** A row of the TSV; {@code biasCell} fills the bias column of rows that have none. */
  private static void appendRow(StringBuilder out, String name, double[] values, String biasCell) {
    out.append(name);
    for (double v : values) {
      out.append('\t').append(v);
    }
    if (biasCell != null) {
      out.append('\t').append(biasCell);
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
      List<String> names = List.of(header).subList(1, header.length - 1);
      if (!names.equals(TargetFeatures.NAMES)) {
        throw new IllegalStateException(RESOURCE + " was fitted for other features: refit it");
      }
      List<double[]> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cells = line.split("\t");
        double[] values = new double[cells.length - 1];
        for (int i = 1; i < cells.length; i++) {
          values[i - 1] = Double.parseDouble(cells[i]);
        }
        rows.add(values);
      }
      int features = names.size();
      return new TargetSentiment(
          Arrays.copyOf(rows.get(0), features),
          Arrays.copyOf(rows.get(1), features),
          new double[][] {rows.get(2), rows.get(3), rows.get(4)});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
