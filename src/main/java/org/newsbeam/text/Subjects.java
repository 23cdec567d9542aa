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
    for (int t = 0; t < first; t++) {
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
