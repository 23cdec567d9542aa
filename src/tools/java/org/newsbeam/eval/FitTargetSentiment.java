package org.newsbeam.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsbeam.sentiment.TargetFeatures;
import org.newsbeam.sentiment.TargetSentiment;

/**
 * Fits the targeted-sentiment model ({@link TargetSentiment}) on a NewsMTSC-format CSV: reports
 * five-fold cross-validated accuracy and macro-F1 on it first (a fair estimate of held-out
 * figures), then fits on all rows and writes the model the pipeline ships.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.newsbeam.eval.FitTargetSentiment \
 *     -Dexec.args="--targets=../shared/eval/targets/train.csv"
 * </pre>
 */
public final class FitTargetSentiment {
  private static final int FOLDS = 5;

  private FitTargetSentiment() {}

  public static void main(String[] args) throws IOException {
    Path csv = Path.of(CommandLine.option(args, "targets", "../shared/eval/targets/train.csv"));
    Path model =
        Path.of(
            CommandLine.option(
                args, "model", "src/main/resources/org/newsbeam/sentiment/target-model.tsv"));
    String annotations = CommandLine.option(args, "annotations", "target/eval-annotations");
    CommandLine.requireData("FitTargetSentiment", "data", csv);
    List<TargetRows.Row> rows = TargetRows.load(csv, annotations);
    int n = rows.size();
    int[] gold = new int[n];
    int[] predicted = new int[n];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<TargetRows.Row> training = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (foldOf(i) != fold) {
          training.add(rows.get(i));
        }
      }
      TargetSentiment heldOut = fit(training);
      for (int i = 0; i < n; i++) {
        if (foldOf(i) == fold) {
          TargetRows.Row row = rows.get(i);
          gold[i] = row.polarity();
          predicted[i] = heldOut.predict(row.features(), row.words()).polarity();
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d-fold cross-validation on %s (%d targets): accuracy %.3f, macro-F1 %.3f%n",
        FOLDS,
        csv,
        n,
        Polarity.accuracy(gold, predicted),
        Polarity.macroF1(gold, predicted));
    Files.writeString(model, fit(rows).toTsv());
    System.out.println("model written to " + model);
  }

  /** The model's settings, fixed when it was first fitted. */
  static final SoftmaxFit.Settings SETTINGS = new SoftmaxFit.Settings(8, 0.01, 1e-4, 3, 20261130L);

  static TargetSentiment fit(List<TargetRows.Row> rows) {
    List<SoftmaxFit.Example> examples = new ArrayList<>(rows.size());
    for (TargetRows.Row row : rows) {
      examples.add(new SoftmaxFit.Example(row.features(), row.words(), row.polarity() + 1));
    }
    return new TargetSentiment(SoftmaxFit.fit(TargetFeatures.NAMES, examples, SETTINGS));
  }

  /** Rows are assigned to folds by position; consecutive rows often share a sentence. */
  private static int foldOf(int row) {
    return (row / 50) % FOLDS;
  }
}
