package org.newsbeam.countries;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a place name as written ("the Kremlin", "U.S.", "Russia's", "Côte d’Ivoire", "St. Louis")
 * into the key the gazetteer is indexed by ("kremlin", "us", "russia", "cote d'ivoire", "saint
 * louis"). Case is folded here; whether the case as written fits is the resolver's question.
 */
public final class SurfaceKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("'s?$");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^the ");
  private static final Pattern SAINT = Pattern.compile("\\bst\\b");

  private SurfaceKey() {}

  public static String of(String surface) {
    if (isPlainWords(surface)) {
      // Most surfaces are plain words ("Tony Blair", "Syria"): only the case, a leading "the" and
      // "St" change. The steps below would change nothing else, and are slow for every surface.
      String s = surface.toLowerCase(Locale.ROOT);
      s = s.startsWith("the ") ? s.substring(4) : s;
      return hasWordSt(s) ? SAINT.matcher(s).replaceAll("saint") : s;
    }
    String s = surface.replace('’', '\'').replace('‘', '\'');
    if (!isAscii(s)) {
      // ASCII is its own decomposition, without marks.
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }
    s = s.toLowerCase(Locale.ROOT).strip();
    s = POSSESSIVE.matcher(s).replaceFirst("");
    // Periods go without a space ("U.S." is "us"); other punctuation separates words.
    s = s.replace(".", "");
    s = SEPARATORS.matcher(s).replaceAll(" ").strip();
    s = LEADING_ARTICLE.matcher(s).replaceFirst("");
    return s.contains("st") ? SAINT.matcher(s).replaceAll("saint") : s;
  }

  /**
   * Whether a key of plain words (as {@link #isPlainWords}, lowercased) has the word "st": there a
   * word boundary is a space or an end. Many words contain "st" ("first", "minister"), and the
   * regular expression's search for the word cost more than the rest of the key.
   */
  private static boolean hasWordSt(String s) {
    for (int i = s.indexOf("st"); i >= 0; i = s.indexOf("st", i + 1)) {
      boolean starts = i == 0 || s.charAt(i - 1) == ' ';
      boolean ends = i + 2 == s.length() || s.charAt(i + 2) == ' ';
      if (starts && ends) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** ASCII letters and digits, in words separated by single spaces. */
  private static boolean isPlainWords(String surface) {
    if (surface.isEmpty() || surface.charAt(0) == ' ' || surface.endsWith(" ")) {
      return false;
    }
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      boolean letterOrDigit =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && (c != ' ' || surface.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** Number of words in a key, for bounding longest-match search. */
  public static int words(String key) {
    return key.isEmpty() ? 0 : key.split(" ").length;
  }

  /**
   * Written in capitals throughout, like an acronym ("US", "U.S.", "USSR"): at least two letters.
   */
  public static boolean isAcronym(String surface) {
    int letters = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Starts with a capital letter, as a proper name written in running text does. */
  public static boolean isCapitalized(String surface) {
    return !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
  }
}
