package org.newsbeam;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.report.ReportFiles;

/**
 * A new copy of a stored story joins its story on a scheduled rerun, and the reports are those of a
 * full run over the same articles.
 */
public class StoriesRerunTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  private static final Path ARTICLES = Path.of("src/test/resources/articles");

  private static void run(Path input, Path output, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("--input=" + input + "/*.txt", "--output=" + output, "--overwrite=true"));
    args.addAll(List.of(more));
    NewsbeamOptions options =
        PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(NewsbeamOptions.class);
    assertEquals(0, Newsbeam.run(options));
  }

  @Test
  public void aReprintAddedLaterJoinsItsStoryAsInAFullRun() throws IOException {
    Path folder = TMP.newFolder("in").toPath();
    Path store = TMP.newFolder("annotations").toPath();
    for (String name : List.of("harbour-strike.txt", "storm-warning.txt")) {
      Files.copy(ARTICLES.resolve(name), folder.resolve(name));
    }
    Path scheduled = TMP.newFolder("scheduled").toPath();
    run(folder, scheduled, "--annotations=" + store);
    Files.copy(
        ARTICLES.resolve("harbour-strike-reprint.txt"),
        folder.resolve("harbour-strike-reprint.txt"));
    run(folder, scheduled, "--annotations=" + store);

    Path full = TMP.newFolder("full").toPath();
    run(folder, full);
    for (ReportFiles report : ReportFiles.values()) {
      assertArrayEquals(
          report.fileName,
          Files.readAllBytes(full.resolve(report.fileName)),
          Files.readAllBytes(scheduled.resolve(report.fileName)));
    }
    List<String> stories = Files.readAllLines(full.resolve(ReportFiles.STORIES.fileName));
    assertEquals(
        "harbour-strike,2,,,,Dock workers in Rotterdam end three-day strike", stories.get(1));
    assertTrue(stories.toString(), stories.get(2).startsWith("storm-warning,1,"));
  }
}
