package org.newsbeam.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The periods of the reports over time ({@code --period}): a publication day becomes "2016-03-14"
 * (day), "2016-W11" (ISO week, of its week-based year), "2016-03" (month), "2016-Q1" (quarter) or
 * "2016" (year). An undated article has the empty period.
 */
public enum Period {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  /** The period of {@code --period=name}. */
  public static Period named(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--period must be day, week, month, quarter or year, not '" + name + "'");
    }
  }

  /** The period holding the day "YYYY-MM-DD"; empty for an empty day. */
  public String of(String day) {
    if (day == null || day.isEmpty()) {
      return "";
    }
    LocalDate d = LocalDate.parse(day);
    return switch (this) {
      case DAY -> day;
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              d.get(IsoFields.WEEK_BASED_YEAR),
              d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> day.substring(0, 7);
      case QUARTER -> d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR -> Integer.toString(d.getYear());
    };
  }
}
