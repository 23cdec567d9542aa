package org.newsbeam.sentiment;

import java.util.Locale;

/** How the sentiment models write their weights: TSV rows of six significant digits. */
final class ModelFiles {
  private ModelFiles() {}

  /** Appends a row: its name (one or more cells), then the values. */
  static void appendRow(StringBuilder out, String name, double[] values) {
    out.append(name);
    for (double v : values) {
      out.append('\t').append(String.format(Locale.ROOT, "%.6g", v));
    }
    out.append('\n');
  }
}
