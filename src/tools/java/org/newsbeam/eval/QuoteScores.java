package org.newsbeam.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.newsbeam.report.Csv;

/**
 * Scores newsbeam's quotes against attribution gold in the format of PolNeAR's {@code gold.csv}:
 *
 * <ul>
 *   <li>quote recall: gold quotes overlapped by an output quote;
 *   <li>attributed precision: output quotes with a speaker that overlap a gold quote;
 *   <li>coverage: found gold quotes overlapped by an output quote with a speaker;
 *   <li>named-speaker accuracy: of found, attributed gold quotes whose speaker is a name, those
 *       where the output speaker's surname is a word of the gold speaker span (the output quote
 *       judged is the attributed one overlapping the gold quote most);
 *   <li>pronoun-speaker accuracy: the same for gold pronoun speakers, against the person the
 *       pronoun refers to ({@code speaker_resolved}; rows without it are not counted).
 * </ul>
 */
public final class QuoteScores {
  /** One gold attribution. */
  public record Gold(
      String split,
      String article,
      int begin,
      int end,
      String speaker,
      String kind,
      String resolved) {}

  /** One output quote. */
  public record Output(String article, int begin, int end, String speaker) {
    boolean attributed() {
      return !speaker.isEmpty();
    }
  }

  /** The figures, with the counts they rest on. */
  public record Result(
      int gold,
      int found,
      int attributedOutputs,
      int attributedOnGold,
      int foundAttributed,
      int namedTotal,
      int namedCorrect,
      int pronounTotal,
      int pronounCorrect,
      List<String> errors) {
    public double recall() {
      return ratio(found, gold);
    }

    public double attributedPrecision() {
      return ratio(attributedOnGold, attributedOutputs);
    }

    public double coverage() {
      return ratio(foundAttributed, found);
    }

    public double namedAccuracy() {
      return ratio(namedCorrect, namedTotal);
    }

    public double pronounAccuracy() {
      return ratio(pronounCorrect, pronounTotal);
    }
  }

  private QuoteScores() {}

  public static List<Gold> readGold(Path csv) throws IOException {
    List<Gold> gold = new ArrayList<>();
    for (CSVRecord r : Csv.records(csv)) {
      gold.add(
          new Gold(
              r.get("split"),
              r.get("article"),
              Integer.parseInt(r.get("quote_begin")),
              Integer.parseInt(r.get("quote_end")),
              r.get("speaker"),
              r.get("speaker_kind"),
              r.get("speaker_resolved")));
    }
    return gold;
  }

  /**
   * Fills the referent of gold pronoun rows that have none from {@code referents} (ids and offsets
   * read by hand: article, quote_begin, referent_begin, referent_end), reading the referent's name
   * from the article; returns {@code gold} unchanged when the file is absent.
   */
  public static List<Gold> withReferents(List<Gold> gold, Path referents, Path articles)
      throws IOException {
    if (!Files.exists(referents)) {
      return gold;
    }
    Map<String, String> names = new HashMap<>();
    for (CSVRecord r : Csv.records(referents)) {
      if (r.get("referent_begin").isEmpty()) {
        continue;
      }
      String text = Files.readString(articles.resolve(r.get("article") + ".txt"));
      names.put(
          r.get("article") + "\t" + r.get("quote_begin"),
          text.substring(
              Integer.parseInt(r.get("referent_begin")), Integer.parseInt(r.get("referent_end"))));
    }
    List<Gold> filled = new ArrayList<>();
    for (Gold g : gold) {
      String name = names.get(g.article() + "\t" + g.begin());
      filled.add(
          name != null && g.kind().equals("pronoun") && g.resolved().isEmpty()
              ? new Gold(g.split(), g.article(), g.begin(), g.end(), g.speaker(), g.kind(), name)
              : g);
    }
    return filled;
  }

  /** Reads newsbeam's quotes.csv. */
  public static List<Output> readOutput(Path quotesCsv) throws IOException {
    List<Output> output = new ArrayList<>();
    for (CSVRecord r : Csv.records(quotesCsv)) {
      output.add(
          new Output(
              r.get("article"),
              Integer.parseInt(r.get("quote_begin")),
              Integer.parseInt(r.get("quote_end")),
              r.get("speaker")));
    }
    return output;
  }

  public static Result score(List<Gold> gold, List<Output> output) {
    int found = 0;
    int foundAttributed = 0;
    int namedTotal = 0;
    int namedCorrect = 0;
    int pronounTotal = 0;
    int pronounCorrect = 0;
    List<String> errors = new ArrayList<>();
    for (Gold g : gold) {
      Output best = null;
      int bestOverlap = 0;
      for (Output o : output) {
        int overlap =
            o.article().equals(g.article()) ? overlap(o.begin(), o.end(), g.begin(), g.end()) : 0;
        if (overlap > bestOverlap
            || (overlap > 0 && overlap == bestOverlap && o.attributed() && !best.attributed())) {
          best = o;
          bestOverlap = overlap;
        }
      }
      if (best == null) {
        errors.add("missed\t" + g.article() + "\t" + g.begin());
        continue;
      }
      found++;
      if (!best.attributed()) {
        errors.add("no speaker\t" + g.article() + "\t" + g.begin() + "\tgold=" + g.speaker());
        continue;
      }
      foundAttributed++;
      if (g.kind().equals("named")) {
        namedTotal++;
        if (matches(best.speaker(), g.speaker())) {
          namedCorrect++;
        } else {
          errors.add(
              "named wrong\t"
                  + g.article()
                  + "\t"
                  + g.begin()
                  + "\tgold="
                  + g.speaker()
                  + "\tout="
                  + best.speaker());
        }
      } else if (g.kind().equals("pronoun") && !g.resolved().isEmpty()) {
        pronounTotal++;
        if (matches(best.speaker(), g.resolved())) {
          pronounCorrect++;
        } else {
          errors.add(
              "pronoun wrong\t"
                  + g.article()
                  + "\t"
                  + g.begin()
                  + "\tgold="
                  + g.resolved()
                  + "\tout="
                  + best.speaker());
        }
      }
    }
    int attributedOutputs = 0;
    int attributedOnGold = 0;
    for (Output o : output) {
      if (!o.attributed()) {
        continue;
      }
      attributedOutputs++;
      boolean onGold = false;
      for (Gold g : gold) {
        if (g.article().equals(o.article())
            && overlap(o.begin(), o.end(), g.begin(), g.end()) > 0) {
          onGold = true;
          break;
        }
      }
      if (onGold) {
        attributedOnGold++;
      } else {
        errors.add("spurious\t" + o.article() + "\t" + o.begin() + "\tout=" + o.speaker());
      }
    }
    return new Result(
        gold.size(),
        found,
        attributedOutputs,
        attributedOnGold,
        foundAttributed,
        namedTotal,
        namedCorrect,
        pronounTotal,
        pronounCorrect,
        errors);
  }

  /** The output speaker's surname (last word) is one of the words of the gold name. */
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  static boolean matches(String outputSpeaker, String goldName) {
    String[] outWords = words(outputSpeaker);
    if (outWords.length == 0) {
      return false;
    }
    int last = outWords.length - 1;
    while (last > 0 && SUFFIXES.contains(outWords[last])) {
      last--; // "Brent Bozell III" is Bozell
    }
    String surname = outWords[last];
    for (String word : words(goldName)) {
      if (word.equals(surname)) {
        return true;
      }
    }
    return false;
  }

  private static String[] words(String text) {
    String cleaned =
        text.toLowerCase(Locale.ROOT)
            .replaceAll("['’]s\\b", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
  }

  private static int overlap(int b1, int e1, int b2, int e2) {
    return Math.max(0, Math.min(e1, e2) - Math.max(b1, b2));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0.0 : (double) a / b;
  }
}
