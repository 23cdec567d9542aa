package org.newsbeam.text;

import java.util.List;
import java.util.function.IntPredicate;
import org.newsbeam.model.Token;

/** Whether a word stands as its sentence's subject, read from part-of-speech tags alone. */
public final class Subjects {
  private Subjects() {}

  /**
   * No verb before token {@code first} of the sentence, leaving out the tokens {@code quoted} says
   * lie in a quotation: what is named there is what the sentence is about.
   */
  public static boolean isSubject(List<Token> tokens, int first, IntPredicate quoted) {
    return noVerbBetween(tokens, 0, first, quoted);
  }

  /**
   * As {@link #isSubject}, but past an opening phrase up to its comma, led by a participle,
   * preposition or "when" ("Speaking to reporters, Josh Earnest argued", "During an interview with
   * Sean Hannity, Donald Trump discussed"): what it names is not the clause's subject.
   */
  public static boolean isClauseSubject(List<Token> tokens, int first, IntPredicate quoted) {
    if (tokens.isEmpty()) {
      return true;
    }
    String opening = tokens.get(0).pos;
    if (opening.equals("VBG")
        || opening.equals("VBN")
        || opening.equals("IN")
        || opening.equals("WRB")) {
      int comma = -1;
      for (int t = 1; t < tokens.size() && comma < 0; t++) {
        if (tokens.get(t).word.equals(",")) {
          comma = t;
        }
      }
      if (comma >= 0) {
        return first > comma && noVerbBetween(tokens, comma + 1, first, quoted);
      }
    }
    return noVerbBetween(tokens, 0, first, quoted);
  }

  private static boolean noVerbBetween(
      List<Token> tokens, int from, int first, IntPredicate quoted) {
    for (int t = from; t < first; t++) {
      if (!quoted.test(t) && tokens.get(t).pos.startsWith("VB")) {
        return false;
      }
    }
    return true;
  }

  /**
   * For each token, whether it lies between CoreNLP's opening and closing quotation marks ({@code
   * ``} and {@code ''}); the marks themselves count as quoted.
   */
  public static boolean[] betweenQuoteMarks(List<Token> tokens) {
    boolean[] quoted = new boolean[tokens.size()];
    boolean inQuote = false;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word;
      if (w.equals("``") || w.equals("''")) {
        inQuote = !inQuote;
        quoted[i] = true;
      } else {
        quoted[i] = inQuote;
      }
    }
    return quoted;
  }
}
