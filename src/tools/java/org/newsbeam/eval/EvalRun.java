package org.newsbeam.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsbeam.Newsbeam;
import org.newsbeam.NewsbeamOptions;
import org.newsbeam.run.OwnJvm;

/**
 * Runs the real newsbeam pipeline over a chosen set of articles for an evaluation: the articles are
 * linked into a temporary folder, the reports written to another, and CoreNLP's annotations kept in
 * {@code annotations} so that a rerun only re-does the cheap stages.
 */
final class EvalRun {
  private EvalRun() {}

  /**
   * Runs newsbeam over {@code ids} (file names without .txt) of {@code articles}; returns the
   * report folder.
   */
  static Path run(Path articles, Collection<String> ids, String annotations, String... extraArgs)
      throws IOException {
    Path input = Files.createTempDirectory("newsbeam-eval-input");
    for (String id : ids) {
      Path article = articles.resolve(id + ".txt").toAbsolutePath();
      if (!Files.exists(article)) {
        throw new IOException("missing article " + article);
      }
      Files.createSymbolicLink(input.resolve(id + ".txt"), article);
    }
    Path output = Files.createTempDirectory("newsbeam-eval-output");
    String[] args =
        Stream.concat(
                Stream.of(
                    "--input=" + input + "/*.txt",
                    "--output=" + output,
                    "--annotations=" + annotations),
                Stream.of(extraArgs))
            .toArray(String[]::new);
    String[] withDefaults = Newsbeam.withRunDefaults(args);
    int status;
    if (List.of(withDefaults).contains("--runner=FlinkRunner") && OwnJvm.isNeeded(EvalRun.class)) {
      // Under mvn exec:java embedded Flink cannot find the job's classes: run where it can.
      try {
        status = OwnJvm.run(Newsbeam.class, args);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    } else {
      NewsbeamOptions options =
          PipelineOptionsFactory.fromArgs(withDefaults).as(NewsbeamOptions.class);
      status = Newsbeam.run(options);
    }
    deleteTree(input);
    if (status != 0) {
      throw new IOException("newsbeam exited with status " + status);
    }
    return output;
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
