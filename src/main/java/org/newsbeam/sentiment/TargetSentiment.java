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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;

/**
 * Sentiment toward a mention: a multinomial logistic model over two kinds of evidence, giving the
 * probabilities that the sentence is negative, neutral or positive about the mention:
 *
 * <ul>
 *   <li>what CoreNLP's sentiment model says around the mention ({@link TargetFeatures#of}, the
 *       phrase-level predictions of its tree, standardized);
 *   <li>which words stand around it ({@link TargetFeatures#words}: "blamed", "praised", ...), each
 *       with its own weights.
 * </ul>
 *
 * <p>The weights were fitted on NewsMTSC's training set ({@code FitTargetSentiment}) and are read
 * from {@code target-model.tsv} once per JVM. The score is P(positive) - P(negative), -1 to 1.
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
  private static final String[] CLASSES = {"negative", "neutral", "positive"};
  private static volatile TargetSentiment instance;

  private final double[] mean;
  private final double[] scale;

  /** dense[class][feature], the last column the bias. */
  private final double[][] dense;

  /** Per word feature, its weight for each class. */
  private final Map<String, double[]> words;

  public TargetSentiment(
      double[] mean, double[] scale, double[][] dense, Map<String, double[]> words) {
    this.mean = mean;
    this.scale = scale;
    this.dense = dense;
    this.words = words;
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

  /**
   * The article with the sentiment toward each of its mentions ({@link EntityMention#target}):
   * negative, neutral and positive; empty where the mention's sentence was not scored.
   */
  public AnnotatedArticle scoreMentions(AnnotatedArticle article) {
    List<EntityMention> mentions = new ArrayList<>(article.mentions.size());
    for (EntityMention m : article.mentions) {
      SentenceSentiment sentiment = article.sentiments.get(m.sentenceIndex);
      if (!sentiment.scored()) {
        mentions.add(m.withTarget(List.of()));
        continue;
      }
      Result r = of(article.sentences.get(m.sentenceIndex), sentiment, m.begin, m.end);
      mentions.add(m.withTarget(List.of(r.negative(), r.neutral(), r.positive())));
    }
    return article.withMentions(mentions);
  }

  /** Sentiment toward the mention at {@code [begin, end)} of a scored sentence. */
  public Result of(Sentence sentence, SentenceSentiment sentiment, int begin, int end) {
    return predict(
        TargetFeatures.of(sentence, sentiment, begin, end),
        TargetFeatures.words(sentence, begin, end));
  }

  public Result predict(double[] features, Collection<String> wordFeatures) {
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

  public static Result softmax(double[] logits) {
    double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
    double[] p = new double[3];
    double sum = 0;
    for (int c = 0; c < 3; c++) {
      p[c] = Math.exp(logits[c] - max);
      sum += p[c];
    }
    return new Result(p[0] / sum, p[1] / sum, p[2] / sum);
  }

  /**
   * The model as TSV: a header naming the features, rows "mean" and "scale", one row per class (a
   * weight per feature, then the bias), then one row per word feature: "word", the feature, and its
   * weights for negative, neutral, positive.
   */
  public String toTsv() {
    StringBuilder out =
        new StringBuilder("row\t" + String.join("\t", TargetFeatures.NAMES) + "\tbias\n");
    appendRow(out, "mean", mean);
    appendRow(out, "scale", scale);
    for (int c = 0; c < 3; c++) {
      appendRow(out, CLASSES[c], dense[c]);
    }
    for (Map.Entry<String, double[]> word : new TreeMap<>(words).entrySet()) {
      appendRow(out, "word\t" + word.getKey(), word.getValue());
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, String name, double[] values) {
    out.append(name);
    for (double v : values) {
      out.append('\t').append(String.format(Locale.ROOT, "%.6g", v));
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
      if (!List.of(header).subList(1, header.length - 1).equals(TargetFeatures.NAMES)) {
        throw new IllegalStateException(RESOURCE + " was fitted for other features: refit it");
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
      return new TargetSentiment(
          rows.get("mean"), rows.get("scale"), dense.toArray(new double[0][]), words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
