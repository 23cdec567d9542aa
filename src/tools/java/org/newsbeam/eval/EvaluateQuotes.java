package org.newsbeam.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Evaluates speaker attribution: runs the real pipeline over the articles of one split of a gold
 * CSV (PolNeAR format), with newsbeam's attributor and with CoreNLP's as the baseline, and prints
 * the scores side by side ({@link QuoteScores} defines them).
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.newsbeam.eval.EvaluateQuotes \
 *     -Dexec.args="--gold=../shared/eval/quotes/gold.csv --split=dev"
 * </pre>
 *
 * Options: {@code --articles} (default: the gold's folder + /articles), {@code --split} (dev),
 * {@code --baseline=false} to skip CoreNLP's attributor, {@code --errors=FILE} to write every miss
 * and wrong speaker, {@code --quotes=FILE} to keep newsbeam's quotes.csv, {@code --annotations}
 * (default target/eval-annotations), {@code --referents} (default
 * data/pronoun-referents/train.csv): pronoun referents read by hand for rows the gold leaves
 * unresolved.
 */
public final class EvaluateQuotes {
  private EvaluateQuotes() {}

  public static void main(String[] args) throws IOException {
    Path gold = Path.of(CommandLine.option(args, "gold", "../shared/eval/quotes/gold.csv"));
    CommandLine.requireData("EvaluateQuotes", "gold", gold);
    Path articles =
        Path.of(CommandLine.option(args, "articles", gold.resolveSibling("articles").toString()));
    String split = CommandLine.option(args, "split", "dev");
    String annotations = CommandLine.option(args, "annotations", "target/eval-annotations");
    boolean baseline = Boolean.parseBoolean(CommandLine.option(args, "baseline", "true"));
    String errorsFile = CommandLine.option(args, "errors", "");
    String quotesFile = CommandLine.option(args, "quotes", "");
    Path referents =
        Path.of(CommandLine.option(args, "referents", "data/pronoun-referents/train.csv"));

    List<QuoteScores.Gold> rows =
        QuoteScores.withReferents(QuoteScores.readGold(gold), referents, articles).stream()
            .filter(g -> g.split().equals(split))
            .collect(Collectors.toList());
    TreeSet<String> ids =
        rows.stream().map(QuoteScores.Gold::article).collect(Collectors.toCollection(TreeSet::new));

    QuoteScores.Result news = evaluate(articles, ids, annotations, rows, "news", quotesFile);
    QuoteScores.Result core =
        baseline ? evaluate(articles, ids, annotations, rows, "corenlp", "") : null;

    System.out.printf(
        Locale.ROOT,
        "Speaker attribution on %s split=%s: %d articles, %d gold quotes%n",
        gold,
        split,
        ids.size(),
        rows.size());
    System.out.printf(Locale.ROOT, "%-26s %10s %10s%n", "", "newsbeam", baseline ? "CoreNLP" : "");
    print("quote recall", news.recall(), core == null ? null : core.recall());
    print(
        "attributed precision",
        news.attributedPrecision(),
        core == null ? null : core.attributedPrecision());
    print("coverage", news.coverage(), core == null ? null : core.coverage());
    print(
        "named-speaker accuracy", news.namedAccuracy(), core == null ? null : core.namedAccuracy());
    print(
        "pronoun-speaker accuracy",
        news.pronounAccuracy(),
        core == null ? null : core.pronounAccuracy());
    System.out.printf(
        Locale.ROOT,
        "newsbeam counts: found %d/%d, attributed outputs %d (on gold %d), named %d/%d, pronoun %d/%d%n",
        news.found(),
        news.gold(),
        news.attributedOutputs(),
        news.attributedOnGold(),
        news.namedCorrect(),
        news.namedTotal(),
        news.pronounCorrect(),
        news.pronounTotal());
    if (!errorsFile.isEmpty()) {
      Files.write(Path.of(errorsFile), news.errors());
    }
  }

  private static QuoteScores.Result evaluate(
      Path articles,
      TreeSet<String> ids,
      String annotations,
      List<QuoteScores.Gold> rows,
      String attributor,
      String quotesFile)
      throws IOException {
    Path output = EvalRun.run(articles, ids, annotations, "--attributor=" + attributor);
    if (!quotesFile.isEmpty()) {
      Files.copy(
          output.resolve("quotes.csv"), Path.of(quotesFile), StandardCopyOption.REPLACE_EXISTING);
    }
    QuoteScores.Result result =
        QuoteScores.score(rows, QuoteScores.readOutput(output.resolve("quotes.csv")));
    EvalRun.deleteTree(output);
    return result;
  }

  private static void print(String name, double ours, Double theirs) {
    System.out.printf(
        Locale.ROOT,
        "%-26s %10.3f %10s%n",
        name,
        ours,
        theirs == null ? "" : String.format(Locale.ROOT, "%.3f", theirs));
  }
}
