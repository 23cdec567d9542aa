package org.newsbeam.text;

/** The input format's title: an article's first non-blank line. */
public final class TitleLine {
  private TitleLine() {}

  /** Index just past the first non-blank line (before its line break), or the text's length. */
  public static int end(String text) {
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = nextLineBreak(text, lineStart);
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        return lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    return text.length();
  }

  /** The title: the first non-blank line, trimmed. */
  public static String of(String text) {
    int end = end(text);
    int start = end;
    while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
      start--;
    }
    return text.substring(start, end).strip();
  }

  private static int nextLineBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }
}
