package org.newsbeam.read;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a CSV stream (RFC 4180: fields separated by commas, quoted with double quotes, a
 * quote inside doubled, line breaks inside quotes kept), one at a time, each at most a given number
 * of characters: a longer row (or one whose quote never closes) is reported as too long and reading
 * goes on at the next line, so one bad row costs no more memory than a good one.
 */
final class BoundedCsv {
  /** One row: the line it starts on, its fields, or {@code tooLong} with none. */
  record Row(long line, List<String> fields, boolean tooLong) {}

  private final Reader in;
  private final int maxChars;
  private long line = 1;
  private int pushedBack = -2;

  BoundedCsv(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }

  /** The line the next row starts on. */
  long line() {
    return line;
  }

  /** The next row, or null at the end of the stream. */
  Row next() throws IOException {
    long start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int chars = 0;
    boolean quoted = false;
    boolean any = false;
    int c;
    while ((c = read()) >= 0) {
      any = true;
      if (++chars > maxChars) {
        skipToLineEnd(c);
        return new Row(start, List.of(), true);
      }
      if (quoted) {
        if (c == '"') {
          int next = read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            pushedBack = next;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        line++;
        fields.add(stripCr(field));
        return new Row(start, fields, false);
      } else {
        field.append((char) c);
      }
    }
    if (!any) {
      return null;
    }
    fields.add(stripCr(field));
    return new Row(start, fields, false);
  }

  private void skipToLineEnd(int c) throws IOException {
    while (c >= 0 && c != '\n') {
      c = read();
    }
    if (c == '\n') {
      line++;
    }
  }

  private static String stripCr(StringBuilder field) {
    int n = field.length();
    return n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString();
  }
}
