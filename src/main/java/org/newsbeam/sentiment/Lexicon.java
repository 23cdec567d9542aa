package org.newsbeam.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * VADER's sentiment lexicon (Hutto & Gilbert, ICWSM 2014) and its rules, over a list of words: each
 * word's valence (-4 to 4), turned by a negation among the three words before it, raised or lowered
 * by a booster ("very", "barely") before it, weighted half before a "but" and one and a half after
 * it, raised for a word in capitals among lowercase ones. The lexicon and word lists are read from
 * {@code vader.tsv} ({@code scripts/lexicon} regenerates it) once per JVM, with the words of
 * political news it lacks from {@code news-lexicon.tsv}.
 */
public final class Lexicon {
  private static final String RESOURCE = "/org/newsbeam/sentiment/vader.tsv";

  /** Evaluative words of news VADER lacks, kept by hand; read only where VADER has no entry. */
  private static final String NEWS_RESOURCE = "/org/newsbeam/sentiment/news-lexicon.tsv";

  private static final double NEGATION_SCALAR = -0.74;
  private static final double CAPS_INCREMENT = 0.733;
  private static final double[] BOOSTER_DISTANCE = {1.0, 0.95, 0.9};

  /** VADER's normalization constant: compound = sum / sqrt(sum^2 + ALPHA). */
  private static final double ALPHA = 15;

  private static volatile Lexicon instance;

  private final Map<String, Double> valences;
  private final Set<String> negations;
  private final Map<String, Double> boosters;

  Lexicon(Map<String, Double> valences, Set<String> negations, Map<String, Double> boosters) {
    this.valences = valences;
    this.negations = negations;
    this.boosters = boosters;
  }

  /** The lexicon shipped with newsbeam. */
  public static Lexicon get() {
    if (instance == null) {
      synchronized (Lexicon.class) {
        if (instance == null) {
          instance = load();
        }
      }
    }
    return instance;
  }

  /** What the lexicon makes of a span of words. */
  public record Reading(
      double compound,
      double positive,
      double negative,
      int positiveWords,
      int negativeWords,
      int negatedPositive,
      int negatedNegative,
      double afterContrast,
      boolean contrast) {}

  /** The words' reading; {@code words} as written (case matters for emphasis). */
  public Reading read(List<String> words) {
    boolean mixedCase = hasLowercase(words);
    int contrastAt = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).equalsIgnoreCase("but")) {
        contrastAt = i;
      }
    }
    double sum = 0;
    double positive = 0;
    double negative = 0;
    double after = 0;
    int positiveWords = 0;
    int negativeWords = 0;
    int negatedPositive = 0;
    int negatedNegative = 0;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      double valence = valence(word);
      if (valence == 0) {
        continue;
      }
      boolean wasPositive = valence > 0;
      if (mixedCase && isCapitalized(word)) {
        valence += Math.signum(valence) * CAPS_INCREMENT;
      }
      boolean negated = false;
      for (int d = 1; d <= 3 && i - d >= 0; d++) {
        String before = words.get(i - d).toLowerCase(Locale.ROOT);
        if (isClauseBreak(before)) {
          break;
        }
        Double boost = boosters.get(before);
        if (boost != null) {
          valence += Math.signum(valence) * boost * BOOSTER_DISTANCE[d - 1];
        }
        negated |= negations.contains(before);
      }
      if (negated) {
        valence *= NEGATION_SCALAR;
        if (wasPositive) {
          negatedPositive++;
        } else {
          negatedNegative++;
        }
      }
      if (contrastAt >= 0) {
        valence *= i < contrastAt ? 0.5 : 1.5;
        if (i > contrastAt) {
          after += valence;
        }
      }
      sum += valence;
      if (valence > 0) {
        positive += valence;
        positiveWords++;
      } else {
        negative -= valence;
        negativeWords++;
      }
    }
    return new Reading(
        normalize(sum),
        positive,
        negative,
        positiveWords,
        negativeWords,
        negatedPositive,
        negatedNegative,
        normalize(after),
        contrastAt >= 0);
  }

  /** Whether a word turns the sentiment of the words after it ("not", "never", "n't"). */
  public boolean isNegation(String word) {
    return negations.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * A word's valence, -4 to 4, 0 if it has none: as written in lowercase, else of a plain form
   * ("attacks", "attacked", "attacking" as "attack").
   */
  public double valence(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Double v = valences.get(w);
    if (v != null) {
      return v;
    }
    for (String stem : plainForms(w)) {
      v = valences.get(stem);
      if (v != null) {
        return v;
      }
    }
    return 0;
  }

  private static List<String> plainForms(String w) {
    int n = w.length();
    if (n < 5) {
      return List.of();
    }
    if (w.endsWith("ies")) {
      return List.of(w.substring(0, n - 3) + "y");
    }
    if (w.endsWith("ied")) {
      return List.of(w.substring(0, n - 3) + "y");
    }
    if (w.endsWith("es")) {
      return List.of(w.substring(0, n - 1), w.substring(0, n - 2));
    }
    if (w.endsWith("s") && !w.endsWith("ss")) {
      return List.of(w.substring(0, n - 1));
    }
    if (w.endsWith("ed")) {
      // "slammed": the doubled consonant of a short stem
      return List.of(w.substring(0, n - 1), w.substring(0, n - 2), w.substring(0, n - 3));
    }
    if (w.endsWith("ing")) {
      return List.of(w.substring(0, n - 3), w.substring(0, n - 3) + "e");
    }
    if (w.endsWith("ly")) {
      return List.of(w.substring(0, n - 2));
    }
    return List.of();
  }

  private static double normalize(double sum) {
    return sum / Math.sqrt(sum * sum + ALPHA);
  }

  private static boolean isClauseBreak(String word) {
    return word.equals(",") || word.equals(";") || word.equals(".") || word.equals(":");
  }

  private static boolean hasLowercase(List<String> words) {
    for (String w : words) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** A word of two or more letters, all capitals ("NEVER"). */
  private static boolean isCapitalized(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  private static Lexicon load() {
    Map<String, Double> valences = new HashMap<>();
    Set<String> negations = new HashSet<>();
    Map<String, Double> boosters = new HashMap<>();
    readRows(RESOURCE, valences, negations, boosters);
    Map<String, Double> news = new HashMap<>();
    readRows(NEWS_RESOURCE, news, negations, boosters);
    news.forEach(valences::putIfAbsent);
    // CoreNLP splits "didn't" into "did" and "n't", and writes "no" as a word of its own.
    negations.add("n't");
    negations.add("no");
    return new Lexicon(valences, negations, boosters);
  }

  private static void readRows(
      String resource,
      Map<String, Double> valences,
      Set<String> negations,
      Map<String, Double> boosters) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        switch (cells[0]) {
          case "word" -> valences.put(cells[1], Double.parseDouble(cells[2]));
          case "negation" -> negations.add(cells[1]);
          case "booster" -> boosters.put(cells[1], Double.parseDouble(cells[2]));
          default -> throw new IllegalStateException(resource + ": unknown row " + cells[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
