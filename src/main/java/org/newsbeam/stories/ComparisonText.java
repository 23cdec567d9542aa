package org.newsbeam.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsbeam.text.TitleLine;

/**
 * The words two articles are compared on: an article's text (title line, then the body) in, its
 * words out, lowercased; a word is a run of letters and digits (an apostrophe inside a word is
 * dropped: "BA's" is "bas"). Punctuation, line breaks and paragraphing are gone, so a re-wrapped
 * copy has the same words.
 */
public final class ComparisonText {
  private ComparisonText() {}

  /**
   * The words of {@code text}.
   *
   * @param withTitle keep the title line's words (copies often rewrite the headline)
   * @param withNumbers keep words that are all digits (copies often correct a figure)
   */
  public static List<String> words(String text, boolean withTitle, boolean withNumbers) {
    int from = withTitle ? 0 : TitleLine.end(text);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean digitsOnly = true;
    for (int i = from; i <= text.length(); i++) {
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.appendCodePoint(c);
        digitsOnly &= Character.isDigit(c);
      } else if (isInnerApostrophe(text, i, c, word)) {
        continue;
      } else if (word.length() > 0) {
        if (withNumbers || !digitsOnly) {
          words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        word.setLength(0);
        digitsOnly = true;
      }
      if (Character.isSupplementaryCodePoint(c)) {
        i++;
      }
    }
    return words;
  }

  private static boolean isInnerApostrophe(String text, int i, int c, StringBuilder word) {
    return (c == '\'' || c == '\u2019')
        && word.length() > 0
        && i + 1 < text.length()
        && Character.isLetter(text.codePointAt(i + 1));
  }
}
