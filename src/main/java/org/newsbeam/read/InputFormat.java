package org.newsbeam.read;

import java.util.Locale;

/**
 * How a file is read, from its name: JSON Lines ({@code .jsonl}, {@code .ndjson}), one JSON object
 * ({@code .json}), CSV with a header row ({@code .csv}), or else a text file with the title on its
 * first line. A {@code .gz} after any of these is read through gzip.
 */
public enum InputFormat {
  TEXT,
  JSON,
  JSON_LINES,
  CSV;

  /** The format of a file of this name (a trailing {@code .gz} left out). */
  public static InputFormat of(String fileName) {
    String name = withoutGzip(fileName.toLowerCase(Locale.ROOT));
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    return TEXT;
  }

  /** Whether a file of this name is read through gzip. */
  public static boolean isGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** Whether the format holds one article per record (a line, a row) rather than per file. */
  public boolean hasRecords() {
    return this == JSON_LINES || this == CSV;
  }

  private static String withoutGzip(String name) {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }
}
