package org.newsbeam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsbeam.Newsbeam;
import org.newsbeam.eval.CommandLine;
import org.newsbeam.eval.EvaluateStories;
import org.newsbeam.model.Article;
import org.newsbeam.stories.NearCopies;

/**
 * What finding stories costs, and how it grows: the pipeline's own steps ({@code FindStories}) over
 * N articles and over 4N, taking turns in one warm JVM (on {@code --runner}, by default embedded
 * Flink as a run uses it), and over the BBC set alone (to set beside a full run's time). The
 * articles are real texts of several corpora, shuffled with a fixed seed so that both sizes have
 * the same mix.
 *
 * <pre>
 * scripts/newsbeam --build && mvn -q test-compile
 * java -Xmx6g -cp target/test-classes:target/classes:$(cat target/classpath.txt) \
 *     org.newsbeam.bench.StoriesCost --articles=1100 --repeats=3
 * </pre>
 *
 * <p>Plain java: under mvn exec:java embedded Flink cannot find the job's classes.
 */
public final class StoriesCost {
  private StoriesCost() {}

  public static void main(String[] args) throws IOException {
    String corpora =
        CommandLine.option(
            args,
            "corpora",
            "../shared/corpora/bbc,../shared/eval/countries/articles,../shared/eval/quotes/articles");
    int n = CommandLine.intOption(args, "articles", 1100);
    int repeats = CommandLine.intOption(args, "repeats", 3);
    String runner = CommandLine.option(args, "runner", "FlinkRunner");
    PipelineOptions options =
        PipelineOptionsFactory.fromArgs(
                Newsbeam.withRunDefaults(new String[] {"--runner=" + runner}))
            .withoutStrictParsing()
            .create();
    List<Article> all = new ArrayList<>();
    List<Article> bbc = new ArrayList<>();
    for (String folder : corpora.split(",")) {
      Path path = Path.of(folder);
      CommandLine.requireData("StoriesCost", "corpus", path);
      List<Path> files;
      try (Stream<Path> list = Files.list(path)) {
        files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      for (Path file : files) {
        String id = path.getFileName() + "/" + file.getFileName();
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Article article = new Article(id, id, "", text);
        all.add(article);
        if (folder.endsWith("corpora/bbc")) {
          bbc.add(article);
        }
      }
    }
    if (all.size() < 4 * n) {
      throw new IllegalArgumentException(
          "4 x " + n + " articles asked for, " + all.size() + " in " + corpora);
    }
    Collections.shuffle(all, new Random(20261207L));
    List<Article> small = all.subList(0, n);
    List<Article> large = all.subList(0, 4 * n);
    System.out.printf(
        Locale.ROOT,
        "FindStories (%s), %s, one JVM: %d and %d articles (%.1f and %.1f MB of text)%n",
        NearCopies.DEFAULT,
        runner,
        small.size(),
        large.size(),
        megabytes(small),
        megabytes(large));
    time(all.subList(0, 200), options); // warm-up: class loading and the JIT compiler, not counted
    double[] ratios = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      boolean smallFirst = r % 2 == 0; // the order alternates, so a drift favours neither
      double a = smallFirst ? time(small, options) : time(large, options);
      double b = smallFirst ? time(large, options) : time(small, options);
      double s = smallFirst ? a : b;
      double l = smallFirst ? b : a;
      ratios[r] = l / s;
      System.out.printf(
          Locale.ROOT,
          "pair %d: %d articles %.2f s, %d articles %.2f s: %.2f x%n",
          r + 1,
          n,
          s,
          4 * n,
          l,
          ratios[r]);
    }
    Arrays.sort(ratios);
    System.out.printf(
        Locale.ROOT, "median: 4 x the articles took %.2f x the time%n", ratios[repeats / 2]);
    if (!bbc.isEmpty()) {
      System.out.printf(
          Locale.ROOT, "the BBC set alone (%d articles): %.2f s%n", bbc.size(), time(bbc, options));
    }
  }

  /** Seconds to find the stories of {@code articles}. */
  private static double time(List<Article> articles, PipelineOptions options) {
    long start = System.nanoTime();
    EvaluateStories.findStories(articles, options);
    return (System.nanoTime() - start) / 1e9;
  }

  private static double megabytes(List<Article> articles) {
    return articles.stream().mapToLong(a -> a.text.length()).sum() / 1e6;
  }
}
