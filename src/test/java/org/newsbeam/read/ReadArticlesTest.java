package org.newsbeam.read;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.model.Article;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Stage;

public class ReadArticlesTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void readsTextArticlesAndReportsFilesThatAreNotArticles() throws IOException {
    Path dir = folder.getRoot().toPath();
    Files.writeString(
        dir.resolve("good.txt"), "  \nA headline\n\nThe body.", StandardCharsets.UTF_8);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});

    PCollectionTuple read = pipeline.apply(new ReadArticles(dir + "/*.txt", 1000));

    PAssert.that(read.get(ReadArticles.ARTICLES))
        .satisfies(
            articles -> {
              List<Article> list = new ArrayList<>();
              articles.forEach(list::add);
              assertEquals(1, list.size());
              assertEquals("good", list.get(0).id);
              assertEquals("A headline", list.get(0).title);
              assertEquals("  \nA headline\n\nThe body.", list.get(0).text);
              return null;
            });
    PAssert.that(read.get(ReadArticles.FAILURES))
        .satisfies(
            failures -> {
              List<String> reasons = new ArrayList<>();
              for (Failure f : failures) {
                assertEquals(Stage.READ.label(), f.stage);
                reasons.add(f.article + ": " + f.reason);
              }
              assertEquals(reasons.toString(), 2, reasons.size());
              assertTrue(reasons.toString(), reasons.contains("empty: empty file"));
              assertTrue(
                  reasons.toString(),
                  reasons.stream().anyMatch(r -> r.startsWith("binary: binary file")));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
