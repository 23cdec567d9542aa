package org.newsbeam.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsbeam.model.Tone;
import org.newsbeam.sentiment.TargetSentiment;

/**
 * Evaluates sentiment toward a mention on a NewsMTSC-format CSV (sentence, target offsets, polarity
 * -1/0/1), running the real pipeline over its sentences: accuracy and macro-F1 of the
 * sentence-level score (CoreNLP's root prediction, with a fixed neutral band) beside the targeted
 * score ({@link TargetSentiment}, most probable polarity), and how many distinct scores each gives.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.newsbeam.eval.EvaluateSentiment \
 *     -Dexec.args="--targets=../shared/eval/targets/train.csv"
 * </pre>
 */
public final class EvaluateSentiment {
  /**
   * The sentence-level score's neutral band, chosen once on NewsMTSC's training set (the band with
   * the best macro-F1 there) and fixed since.
   */
  static final double SENTENCE_NEUTRAL_BAND = 0.19;

  private EvaluateSentiment() {}

  public static void main(String[] args) throws IOException {
    Path csv = Path.of(CommandLine.option(args, "targets", "../shared/eval/targets/train.csv"));
    String annotations = CommandLine.option(args, "annotations", "target/eval-annotations");
    CommandLine.requireData("EvaluateSentiment", "data", csv);
    List<TargetRows.Row> rows = TargetRows.load(csv, annotations);
    TargetSentiment model = TargetSentiment.get();
    int n = rows.size();
    int[] gold = new int[n];
    int[] sentence = new int[n];
    int[] targeted = new int[n];
    int[] alwaysNeutral = new int[n];
    double[] sentenceScores = new double[n];
    Set<String> distinctSentence = new HashSet<>();
    Set<String> distinctTargeted = new HashSet<>();
    for (int i = 0; i < n; i++) {
      TargetRows.Row row = rows.get(i);
      gold[i] = row.polarity();
      sentenceScores[i] = row.sentenceScore();
      sentence[i] = Polarity.ofScore(row.sentenceScore(), SENTENCE_NEUTRAL_BAND);
      Tone result = model.predict(row.features(), row.words());
      targeted[i] = result.polarity();
      distinctSentence.add(String.format(Locale.ROOT, "%.4f", row.sentenceScore()));
      distinctTargeted.add(String.format(Locale.ROOT, "%.4f", result.score()));
    }
    System.out.printf(Locale.ROOT, "Targeted sentiment on %s: %d targets%n", csv, n);
    System.out.printf(
        Locale.ROOT, "%-34s %9s %9s %16s%n", "", "accuracy", "macro-F1", "distinct scores");
    System.out.printf(
        Locale.ROOT,
        "%-34s %9.3f %9.3f %16d%n",
        "sentence-level (band " + SENTENCE_NEUTRAL_BAND + ")",
        Polarity.accuracy(gold, sentence),
        Polarity.macroF1(gold, sentence),
        distinctSentence.size());
    System.out.printf(
        Locale.ROOT,
        "%-34s %9.3f %9.3f %16d%n",
        "targeted (most probable polarity)",
        Polarity.accuracy(gold, targeted),
        Polarity.macroF1(gold, targeted),
        distinctTargeted.size());
    System.out.printf(
        Locale.ROOT,
        "%-34s %9.3f %9.3f%n",
        "always neutral",
        Polarity.accuracy(gold, alwaysNeutral),
        Polarity.macroF1(gold, alwaysNeutral));
    System.out.printf(
        Locale.ROOT,
        "(best sentence-level band on this data: %.2f)%n",
        Polarity.bestBand(gold, sentenceScores));
    if (csv.getFileName().toString().contains("train")) {
      System.out.println(
          "The targeted model was fitted on NewsMTSC's training set: on it the targeted figures"
              + " are in-sample. FitTargetSentiment's cross-validation estimates unseen data.");
    }
  }
}
