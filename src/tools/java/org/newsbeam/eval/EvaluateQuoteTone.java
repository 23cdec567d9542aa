package org.newsbeam.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsbeam.model.Tone;
import org.newsbeam.sentiment.QuoteToneFeatures;
import org.newsbeam.sentiment.SentimentScale;

/**
 * Evaluates the tone of quotes against a careful reading: runs the real pipeline over the articles
 * of a quote-tone CSV (the format of {@code ../shared/eval/quote_tone/dev.csv}), takes the quote
 * newsbeam finds overlapping each gold quote most, and prints accuracy, macro-F1 and each class's
 * F1 of newsbeam's {@code sentiment_class} in quotes.csv, beside CoreNLP's phrase score of the same
 * words (its class by side, and its score with a neutral band of 0.05), the sentiment lexicon's
 * compound score (band 0.05) and always-negative; then the confusion matrix of newsbeam's classes.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.newsbeam.eval.EvaluateQuoteTone \
 *     -Dexec.args="--tone=../shared/eval/quote_tone/dev.csv"
 * </pre>
 */
public final class EvaluateQuoteTone {
  /** The neutral band of the plain scores, as news studies use VADER's compound score. */
  static final double BAND = 0.05;

  private EvaluateQuoteTone() {}

  public static void main(String[] args) throws IOException {
    Path csv = Path.of(CommandLine.option(args, "tone", "../shared/eval/quote_tone/dev.csv"));
    Path articles = Path.of(CommandLine.option(args, "articles", "../shared/eval/quotes/articles"));
    String annotations = CommandLine.option(args, "annotations", "target/eval-annotations");
    CommandLine.requireData("EvaluateQuoteTone", "quote tones", csv);
    List<QuoteToneRows.Row> rows = QuoteToneRows.load(csv, articles, annotations);
    List<QuoteToneRows.Row> found = rows.stream().filter(r -> r.found().isPresent()).toList();
    int n = found.size();
    int[] gold = new int[n];
    int[] newsbeam = new int[n];
    int[] phraseClass = new int[n];
    int[] phraseScore = new int[n];
    int[] lexicon = new int[n];
    int[] alwaysNegative = new int[n];
    int lexiconIndex = QuoteToneFeatures.Feature.LEXICON_COMPOUND.ordinal();
    for (int i = 0; i < n; i++) {
      QuoteToneRows.Row row = found.get(i);
      QuoteToneRows.Found f = row.found().get();
      gold[i] = row.tone() - 1;
      newsbeam[i] = Tone.POLARITY_NAMES.indexOf(f.sentimentClass()) - 1;
      if (newsbeam[i] < -1) {
        newsbeam[i] = 0; // a quote without words has no tone: counted as neutral
      }
      if (f.phrase().words() > 0) {
        phraseClass[i] = Integer.signum(f.phrase().predictedClass() - SentimentScale.CLASSES / 2);
        phraseScore[i] = Polarity.ofScore(f.phrase().score(), BAND);
      }
      lexicon[i] = Polarity.ofScore(f.features().dense()[lexiconIndex], BAND);
      alwaysNegative[i] = -1;
    }
    System.out.printf(
        Locale.ROOT,
        "Quote tone on %s: %d quotes read by hand, %d found by newsbeam (scored here)%n",
        csv,
        rows.size(),
        n);
    System.out.printf(
        Locale.ROOT, "%-46s %9s %9s   %s%n", "", "accuracy", "macro-F1", "F1 neg/neu/pos");
    print("newsbeam: sentiment_class (quote-tone model)", gold, newsbeam);
    print("CoreNLP phrase class of the quote, by side", gold, phraseClass);
    print("CoreNLP phrase score, neutral band 0.05", gold, phraseScore);
    print("VADER lexicon compound, neutral band 0.05", gold, lexicon);
    print("always negative", gold, alwaysNegative);
    System.out.println("Confusion matrix of newsbeam's classes (rows: read by hand):");
    System.out.printf(Locale.ROOT, "%-10s %9s %9s %9s%n", "", "negative", "neutral", "positive");
    List<String> names = Tone.POLARITY_NAMES;
    for (int g = -1; g <= 1; g++) {
      List<Integer> counts = new ArrayList<>();
      for (int p = -1; p <= 1; p++) {
        int count = 0;
        for (int i = 0; i < n; i++) {
          count += gold[i] == g && newsbeam[i] == p ? 1 : 0;
        }
        counts.add(count);
      }
      System.out.printf(
          Locale.ROOT,
          "%-10s %9d %9d %9d%n",
          names.get(g + 1),
          counts.get(0),
          counts.get(1),
          counts.get(2));
    }
  }

  private static void print(String name, int[] gold, int[] predicted) {
    System.out.printf(
        Locale.ROOT,
        "%-46s %9.3f %9.3f   %s%n",
        name,
        Polarity.accuracy(gold, predicted),
        Polarity.macroF1(gold, predicted),
        Polarity.classF1(gold, predicted));
  }
}
