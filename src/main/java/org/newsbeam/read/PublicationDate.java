package org.newsbeam.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A record's publication date as a UTC day: ISO 8601 with or without a time and a zone
 * ("2016-03-14", "2016-03-14T09:30:00Z", "2016-03-14T09:30:00+02:00"), news-please's "2016-03-14
 * 09:30:00", and RFC 1123 as RSS writes it ("Mon, 14 Mar 2016 09:30:00 GMT"). A time without a zone
 * is taken as UTC. A value that is none of these, or a day before 1900 or after the run's day,
 * gives no date: the article is reported undated.
 */
public final class PublicationDate {
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** Date and time without a zone, with a 'T' or a space between them, seconds optional. */
  private static final DateTimeFormatter LOCAL_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private static final List<DateTimeFormatter> ZONED =
      List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME);

  private PublicationDate() {}

  /**
   * The UTC day of {@code value}, if it is a date newsbeam reads and lies in 1900..{@code today}.
   */
  public static Optional<LocalDate> parse(String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    return day(v).filter(d -> !d.isBefore(EARLIEST) && !d.isAfter(today));
  }

  private static Optional<LocalDate> day(String v) {
    for (DateTimeFormatter zoned : ZONED) {
      try {
        return Optional.of(
            ZonedDateTime.parse(v, zoned).withZoneSameInstant(ZoneOffset.UTC).toLocalDate());
      } catch (DateTimeException notThisOne) {
        // next form
      }
    }
    if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
      try {
        return Optional.of(
            OffsetDateTime.parse(
                    v.replaceFirst(" ", "T").replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2"))
                .withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDate());
      } catch (DateTimeException notThisOne) {
        // next form
      }
    }
    try {
      return Optional.of(LocalDateTime.parse(v, LOCAL_DATE_TIME).toLocalDate());
    } catch (DateTimeException notThisOne) {
      // next form
    }
    try {
      return Optional.of(LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE));
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }
}
