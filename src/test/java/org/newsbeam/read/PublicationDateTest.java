package org.newsbeam.read;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;

public class PublicationDateTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  private static String day(String value) {
    return PublicationDate.parse(value, TODAY).map(LocalDate::toString).orElse("none");
  }

  @Test
  public void readsTheFormsNewsExportsWrite() {
    assertEquals("2016-03-14", day("2016-03-14"));
    assertEquals("2016-03-14", day("2016-03-14 09:30:00")); // news-please
    assertEquals("2016-03-14", day("2016-03-14T09:30:00"));
    assertEquals("2016-03-14", day("2016-03-14T09:30"));
    assertEquals("2016-03-14", day("2016-03-14T09:30:00.123Z"));
    assertEquals("2016-03-14", day("Mon, 14 Mar 2016 09:30:00 GMT")); // RSS
    assertEquals("2016-03-14", day("  2016-03-14  "));
  }

  @Test
  public void aTimeWithAZoneIsTakenToItsUtcDay() {
    assertEquals("2016-03-13", day("2016-03-14T01:30:00+02:00"));
    assertEquals("2016-03-15", day("2016-03-14T22:30:00-05:00"));
    assertEquals("2016-03-13", day("2016-03-14 01:30:00+0200"));
    assertEquals("2016-03-13", day("Mon, 14 Mar 2016 01:30:00 +0200"));
  }

  @Test
  public void unreadableMissingAndImplausibleDatesLeaveTheArticleUndated() {
    assertEquals("none", day(null));
    assertEquals("none", day(""));
    assertEquals("none", day("last Tuesday"));
    assertEquals("none", day("2016-13-45"));
    assertEquals("none", day("1899-12-31")); // before 1900
    assertEquals("none", day("2027-01-01")); // after the run's day
    assertEquals(Optional.of(TODAY), PublicationDate.parse("2026-12-07", TODAY));
  }
}
