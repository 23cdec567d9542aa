package org.newsbeam.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsbeam.Newsbeam;
import org.newsbeam.NewsbeamOptions;
import org.newsbeam.eval.CommandLine;
import org.newsbeam.run.InputCheck;
import org.newsbeam.run.OwnJvm;

/**
 * The graph at archive scale: newsbeam's real graph, CoreNLP's annotation replaced by a stand-in of
 * the same shapes ({@link StandInAnnotation}), over N articles made from BBC articles (each a
 * distinct story, but every tenth a reprint of the one before), as one JSON Lines file with dates
 * and outlets, on the engine newsbeam runs on by default (embedded Flink). For each N, in a JVM of
 * its own: the wall time, the time per 1,000 articles, the live heap (a class histogram after a
 * full collection every 10 s: the median and the largest sample), the bytes per article of the
 * parts the per-article join carries, and the stories of several articles found.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.newsbeam.bench.ScaleSimulation -Dexec.args="--articles=10000,100000"
 * </pre>
 */
public final class ScaleSimulation {
  private static final List<String> OUTLETS =
      List.of(
          "bbc.co.uk",
          "nytimes.com",
          "washingtonpost.com",
          "theguardian.com",
          "reuters.com",
          "apnews.com",
          "politico.com");

  private ScaleSimulation() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(CommandLine.option(args, "corpus", "../shared/corpora/bbc"));
    Path work = Path.of(CommandLine.option(args, "work", "target/scale"));
    String heap = CommandLine.option(args, "heap", "6g");
    CommandLine.requireData("ScaleSimulation", "corpus", corpus);
    Files.createDirectories(work);
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.ISO_8859_1));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%10s %10s %12s %22s %16s %14s%n",
        "articles",
        "wall s",
        "s per 1,000",
        "live heap MB (median, max)",
        "join KB/article",
        "stories of 2+");
    for (String n : CommandLine.option(args, "articles", "10000,100000").split(",")) {
      int articles = Integer.parseInt(n.strip());
      Path input = work.resolve("articles-" + articles + ".jsonl");
      if (!Files.exists(input)) {
        write(input, articles, texts);
      }
      Path output = work.resolve("out-" + articles);
      Measured m = measure(input, output, heap, work.resolve("log-" + articles));
      System.out.printf(
          Locale.ROOT,
          "%10d %10.1f %12.2f %22s %16.1f %14d%n",
          articles,
          m.seconds(),
          m.seconds() * 1000 / articles,
          m.medianHeapMb() + ", " + m.largestHeapMb(),
          m.joinBytes() / 1024.0 / articles,
          m.reprintedStories());
    }
  }

  /** N records in news-please's schema, texts taken in turn from the corpus. */
  private static void write(Path file, int articles, List<String> texts) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < articles; i++) {
        // Every tenth article is a reprint of the one before; the others differ from every other
        // article in every few words, as distinct stories do, however often a text is reused.
        int story = i % 10 == 9 ? i - 1 : i;
        String text = texts.get(story % texts.size()).strip();
        int nl = text.indexOf('\n');
        String title = nl < 0 ? text : text.substring(0, nl).strip();
        String body =
            salted(nl < 0 ? "" : text.substring(nl).strip(), story) + "\n\nStory " + i + ".";
        out.write(
            json.writeValueAsString(
                Map.of(
                    "filename",
                    "s" + i + ".json",
                    "title",
                    title,
                    "maintext",
                    body,
                    "date_publish",
                    String.format(Locale.ROOT, "2016-%02d-%02d", 1 + i % 12, 1 + i % 28),
                    "source_domain",
                    OUTLETS.get(i % OUTLETS.size()))));
        out.write('\n');
      }
    }
  }

  /** The text with every third word that starts in lower case marked with the story's number. */
  static String salted(String text, int story) {
    String mark = "x" + Integer.toString(story, 36);
    StringBuilder out = new StringBuilder(text.length() + text.length() / 10);
    int lowerCaseWords = 0;
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end > i) {
        out.append(text, i, end);
        if (Character.isLowerCase(text.charAt(i)) && ++lowerCaseWords % 3 == 0) {
          out.append(mark);
        }
      }
      while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
        out.append(text.charAt(end++));
      }
      i = end;
    }
    return out.toString();
  }

  record Measured(
      double seconds,
      long medianHeapMb,
      long largestHeapMb,
      long joinBytes,
      long reprintedStories) {}

  /** One run in a JVM of its own, sampled for its live heap. */
  private static Measured measure(Path input, Path output, String heap, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx" + heap, "-Xss8m", "-cp", OwnJvm.classPath(Run.class)));
    command.add(Run.class.getName());
    command.addAll(
        List.of(
            "--input=" + input,
            "--output=" + output,
            "--overwrite=true",
            "--runner=FlinkRunner",
            "--objectReuse=true"));
    long start = System.nanoTime();
    Process run =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    List<Long> samples = new ArrayList<>();
    while (!run.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      samples.add(liveHeapMb(run.pid()));
    }
    // A sample whose collection the JVM skipped (it logs "pre-dump GC was skipped") counts
    // garbage too: the median of the samples is the steadier figure, the largest an upper bound.
    List<Long> sorted = samples.stream().sorted().toList();
    long median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    long largest = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (run.exitValue() != 0) {
      throw new IOException("the run failed: see " + log);
    }
    Map<String, Long> counters = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(log)) {
      String[] cells = line.split(" ");
      if (cells.length == 2 && cells[1].matches("\\d+")) {
        counters.put(cells[0], Long.parseLong(cells[1]));
      }
    }
    return new Measured(
        seconds,
        median,
        largest,
        counters.getOrDefault("joinBytes", 0L),
        counters.getOrDefault("storiesOfSeveralArticles", 0L));
  }

  /** The heap still reachable after a full collection (a class histogram's total), in MB. */
  private static long liveHeapMb(long pid) throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid),
                "GC.class_histogram")
            .redirectErrorStream(true)
            .start();
    String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor();
    for (String line : text.split("\n")) {
      if (line.startsWith("Total")) {
        String[] cells = line.trim().split("\\s+");
        return Long.parseLong(cells[2]) / 1_000_000;
      }
    }
    return 0;
  }

  /** The run itself: newsbeam with the stand-in annotation; prints the join's bytes at the end. */
  public static final class Run {
    private Run() {}

    public static void main(String[] args) throws Exception {
      PipelineOptionsFactory.register(NewsbeamOptions.class);
      NewsbeamOptions options = PipelineOptionsFactory.fromArgs(args).as(NewsbeamOptions.class);
      FileSystems.setDefaultPipelineOptions(options);
      InputCheck.Result input = InputCheck.check(options);
      Pipeline pipeline = Pipeline.create(options);
      Newsbeam.buildPipeline(pipeline, options, input, new StandInAnnotation());
      PipelineResult result = pipeline.run();
      result.waitUntilFinish();
      Map<String, Long> counters = new java.util.TreeMap<>();
      for (MetricResult<Long> c : result.metrics().allMetrics().getCounters()) {
        counters.merge(c.getName().getName(), c.getAttempted(), Long::sum);
      }
      for (String name : List.of("joinBytes", "nearCopyPairs", "storiesOfSeveralArticles")) {
        System.out.println(name + " " + counters.getOrDefault(name, 0L));
      }
    }
  }
}
