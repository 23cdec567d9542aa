package org.newsbeam.report;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class CsvTest {
  @Test
  public void quotesCellsWithCommasQuotesAndLineBreaks() {
    assertEquals(
        "a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\n",
        Csv.rows(List.of(List.of("a", "b, c", "say \"hi\"", "two\nlines"))));
  }

  @Test
  public void cellsASpreadsheetWouldRunAreNeutralizedButNumbersAreNot() {
    String[][] cases = {
      {"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
      {"+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
      {"-2+3", "'-2+3"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"\tx", "'\tx"},
      {"\rx", "'\rx"},
      {"-0.5000", "-0.5000"},
      {"-12", "-12"},
      {"plain text", "plain text"},
      {"", ""},
    };
    for (String[] c : cases) {
      assertEquals(c[0], c[1], Csv.neutralized(c[0]));
    }
  }

  @Test
  public void decimalsHaveFourPlacesAndNoNegativeZero() {
    assertEquals("0.1235", Csv.decimal(0.12345));
    assertEquals("-1.0000", Csv.decimal(-1));
    assertEquals("0.0000", Csv.decimal(-0.00001));
  }

  @Test
  public void decimalsRoundAsTheFormatterDoes() {
    // Reports once went through String.format("%.4f"): the digits must not change.
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 200_000; i++) {
      double value =
          i % 2 == 0
              ? random.nextDouble() * 2 - 1
              : Math.round((random.nextDouble() * 2 - 1) * 100_000) / 100_000.0;
      String formatted = String.format(java.util.Locale.ROOT, "%.4f", value);
      String expected = formatted.equals("-0.0000") ? "0.0000" : formatted;
      assertEquals(Double.toString(value), expected, Csv.decimal(value));
    }
    assertEquals("NaN", Csv.decimal(Double.NaN));
  }

  @Test
  public void zeroPaddedKeysAreWhatTheFormatterGave() {
    for (long value : new long[] {0, 7, 12_345_678, 123_456_789, 999_999_999_999L, -3}) {
      assertEquals(String.format("%08d", value), Csv.zeroPadded(value, 8));
      assertEquals(String.format("%012d", value), Csv.zeroPadded(value, 12));
    }
  }
}
