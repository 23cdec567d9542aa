package org.newsbeam.speakers;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import org.junit.Test;

public class SpeakerDirectoryTest {
  @Test
  public void aSurnameJoinsTheOnlyFullNameWithIt() {
    Map<String, String> aliases =
        SpeakerDirectory.build(
            Map.of(
                "Putin", 3L,
                "Vladimir Putin", 1L,
                "Clinton", 5L,
                "Bill Clinton", 4L,
                "Hillary Clinton", 6L,
                "Merkel", 2L));
    assertEquals(Map.of("Putin", "Vladimir Putin"), aliases);
  }

  @Test
  public void aSurnameJoinsTheFullNameQuotedFourTimesInFiveAmongThoseWithIt() {
    assertEquals(
        Map.of("Trump", "Donald Trump"),
        SpeakerDirectory.build(Map.of("Trump", 9L, "Donald Trump", 80L, "Eric Trump", 20L)));
    assertEquals(
        Map.of(),
        SpeakerDirectory.build(Map.of("Trump", 9L, "Donald Trump", 79L, "Eric Trump", 21L)));
  }

  @Test
  public void aMiddleNameOrInitialIsThePlainNameWhereOnlyOneSuchFormIsSeen() {
    assertEquals(
        Map.of("Harry M. Reid", "Harry Reid", "Reid", "Harry Reid"),
        SpeakerDirectory.build(Map.of("Harry M. Reid", 2L, "Harry Reid", 1L, "Reid", 1L)));
    // Two middle forms may be two people: father and son.
    assertEquals(
        Map.of(),
        SpeakerDirectory.build(
            Map.of("George W. Bush", 5L, "George H. W. Bush", 5L, "George Bush", 3L)));
  }
}
