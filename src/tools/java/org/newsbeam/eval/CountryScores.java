package org.newsbeam.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores per-article country predictions against gold sets: micro-averaged precision, recall and F1
 * over the gold's articles (an article missing from the predictions predicted nothing; predictions
 * for articles the gold lacks are ignored), and the misses and false positives of each article.
 * Also reads the gold CSV ({@code article,countries}, codes joined by {@code |}).
 */
public final class CountryScores {
  private CountryScores() {}

  /** Summed true positives, false positives and false negatives, and the scores they give. */
  public record Counts(int truePositives, int falsePositives, int falseNegatives) {
    /** TP / (TP + FP); 0 when nothing was predicted. */
    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    /** TP / (TP + FN); 0 when the gold has no codes. */
    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int numerator, int denominator) {
      return denominator == 0 ? 0 : (double) numerator / denominator;
    }
  }

  /** One article's errors: gold codes not predicted, predicted codes not in the gold. */
  public record ArticleErrors(String article, Set<String> missed, Set<String> falsePositives) {}

  public static Counts score(Map<String, Set<String>> gold, Map<String, Set<String>> predicted) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<String, Set<String>> entry : gold.entrySet()) {
      Set<String> expected = entry.getValue();
      Set<String> got = predicted.getOrDefault(entry.getKey(), Set.of());
      for (String code : got) {
        if (expected.contains(code)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (String code : expected) {
        if (!got.contains(code)) {
          fn++;
        }
      }
    }
    return new Counts(tp, fp, fn);
  }

  /** The gold articles with at least one miss or false positive, sorted by article. */
  public static List<ArticleErrors> errors(
      Map<String, Set<String>> gold, Map<String, Set<String>> predicted) {
    List<ArticleErrors> result = new ArrayList<>();
    for (Map.Entry<String, Set<String>> entry : new TreeMap<>(gold).entrySet()) {
      Set<String> expected = entry.getValue();
      Set<String> got = predicted.getOrDefault(entry.getKey(), Set.of());
      Set<String> missed = new TreeSet<>(expected);
      missed.removeAll(got);
      Set<String> falsePositives = new TreeSet<>(got);
      falsePositives.removeAll(expected);
      if (!missed.isEmpty() || !falsePositives.isEmpty()) {
        result.add(new ArticleErrors(entry.getKey(), missed, falsePositives));
      }
    }
    return result;
  }

  public static Map<String, Set<String>> readGold(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return readGold(reader);
    }
  }

  /** Gold sets by article, in file order; codes are upper-cased, an empty cell is an empty set. */
  public static Map<String, Set<String>> readGold(Reader csv) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    Map<String, Set<String>> gold = new LinkedHashMap<>();
    for (CSVRecord row : format.parse(csv)) {
      Set<String> codes = new TreeSet<>();
      for (String code : row.get("countries").split("\\|")) {
        if (!code.isBlank()) {
          codes.add(code.strip().toUpperCase(Locale.ROOT));
        }
      }
      gold.put(row.get("article"), codes);
    }
    return gold;
  }
}
