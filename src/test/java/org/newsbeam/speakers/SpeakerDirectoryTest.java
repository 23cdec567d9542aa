package org.newsbeam.speakers;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class SpeakerDirectoryTest {
  @Test
  public void aSurnameJoinsTheOnlyFullNameWithIt() {
    Map<String, String> aliases =
        SpeakerDirectory.build(
            List.of(
                "Putin", "Vladimir Putin", "Clinton", "Bill Clinton", "Hillary Clinton", "Merkel"));
    assertEquals(Map.of("Putin", "Vladimir Putin"), aliases);
  }
}
