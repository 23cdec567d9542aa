package org.newsbeam.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a stream of UTF-8 bytes, one at a time, each at most a given number of bytes: a
 * longer line is skipped to its end and reported as too long, so one bad line costs no more memory
 * than a good one. Counts lines from a given first number and the bytes read.
 */
final class BoundedLines {
  /** One line: its number and text, or {@code tooLong} with no text. */
  record Line(long number, String text, boolean tooLong) {}

  private final InputStream in;
  private final int maxBytes;
  private long number;
  private long position;

  BoundedLines(InputStream in, int maxBytes, long firstNumber, long startPosition) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.number = firstNumber - 1;
    this.position = startPosition;
  }

  /** The number of the last line returned (one before the first, before any). */
  long lastLine() {
    return number;
  }

  /** Bytes read so far, from the start position given. */
  long position() {
    return position;
  }

  /** The next line (without its line break; a trailing CR dropped), or null at the end. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    int b;
    boolean any = false;
    while ((b = in.read()) >= 0) {
      position++;
      any = true;
      if (b == '\n') {
        break;
      }
      if (line.size() < maxBytes) {
        line.write(b);
      } else {
        tooLong = true;
      }
    }
    if (!any) {
      return null;
    }
    number++;
    if (tooLong) {
      return new Line(number, null, true);
    }
    String text = line.toString(StandardCharsets.UTF_8);
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    return new Line(number, text, false);
  }
}
