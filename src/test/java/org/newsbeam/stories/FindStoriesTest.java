package org.newsbeam.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.newsbeam.model.Article;
import org.newsbeam.stories.FindStories.Story;
import org.newsbeam.stories.FindStories.StoryOf;

public class FindStoriesTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  /** A body of made-up words, different for each seed. */
  private static List<String> paragraphs(long seed) {
    Random random = new Random(seed);
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 6; p++) {
      StringBuilder paragraph = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        paragraph.append(w == 0 ? "" : " ");
        for (int c = 0; c < 3 + random.nextInt(6); c++) {
          paragraph.append((char) ('a' + random.nextInt(26)));
        }
      }
      paragraphs.add(paragraph + ".");
    }
    return paragraphs;
  }

  private static Article article(
      String id, String title, List<String> paragraphs, String published, String outlet) {
    String text = title + "\n\n" + String.join("\n\n", paragraphs);
    return new Article(id, id + ".json", title, text, "UTF-8", published, outlet, "");
  }

  @Test
  public void nearCopiesAndTheirUpdatesAreOneStoryAndOtherArticlesStoriesOfTheirOwn() {
    List<String> wire = paragraphs(1);
    List<String> reprint = new ArrayList<>(wire);
    reprint.add(0, "LONDON (Wire) - a local opening paragraph added by the outlet.");
    reprint.remove(reprint.size() - 1); // trimmed at the end
    List<String> update = new ArrayList<>(reprint);
    update.set(2, update.get(2).replace(".", " and one more clause at the end."));
    List<Article> articles =
        List.of(
            article("w1", "The wire story", wire, "2016-03-02", "wire.com"),
            article("r1", "A new headline", reprint, "2016-03-01", "outlet.com"),
            article("u1", "Updated", update, "2016-03-03", "other.com"),
            article("x1", "Another story", paragraphs(2), "2016-03-01", "wire.com"));

    PCollectionTuple stories =
        pipeline.apply(Create.of(articles)).apply(new FindStories(NearCopies.DEFAULT));

    PAssert.that(stories.get(FindStories.MEMBERSHIP))
        .containsInAnyOrder(
            KV.of("r1", new StoryOf("r1", 3)),
            KV.of("u1", new StoryOf("r1", 3)),
            KV.of("w1", new StoryOf("r1", 3)),
            KV.of("x1", new StoryOf("x1", 1)));
    PAssert.that(stories.get(FindStories.STORIES))
        .containsInAnyOrder(
            new Story(
                "r1",
                3,
                new TreeSet<>(List.of("other.com", "outlet.com", "wire.com")),
                "2016-03-01",
                "2016-03-03",
                "2016-03-01\tr1",
                "A new headline"),
            new Story(
                "x1",
                1,
                new TreeSet<>(List.of("wire.com")),
                "2016-03-01",
                "2016-03-01",
                "2016-03-01\tx1",
                "Another story"));
    pipeline.run().waitUntilFinish();
  }
}
