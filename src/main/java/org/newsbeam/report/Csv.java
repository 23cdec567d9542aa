package org.newsbeam.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Formats report rows as CSV text (RFC 4180 quoting, "\n" line ends) and numbers as cells. A text
 * cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return)
 * is neutralized as OWASP recommends: a single quote is put before it, so it shows as text. Numbers
 * ("-0.5000") are left as they are: they are not formulas.
 */
public final class Csv {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private Csv() {}

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  /** The rows as CSV text, each ending with a line break. */
  public static String rows(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (List<String> row : rows) {
        List<String> safe = new ArrayList<>(row.size());
        for (String cell : row) {
          safe.add(neutralized(cell));
        }
        printer.printRecord(safe);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One row of CSV text (ending with a line break) with {@code cells} added at its end. */
  public static String withCells(String row, List<String> cells) {
    if (!row.endsWith("\n")) {
      throw new IllegalArgumentException("not one row of CSV text: " + row);
    }
    return row.substring(0, row.length() - 1) + "," + rows(List.of(cells));
  }

  /** The cell, with a leading single quote if a spreadsheet would otherwise run it. */
  static String neutralized(String cell) {
    if (cell.isEmpty()
        || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
        || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }

  /**
   * A number with four decimals, rounded half up as {@code String.format("%.4f")} rounds (from the
   * shortest decimal that reads back as the double), never "-0.0000". Through BigDecimal, because
   * the formatter is slow for a call made for every number of every row.
   */
  public static String decimal(double value) {
    if (!Double.isFinite(value)) {
      return String.format(Locale.ROOT, "%.4f", value);
    }
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * The value's decimal digits, zero-padded on the left to {@code digits}, as {@code
   * String.format("%0<digits>d")} gives them: for sort keys, built for every row, where the
   * formatter cost more than the rest of the key.
   */
  static String zeroPadded(long value, int digits) {
    if (value < 0) {
      return String.format(Locale.ROOT, "%0" + digits + "d", value);
    }
    String plain = Long.toString(value);
    return plain.length() >= digits ? plain : "0".repeat(digits - plain.length()) + plain;
  }

  /** The rows of a CSV file with a header row (a report, a gold set), each readable by column. */
  public static List<CSVRecord> records(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }
}
