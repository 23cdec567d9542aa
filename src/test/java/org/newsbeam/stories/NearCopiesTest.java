package org.newsbeam.stories;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.Test;

/** Near-copy detection on hand-written articles (no third-party text). */
public class NearCopiesTest {
  private static final String STORY =
      "Harbour town votes to rebuild its old pier\n\n"
          + "Councillors in the harbour town of Eastwick voted on Tuesday to rebuild the old wooden"
          + " pier, which was closed after a storm damaged its supports two winters ago.\n\n"
          + "The plan will cost 4.2 million pounds and take about eighteen months, the council's"
          + " planning officer told the meeting, adding that local firms would be asked to bid.\n\n"
          + "Fishermen who tie up along the pier welcomed the decision but asked for a temporary"
          + " landing stage while the work goes on, saying the winter catch could not wait.\n\n"
          + "A group of residents had campaigned for the pier to be demolished and the money spent"
          + " on the town's library instead, and said they would ask for the vote to be reviewed.\n\n"
          + "The pier first opened in 1897 and was for decades the busiest landing place on the"
          + " coast, with a tea room, a bandstand and a ferry to the islands in summer.\n";

  /**
   * The same story as a wire copy: new headline, byline, dateline, an intro, last paragraph cut.
   */
  private static final String COPY =
      "UPDATE 1-Eastwick council backs pier rebuild\n\n"
          + "By Staff Writer\n\n"
          + "Readers on the coast have followed the pier debate closely.\n\n"
          + "EASTWICK (Wire) - Councillors in the harbour town of Eastwick voted on Tuesday to"
          + " rebuild the old wooden pier, which was closed after a storm damaged its supports two"
          + " winters ago. The plan will cost 4.5 million pounds and take about eighteen months,"
          + " the council's planning officer told the meeting, adding that local firms would be"
          + " asked to bid.\n\n"
          + "Fishermen who tie up along the pier welcomed the decision but asked for a temporary"
          + " landing stage while the work goes on, saying the winter catch could not wait.\n\n"
          + "A group of residents had campaigned for the pier to be demolished and the money spent"
          + " on the town's library instead, and said they would ask for the vote to be reviewed.\n";

  /** Another story about the same town, people and pier. */
  private static final String OTHER =
      "Eastwick pier reopens after rebuild\n\n"
          + "The rebuilt pier in the harbour town of Eastwick opened on Saturday, eighteen months"
          + " after councillors voted for the work, with a brass band and a queue of fishermen.\n\n"
          + "The council's planning officer said the project came in under its budget, and that the"
          + " library campaigners had been offered a room in the new pier building.\n\n"
          + "Residents who had wanted the pier demolished stayed away, saying the town still had no"
          + " proper library and that the tea room was too expensive for most families.\n";

  private final NearCopies detection = NearCopies.DEFAULT;

  @Test
  public void aWireCopyOfAStoryIsTheSameStory() {
    StorySignature a = detection.signature(STORY);
    StorySignature b = detection.signature(COPY);
    assertTrue(detection.similarity(a, b) + "", detection.sameStory(a, b));
    assertFalse(Collections.disjoint(detection.bandKeys(a), detection.bandKeys(b)));
  }

  @Test
  public void anotherStoryAboutTheSamePeopleIsNot() {
    StorySignature a = detection.signature(STORY);
    StorySignature b = detection.signature(OTHER);
    assertTrue(detection.similarity(a, b) + "", detection.similarity(a, b) < 0.2);
    assertFalse(detection.sameStory(a, b));
  }

  @Test
  public void theSignatureEstimatesTheExactContainment() {
    double exact = Shingles.containment(detection.shingles(STORY), detection.shingles(COPY));
    double estimate = detection.signature(STORY).containment(detection.signature(COPY));
    assertEquals(exact, estimate, 0.15);
  }

  @Test
  public void aRewrittenHeadlineAloneChangesNothing() {
    String retitled = "Pier to be rebuilt, council says" + STORY.substring(STORY.indexOf('\n'));
    assertEquals(detection.signature(STORY), detection.signature(retitled));
  }

  @Test
  public void aTextWithoutWordsHasNoBandKeysAndIsNoOnesCopy() {
    StorySignature empty = detection.signature("Headline only");
    assertTrue(empty.isEmpty());
    assertEquals(List.of(), detection.bandKeys(empty));
    assertFalse(detection.sameStory(empty, detection.signature("Headline only")));
    assertEquals(detection.bands().bands(), detection.bandKeys(detection.signature(STORY)).size());
  }

  @Test
  public void componentsJoinCopiesOfCopies() {
    UnionFind stories = new UnionFind(5);
    stories.union(3, 1);
    stories.union(1, 4);
    assertEquals(List.of(List.of(0), List.of(1, 3, 4), List.of(2)), stories.components());
    assertEquals(1, stories.find(4));
  }
}
