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
  public void decimalsHaveFourPlacesAndNoNegativeZero() {
    assertEquals("0.1235", Csv.decimal(0.12345));
    assertEquals("-1.0000", Csv.decimal(-1));
    assertEquals("0.0000", Csv.decimal(-0.00001));
  }
}
