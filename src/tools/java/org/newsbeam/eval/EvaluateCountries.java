package org.newsbeam.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.newsbeam.countries.CountryGazetteer;
import org.newsbeam.report.Csv;

/**
 * Evaluates country detection: runs the real pipeline over the articles of a gold CSV
 * (Reuters-21578 format: article, countries separated by "|") and scores the set of countries found
 * per article (micro-averaged precision, recall, F1), beside the naive baseline: CoreNLP's COUNTRY
 * mentions mapped by exact country name.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.newsbeam.eval.EvaluateCountries \
 *     -Dexec.args="--gold=../shared/eval/countries/gold.csv"
 * </pre>
 *
 * Options: {@code --articles} (default: the gold's folder + /articles), {@code --errors=FILE} to
 * write each article's misses and false positives, {@code --keep=true} to keep the reports, {@code
 * --annotations}.
 */
public final class EvaluateCountries {
  private EvaluateCountries() {}

  public static void main(String[] args) throws IOException {
    Path gold = Path.of(CommandLine.option(args, "gold", "../shared/eval/countries/gold.csv"));
    CommandLine.requireData("EvaluateCountries", "gold", gold);
    Path articles =
        Path.of(CommandLine.option(args, "articles", gold.resolveSibling("articles").toString()));
    String annotations = CommandLine.option(args, "annotations", "target/eval-annotations");
    String errorsFile = CommandLine.option(args, "errors", "");

    Map<String, Set<String>> expected = CountryScores.readGold(gold);
    Path output = EvalRun.run(articles, expected.keySet(), annotations);
    Map<String, Set<String>> found = new TreeMap<>();
    Map<String, Set<String>> naive = new TreeMap<>();
    readMentions(output.resolve("mentions.csv"), found, naive);
    Map<String, Set<String>> about = readAbout(output.resolve("articles.csv"));
    String keep = CommandLine.option(args, "keep", "");
    if (keep.isEmpty()) {
      EvalRun.deleteTree(output);
    } else {
      System.out.println("reports kept in " + output);
    }

    CountryScores.Counts ours = CountryScores.score(expected, about);
    CountryScores.Counts mentioned = CountryScores.score(expected, found);
    CountryScores.Counts baseline = CountryScores.score(expected, naive);
    System.out.printf(Locale.ROOT, "Country detection on %s: %d articles%n", gold, expected.size());
    System.out.printf(Locale.ROOT, "%-36s %9s %9s %9s%n", "", "precision", "recall", "F1");
    print("newsbeam: countries it is about", ours);
    print("newsbeam: every country mentioned", mentioned);
    print("naive (NER COUNTRY, exact name)", baseline);
    if (!errorsFile.isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (CountryScores.ArticleErrors e : CountryScores.errors(expected, about)) {
        lines.add(e.article() + "\tmissed=" + e.missed() + "\tfalse=" + e.falsePositives());
      }
      Files.write(Path.of(errorsFile), lines);
    }
  }

  /** The countries each article is about: articles.csv's countries column. */
  private static Map<String, Set<String>> readAbout(Path articlesCsv) throws IOException {
    Map<String, Set<String>> about = new TreeMap<>();
    for (CSVRecord r : Csv.records(articlesCsv)) {
      Set<String> codes = new TreeSet<>();
      for (String code : r.get("countries").split("\\|")) {
        if (!code.isEmpty()) {
          codes.add(code);
        }
      }
      about.put(r.get("article"), codes);
    }
    return about;
  }

  /** Countries per article from mentions.csv: all mapped mentions, and the naive baseline's. */
  private static void readMentions(
      Path mentionsCsv, Map<String, Set<String>> found, Map<String, Set<String>> naive)
      throws IOException {
    CountryGazetteer gazetteer = CountryGazetteer.get();
    for (CSVRecord r : Csv.records(mentionsCsv)) {
      String article = r.get("article");
      found.computeIfAbsent(article, k -> new TreeSet<>());
      naive.computeIfAbsent(article, k -> new TreeSet<>());
      if (!r.get("country").isEmpty()) {
        found.get(article).add(r.get("country"));
      }
      if (r.get("entity_type").equals("COUNTRY")) {
        gazetteer.country(r.get("text")).ifPresent(naive.get(article)::add);
      }
    }
  }

  private static void print(String name, CountryScores.Counts counts) {
    System.out.printf(
        Locale.ROOT,
        "%-36s %9.3f %9.3f %9.3f%n",
        name,
        counts.precision(),
        counts.recall(),
        counts.f1());
  }
}
