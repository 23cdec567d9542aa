package org.newsbeam.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Formats report rows as CSV text (RFC 4180 quoting, "\n" line ends) and numbers as cells. */
public final class Csv {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private Csv() {}

  /** The rows as CSV text, each ending with a line break. */
  public static String rows(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A number with four decimals, never "-0.0000". */
  public static String decimal(double value) {
    String text = String.format(Locale.ROOT, "%.4f", value);
    return text.equals("-0.0000") ? "0.0000" : text;
  }
}
