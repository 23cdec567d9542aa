package org.newsbeam.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsbeam.model.Tone;
import org.newsbeam.sentiment.HiddenLayerModel;
import org.newsbeam.sentiment.QuoteTone;
import org.newsbeam.sentiment.QuoteToneFeatures;

/**
 * Fits the quote-tone model ({@link QuoteTone}) on quotes read by hand (a quote-tone CSV, by
 * default {@code data/quote-tone/train.csv}): prints its cross-validated figures (five folds by
 * article, so no article's quotes are both fitted and scored), then fits on all rows and writes the
 * model the pipeline ships. {@code --search=true} first prints the cross-validated figures of a
 * grid of settings, the way the shipped ones were chosen; {@code --features=FILE} writes every
 * row's features as TSV; {@code --folds=FILE} writes each row's cross-validated probabilities as
 * CSV, for {@code scripts/quote-tone/encoder.py cv}, which scores the two models together.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.newsbeam.eval.FitQuoteTone
 * </pre>
 */
public final class FitQuoteTone {
  static final int FOLDS = 5;

  /**
   * The settings the shipped model is fitted with, chosen by cross-validation on the train rows.
   */
  static final HiddenLayerFit.Settings SETTINGS =
      new HiddenLayerFit.Settings(5, 32, 20, 0.003, 3e-2, 20261207L);

  private FitQuoteTone() {}

  public static void main(String[] args) throws IOException {
    Path csv = Path.of(CommandLine.option(args, "train", "data/quote-tone/train.csv"));
    Path articles = Path.of(CommandLine.option(args, "articles", "../shared/eval/quotes/articles"));
    Path model =
        Path.of(
            CommandLine.option(
                args, "model", "src/main/resources/org/newsbeam/sentiment/quote-tone-model.tsv"));
    String annotations = CommandLine.option(args, "annotations", "target/eval-annotations");
    CommandLine.requireData("FitQuoteTone", "articles", articles);
    List<QuoteToneRows.Row> rows = QuoteToneRows.load(csv, articles, annotations);
    List<HiddenLayerFit.Example> examples = new ArrayList<>();
    List<String> articleOf = new ArrayList<>();
    List<String> idOf = new ArrayList<>();
    for (QuoteToneRows.Row row : rows) {
      row.found()
          .ifPresent(
              found -> {
                examples.add(new HiddenLayerFit.Example(found.features().dense(), row.tone()));
                articleOf.add(row.article());
                idOf.add(row.id());
              });
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d quotes read by hand, %d found by newsbeam%n",
        csv,
        rows.size(),
        examples.size());
    String features = CommandLine.option(args, "features", "");
    if (!features.isEmpty()) {
      writeFeatures(Path.of(features), rows);
    }
    if (Boolean.parseBoolean(CommandLine.option(args, "search", "false"))) {
      for (int hidden : new int[] {16, 32, 64}) {
        for (double decay : new double[] {1e-2, 3e-2, 1e-1}) {
          for (int epochs : new int[] {20, 40}) {
            HiddenLayerFit.Settings s =
                new HiddenLayerFit.Settings(
                    3, hidden, epochs, SETTINGS.rate(), decay, SETTINGS.seed());
            crossValidate(
                String.format(
                    Locale.ROOT, "hidden %d, decay %.0e, epochs %d", hidden, decay, epochs),
                examples,
                articleOf,
                s);
          }
        }
      }
    }
    double[][] heldOut = crossValidate("shipped settings", examples, articleOf, SETTINGS);
    String folds = CommandLine.option(args, "folds", "");
    if (!folds.isEmpty()) {
      writeFolds(Path.of(folds), idOf, heldOut);
    }
    Files.writeString(model, fit(examples, SETTINGS).toTsv());
    System.out.println("model written to " + model);
  }

  static HiddenLayerModel fit(List<HiddenLayerFit.Example> examples, HiddenLayerFit.Settings s) {
    return HiddenLayerFit.fit(QuoteToneFeatures.keys(), examples, s);
  }

  /** Prints the cross-validated figures; returns each example's probabilities from its fold. */
  private static double[][] crossValidate(
      String name,
      List<HiddenLayerFit.Example> examples,
      List<String> articleOf,
      HiddenLayerFit.Settings settings) {
    int n = examples.size();
    int[] gold = new int[n];
    int[] predicted = new int[n];
    double[][] probabilities = new double[n][];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<HiddenLayerFit.Example> training = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (foldOf(articleOf.get(i)) != fold) {
          training.add(examples.get(i));
        }
      }
      HiddenLayerModel heldOut = fit(training, settings);
      for (int i = 0; i < n; i++) {
        if (foldOf(articleOf.get(i)) == fold) {
          HiddenLayerFit.Example e = examples.get(i);
          gold[i] = e.label() - 1;
          probabilities[i] = heldOut.probabilities(e.features());
          predicted[i] = Tone.of(probabilities[i]).polarity();
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d-fold cross-validation, %s: accuracy %.3f, macro-F1 %.3f, F1 by class %s%n",
        FOLDS,
        name,
        Polarity.accuracy(gold, predicted),
        Polarity.macroF1(gold, predicted),
        Polarity.classF1(gold, predicted));
    return probabilities;
  }

  private static void writeFolds(Path file, List<String> ids, double[][] probabilities)
      throws IOException {
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.println("id,negative,neutral,positive");
      for (int i = 0; i < ids.size(); i++) {
        double[] p = probabilities[i];
        out.printf(Locale.ROOT, "%s,%.6f,%.6f,%.6f%n", ids.get(i), p[0], p[1], p[2]);
      }
    }
  }

  /** Folds by article: a hash of its id. */
  static int foldOf(String article) {
    return Math.floorMod(article.hashCode(), FOLDS);
  }

  private static void writeFeatures(Path file, List<QuoteToneRows.Row> rows) throws IOException {
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.println("id\tarticle\ttone\t" + String.join("\t", QuoteToneFeatures.keys()) + "\twords");
      for (QuoteToneRows.Row row : rows) {
        if (row.found().isEmpty()) {
          continue;
        }
        StringBuilder line = new StringBuilder(row.id() + "\t" + row.article() + "\t" + row.tone());
        for (double d : row.found().get().features().dense()) {
          line.append('\t').append(String.format(Locale.ROOT, "%.6g", d));
        }
        out.println(line.append("\t-"));
      }
    }
  }
}
