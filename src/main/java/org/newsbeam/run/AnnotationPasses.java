package org.newsbeam.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.newsbeam.Newsbeam;
import org.newsbeam.NewsbeamOptions;
import org.newsbeam.progress.Progress;

/**
 * Annotation in passes, so that a run's memory does not grow with the folder it reads.
 *
 * <p>Why: the DirectRunner runs each step over all of its input before the next one gets far (its
 * workers take bundles first come, first served, and a grouping waits for all of its input), and
 * keeps what a step gives the next in memory. A run therefore holds the annotations of every
 * article until the join of the two annotation branches: about 0.3 MB per article, beside the
 * models' 1.3 GB. A folder of more than {@code --articlesPerPass} files is annotated in passes of
 * that many files (in order of their names), one pipeline each, each keeping its articles'
 * annotations and reports in the annotation store; the run's last pipeline reads the whole folder,
 * finds the articles there and writes the reports. Flink and Spark keep their groupings on disk
 * when memory runs short, and run in one pass.
 */
public final class AnnotationPasses implements AutoCloseable {
  private final NewsbeamOptions options;
  private final List<List<MatchResult.Metadata>> passes;

  /** The store made for this run when the user gave none; deleted at the end of the run. */
  private final Path temporaryStore;

  private AnnotationPasses(
      NewsbeamOptions options, List<List<MatchResult.Metadata>> passes, Path temporaryStore) {
    this.options = options;
    this.passes = passes;
    this.temporaryStore = temporaryStore;
  }

  /**
   * The passes this run needs before its last one, over the matched files: none unless on the
   * DirectRunner with more files than {@code --articlesPerPass}. When there are passes and no
   * {@code --annotations} store, sets one up in a temporary directory.
   */
  public static AnnotationPasses plan(NewsbeamOptions options, List<MatchResult.Metadata> files)
      throws IOException {
    int perPass = options.getArticlesPerPass();
    if (perPass == 0 || files.size() <= perPass || !Newsbeam.onDirectRunner(options)) {
      return new AnnotationPasses(options, List.of(), null);
    }
    List<List<MatchResult.Metadata>> passes = new ArrayList<>();
    for (int from = 0; from < files.size(); from += perPass) {
      passes.add(files.subList(from, Math.min(files.size(), from + perPass)));
    }
    Path temporaryStore = null;
    if (options.getAnnotations().isEmpty()) {
      temporaryStore = Files.createTempDirectory("newsbeam-annotations");
      options.setAnnotations(temporaryStore.toString());
    }
    return new AnnotationPasses(options, passes, temporaryStore);
  }

  /** Runs the passes one after another; returns each one's metrics. */
  public List<MetricQueryResults> run() {
    List<MetricQueryResults> metrics = new ArrayList<>();
    for (int i = 0; i < passes.size(); i++) {
      List<MatchResult.Metadata> files = passes.get(i);
      System.err.printf(
          Locale.ROOT,
          "newsbeam: annotation pass %d of %d: %d %s, into %s%n",
          i + 1,
          passes.size(),
          files.size(),
          files.size() == 1 ? "file" : "files",
          temporaryStore == null ? options.getAnnotations() : "a temporary annotation store");
      Progress.nextPass(files.size());
      Pipeline pipeline = Pipeline.create(options);
      Newsbeam.buildAnnotationPass(pipeline, options, files);
      PipelineResult result = pipeline.run();
      result.waitUntilFinish();
      metrics.add(result.metrics().allMetrics());
    }
    return metrics;
  }

  /** Deletes the temporary store, if this run made one. */
  @Override
  public void close() {
    if (temporaryStore == null) {
      return;
    }
    options.setAnnotations("");
    try (Stream<Path> entries = Files.walk(temporaryStore)) {
      for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(entry);
      }
    } catch (IOException | UncheckedIOException e) {
      System.err.println(
          "newsbeam: could not delete the temporary annotation store " + temporaryStore + ": " + e);
    }
  }
}
