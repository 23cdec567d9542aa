package org.newsbeam.text;

import java.util.List;
import java.util.function.ToIntFunction;
import org.newsbeam.model.Token;

/**
 * Which tokens a span of character offsets covers: the one place where offsets into an article
 * become token ranges {@code [first, end)} of a sentence.
 */
public final class TokenSpans {
  private TokenSpans() {}

  /** The index of the first item ending after {@code offset}, or the number of items if none. */
  public static <T> int firstEndingAfter(List<T> items, ToIntFunction<T> end, int offset) {
    for (int i = 0; i < items.size(); i++) {
      if (end.applyAsInt(items.get(i)) > offset) {
        return i;
      }
    }
    return items.size();
  }

  /**
   * The tokens overlapping {@code [begin, end)}, at least one: a span past the sentence's end gets
   * its last token.
   */
  public static int[] overlapping(List<Token> tokens, int begin, int end) {
    int first = firstEndingAfter(tokens, t -> t.end, begin);
    if (first == tokens.size()) {
      first = Math.max(0, tokens.size() - 1);
    }
    int last = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin < end) {
        last = i + 1;
      }
    }
    return new int[] {first, Math.max(first + 1, last)};
  }

  /**
   * The tokens lying inside {@code [begin, end)}, without the punctuation (quotation marks, commas)
   * at its edges; empty ({@code first == end}) if none.
   */
  public static int[] wordsWithin(List<Token> tokens, int begin, int end) {
    int first = 0;
    while (first < tokens.size()
        && (tokens.get(first).begin < begin || isPunctuation(tokens.get(first)))) {
      first++;
    }
    int last = tokens.size();
    while (last > first
        && (tokens.get(last - 1).end > end || isPunctuation(tokens.get(last - 1)))) {
      last--;
    }
    return new int[] {first, last};
  }

  /** A token without a letter or a digit. */
  public static boolean isPunctuation(Token token) {
    for (int i = 0; i < token.word.length(); i++) {
      if (Character.isLetterOrDigit(token.word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
