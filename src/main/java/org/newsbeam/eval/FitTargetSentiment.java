package org.newsbeam.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    Path csv = Path.of(EvalRun.option(args, "targets", "../shared/eval/targets/train.csv"));
    Path model =
        Path.of(
            EvalRun.option(
                args, "model", "src/main/resources/org/newsbeam/sentiment/target-model.tsv"));
    String annotations = EvalRun.option(args, "annotations", "target/eval-annotations");
    if (!Files.exists(csv)) {
      System.err.println("FitTargetSentiment: no data at " + csv + " (is ../shared present?)");
      System.exit(2);
    }
    List<TargetRows.Row> rows = TargetRows.load(csv, annotations);
    int n = rows.size();
    int[] gold = new int[n];
    TargetSentiment.Result[] outOfFold = new TargetSentiment.Result[n];
    for (int fold = 0; fold < FOLDS; fold++) {
      TargetSentiment heldOut = fit(rows, fold, true);
      for (int i = 0; i < n; i++) {
        if (foldOf(i) == fold) {
          gold[i] = rows.get(i).polarity();
          outOfFold[i] = heldOut.predict(rows.get(i).features());
        }
      }
    }
    int[] plain = decide(outOfFold, 0, 0);
    System.out.printf(
        Locale.ROOT,
        "%d-fold cross-validation on %s (%d targets): accuracy %.3f, macro-F1 %.3f%n",
        FOLDS,
        csv,
        n,
        Polarity.accuracy(gold, plain),
        Polarity.macroF1(gold, plain));
    // Log-loss favours the larger classes; shifting the negative and positive logits trades
    // that back for macro-F1. Chosen on the out-of-fold predictions, then fixed in the model.
    double bestNegative = 0;
    double bestPositive = 0;
    double bestF1 = -1;
    for (int a = -20; a <= 20; a++) {
      for (int b = -20; b <= 20; b++) {
        double f1 = Polarity.macroF1(gold, decide(outOfFold, a / 20.0, b / 20.0));
        if (f1 > bestF1) {
          bestF1 = f1;
          bestNegative = a / 20.0;
          bestPositive = b / 20.0;
        }
      }
    }
    int[] shifted = decide(outOfFold, bestNegative, bestPositive);
    System.out.printf(
        Locale.ROOT,
        "with logit shifts negative %+.2f, positive %+.2f: accuracy %.3f, macro-F1 %.3f"
            + " (shifts chosen on these same predictions: slightly optimistic)%n",
        bestNegative,
        bestPositive,
        Polarity.accuracy(gold, shifted),
        bestF1);
    TargetSentiment all = fit(rows, -1, false).withLogitShifts(bestNegative, bestPositive);
    Files.writeString(model, all.toTsv());
    System.out.println("model written to " + model);
  }

  /** Polarities from probabilities, after adding shifts to the negative and positive logits. */
  private static int[] decide(TargetSentiment.Result[] results, double negative, double positive) {
    int[] decided = new int[results.length];
    for (int i = 0; i < results.length; i++) {
      decided[i] = TargetSentiment.shifted(results[i], negative, positive).polarity();
    }
    return decided;
  }

  /** Rows are assigned to folds by position; consecutive rows often share a sentence. */
  private static int foldOf(int row) {
    return (row / 50) % FOLDS;
  }

  /** Fits on all rows, or on all but one fold when {@code leaveOut}. */
  private static TargetSentiment fit(List<TargetRows.Row> rows, int fold, boolean leaveOut) {
    List<TargetRows.Row> training = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!leaveOut || foldOf(i) != fold) {
        training.add(rows.get(i));
      }
    }
    double[][] x = new double[training.size()][];
    int[] y = new int[training.size()];
    for (int i = 0; i < training.size(); i++) {
      x[i] = training.get(i).features();
      y[i] = training.get(i).polarity();
    }
    return NetworkFit.fit(x, y);
  }
}
