package org.newsbeam.bench;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsbeam.eval.CommandLine;

/**
 * Measures newsbeam against what a user would otherwise run, side by side in one run, each in its
 * own fresh JVM on the same articles: (1) newsbeam on its default engine (embedded Flink); (2) the
 * same CoreNLP annotators called directly in one pipeline on all threads, no Beam (the limit of
 * this design); (3) CoreNLP's own command line with its default models for the same outputs. Prints
 * wall time, model loading, throughput, peak RSS and the ratios; with {@code --scaling=true} also
 * newsbeam and the limit on four times the articles, and the ratio of what the extra articles cost
 * each; with {@code --runners=true} also newsbeam on the DirectRunner and on Spark ({@code
 * local[threads]}).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.newsbeam.bench.Benchmark \
 *     -Dexec.args="--articles=40"
 * </pre>
 *
 * Options: {@code --articles} (40), {@code --corpus} (../shared/corpora/bbc), {@code --threads}
 * (the machine's cores), {@code --cli=false} to skip CoreNLP's command line, {@code
 * --scaling=true}, {@code --repeats} (1), {@code --heap} (6g).
 *
 * <p>With {@code --repeats=R} newsbeam and the limit (and with {@code --scaling=true} their runs on
 * four times the articles) run R times, in alternating order so that a change in the machine's load
 * does not favour one side, and the ratios of every pair are printed with their median: on a shared
 * machine one pair of runs can move by 10% or more.
 */
public final class Benchmark {
  /** What CoreNLP's command line runs for the outputs newsbeam gives, with its defaults. */
  static final String CLI_ANNOTATORS =
      "tokenize,ssplit,pos,lemma,ner,parse,sentiment,depparse,coref,quote";

  /** One measured child run. */
  record Measure(String name, double wallSeconds, double loadSeconds, long tokens, long peakRssMb) {
    double processingSeconds() {
      return wallSeconds - loadSeconds;
    }
  }

  private final int threads;
  private final String heap;
  private final String classpath;
  private final Path work;

  private Benchmark(int threads, String heap, Path work) {
    this.threads = threads;
    this.heap = heap;
    this.classpath = childClasspath();
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    int articles = CommandLine.intOption(args, "articles", 40);
    Path corpus = Path.of(CommandLine.option(args, "corpus", "../shared/corpora/bbc"));
    int threads = CommandLine.threads(args);
    boolean cli = Boolean.parseBoolean(CommandLine.option(args, "cli", "true"));
    boolean scaling = Boolean.parseBoolean(CommandLine.option(args, "scaling", "false"));
    boolean runners = Boolean.parseBoolean(CommandLine.option(args, "runners", "false"));
    int repeats = CommandLine.intOption(args, "repeats", 1);
    if (repeats < 1) {
      throw new IllegalArgumentException("--repeats must be at least 1, not " + repeats);
    }
    CommandLine.requireData("Benchmark", "corpus", corpus);
    Benchmark bench =
        new Benchmark(
            threads,
            CommandLine.option(args, "heap", "6g"),
            Files.createTempDirectory("newsbeam-bench"));
    List<Path> files = bench.pick(corpus, articles);
    System.out.printf(
        Locale.ROOT,
        "Benchmark: %d articles from %s, %d threads, heap %s, Java %s, %d cores%n",
        files.size(),
        corpus,
        threads,
        bench.heap,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());

    Pair first = bench.pair(files, 0, "");
    Measure direct =
        runners ? bench.newsbeam("newsbeam (DirectRunner)", files, "--runner=DirectRunner") : null;
    Measure spark =
        runners
            ? bench.newsbeam(
                "newsbeam (Spark, local)",
                files,
                "--runner=SparkRunner",
                "--sparkMaster=local[" + threads + "]")
            : null;
    Measure defaults = cli ? bench.coreNlpCommandLine(files) : null;
    printTable(files.size(), Stream.of(first.newsbeam(), direct, spark, first.limit(), defaults));
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "newsbeam / direct-CoreNLP limit throughput: %.2f end to end, %.2f without model loading%n",
        first.endToEnd(),
        first.withoutLoading());
    if (defaults != null) {
      System.out.printf(
          Locale.ROOT,
          "newsbeam / CoreNLP command line (defaults) throughput: %.2f end to end%n",
          defaults.wallSeconds() / first.newsbeam().wallSeconds());
    }
    List<Path> more = null;
    if (scaling) {
      more = bench.pick(corpus, 4 * articles);
      if (more.size() == files.size()) {
        System.out.println("scaling: the corpus has no more than " + files.size() + " articles");
        more = null;
      }
    }
    List<Pair> pairs = new ArrayList<>(List.of(first));
    List<Scaling> scalings = new ArrayList<>();
    if (more != null) {
      scalings.add(new Scaling(first, bench.pair(more, 0, " x4 articles")));
    }
    for (int repeat = 1; repeat < repeats; repeat++) {
      Pair pair = bench.pair(files, repeat, "");
      pairs.add(pair);
      if (more != null) {
        scalings.add(new Scaling(pair, bench.pair(more, repeat, " x4 articles")));
      }
    }
    if (pairs.size() > 1) {
      printPairs(pairs);
    }
    if (!scalings.isEmpty()) {
      printScalings(scalings, files.size(), more.size());
    }
  }

  private static void printTable(int articles, Stream<Measure> measures) {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%-28s %9s %9s %11s %11s %10s %9s%n",
        "",
        "wall s",
        "load s",
        "articles/s",
        "tokens/s",
        "(w/o load)",
        "peak MB");
    for (Measure m : measures.filter(m -> m != null).toList()) {
      System.out.printf(
          Locale.ROOT,
          "%-28s %9.1f %9.1f %11.2f %11.0f %10.2f %9d%n",
          m.name(),
          m.wallSeconds(),
          m.loadSeconds(),
          articles / m.wallSeconds(),
          m.tokens() / m.wallSeconds(),
          articles / m.processingSeconds(),
          m.peakRssMb());
    }
  }

  private static void printPairs(List<Pair> pairs) {
    System.out.println();
    for (int i = 0; i < pairs.size(); i++) {
      Pair pair = pairs.get(i);
      System.out.printf(
          Locale.ROOT,
          "pair %d (%s first): newsbeam %.1f s, the limit %.1f s: %.2f end to end, %.2f without"
              + " model loading%n",
          i + 1,
          pair.limitFirst() ? "the limit" : "newsbeam",
          pair.newsbeam().wallSeconds(),
          pair.limit().wallSeconds(),
          pair.endToEnd(),
          pair.withoutLoading());
    }
    System.out.printf(
        Locale.ROOT,
        "median of %d pairs: newsbeam / direct-CoreNLP limit throughput %.2f end to end, %.2f"
            + " without model loading%n",
        pairs.size(),
        median(pairs.stream().map(Pair::endToEnd).toList()),
        median(pairs.stream().map(Pair::withoutLoading).toList()));
  }

  private static void printScalings(List<Scaling> scalings, int articles, int moreArticles) {
    System.out.println();
    for (Scaling run : scalings) {
      run.print(articles, moreArticles);
    }
    if (scalings.size() > 1) {
      System.out.printf(
          Locale.ROOT,
          "median of %d scaling runs: per article beyond the first %d, newsbeam /"
              + " direct-CoreNLP limit throughput %.2f%n",
          scalings.size(),
          articles,
          median(scalings.stream().map(Scaling::perArticle).toList()));
    }
  }

  /** newsbeam and the limit over the same articles, one after the other. */
  record Pair(Measure newsbeam, Measure limit, boolean limitFirst) {
    double endToEnd() {
      return limit.wallSeconds() / newsbeam.wallSeconds();
    }

    double withoutLoading() {
      return limit.processingSeconds() / newsbeam.processingSeconds();
    }
  }

  /** A pair over N articles and the same pair over 4N. */
  record Scaling(Pair n, Pair four) {
    /**
     * What the 3N more articles cost each side: start-up, model loading and the JIT compiler's
     * warm-up are paid in both runs and cancel, leaving the cost per article of a long run.
     */
    double perArticle() {
      return limitMore() / newsbeamMore();
    }

    /** What the further articles cost newsbeam: the difference of its two wall times. */
    double newsbeamMore() {
      return four.newsbeam().wallSeconds() - n.newsbeam().wallSeconds();
    }

    double limitMore() {
      return four.limit().wallSeconds() - n.limit().wallSeconds();
    }

    void print(int articles, int moreArticles) {
      System.out.printf(
          Locale.ROOT,
          "scaling: %d articles took %.2f x the time of %d (%.1f s vs %.1f s without loading);"
              + " peak RSS %d MB vs %d MB%n",
          moreArticles,
          four.newsbeam().processingSeconds() / n.newsbeam().processingSeconds(),
          articles,
          four.newsbeam().processingSeconds(),
          n.newsbeam().processingSeconds(),
          four.newsbeam().peakRssMb(),
          n.newsbeam().peakRssMb());
      System.out.printf(
          Locale.ROOT,
          "%d articles: newsbeam %.1f s, the limit %.1f s; newsbeam / direct-CoreNLP limit"
              + " throughput %.2f end to end%n",
          moreArticles,
          four.newsbeam().wallSeconds(),
          four.limit().wallSeconds(),
          four.endToEnd());
      int extra = moreArticles - articles;
      System.out.printf(
          Locale.ROOT,
          "per article beyond the first %d (fixed costs cancelled): newsbeam %.3f s, the limit"
              + " %.3f s; newsbeam / direct-CoreNLP limit throughput %.2f%n",
          articles,
          newsbeamMore() / extra,
          limitMore() / extra,
          perArticle());
    }
  }

  /**
   * newsbeam and the limit over the same articles; every other repeat the limit runs first, so that
   * a drift in the machine's load does not always favour the same side.
   */
  private Pair pair(List<Path> files, int repeat, String label) throws Exception {
    String suffix = label + (repeat == 0 ? "" : " #" + (repeat + 1));
    boolean limitFirst = repeat % 2 == 1;
    Measure limit = limitFirst ? direct("direct CoreNLP (limit)" + suffix, files) : null;
    Measure newsbeam = newsbeam("newsbeam (embedded Flink)" + suffix, files);
    if (!limitFirst) {
      limit = direct("direct CoreNLP (limit)" + suffix, files);
    }
    return new Pair(newsbeam, limit, limitFirst);
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** The first {@code n} articles of the corpus by name, linked into a folder of their own. */
  private List<Path> pick(Path corpus, int n) throws IOException {
    Path folder = Files.createTempDirectory(work, "articles");
    List<Path> picked = new ArrayList<>();
    try (Stream<Path> all = Files.list(corpus)) {
      for (Path file : all.filter(f -> f.toString().endsWith(".txt")).sorted().limit(n).toList()) {
        Path link = folder.resolve(file.getFileName());
        Files.createSymbolicLink(link, file.toAbsolutePath());
        picked.add(link);
      }
    }
    return picked;
  }

  private Measure newsbeam(String name, List<Path> files, String... runnerArgs) throws Exception {
    Path output = Files.createTempDirectory(work, "reports");
    String input = files.get(0).getParent() + "/*.txt";
    List<String> args =
        new ArrayList<>(
            List.of("--input=" + input, "--output=" + output, "--parallelism=" + threads));
    args.addAll(List.of(runnerArgs));
    String log = run(name, "org.newsbeam.Newsbeam", args.toArray(String[]::new));
    Matcher timing =
        Pattern.compile("newsbeam timing: (\\d+) tokens; models loaded in ([\\d.]+) s")
            .matcher(log);
    if (!timing.find()) {
      throw new IllegalStateException("no timing line from newsbeam:\n" + log);
    }
    printLine(log, "newsbeam timing:");
    return measure(name, log, Double.parseDouble(timing.group(2)), Long.parseLong(timing.group(1)));
  }

  private Measure direct(String name, List<Path> files) throws Exception {
    List<String> args = new ArrayList<>(List.of(Integer.toString(threads)));
    files.forEach(f -> args.add(f.toString()));
    String log = run(name, DirectCoreNlp.class.getName(), args.toArray(String[]::new));
    Matcher m =
        Pattern.compile("BENCH load_ms=(\\d+) annotate_ms=(\\d+) tokens=(\\d+)").matcher(log);
    if (!m.find()) {
      throw new IllegalStateException("no result from the direct run:\n" + log);
    }
    return measure(name, log, Long.parseLong(m.group(1)) / 1e3, Long.parseLong(m.group(3)));
  }

  private Measure coreNlpCommandLine(List<Path> files) throws Exception {
    Path list = work.resolve("filelist.txt");
    Files.write(list, files.stream().map(Path::toString).collect(Collectors.toList()));
    Path output = Files.createTempDirectory(work, "corenlp");
    String log =
        run(
            "CoreNLP command line",
            "edu.stanford.nlp.pipeline.StanfordCoreNLP",
            "-annotators",
            CLI_ANNOTATORS,
            "-threads",
            Integer.toString(threads),
            "-filelist",
            list.toString(),
            "-outputFormat",
            "text",
            "-outputDirectory",
            output.toString());
    // CoreNLP reports its own setup time and the tokens it processed.
    Matcher setup = Pattern.compile("Pipeline setup: ([\\d.]+) sec").matcher(log);
    double load = setup.find() ? Double.parseDouble(setup.group(1)) : 0;
    Matcher total = Pattern.compile("TOTAL: [\\d.]+ sec\\. for (\\d+) tokens").matcher(log);
    long tokenCount = total.find() ? Long.parseLong(total.group(1)) : 0;
    return measure("CoreNLP command line", log, load, tokenCount);
  }

  /** Runs a class in a fresh JVM under /usr/bin/time; returns everything it printed. */
  private String run(String name, String mainClass, String... args) throws Exception {
    System.out.println("running " + name + " ...");
    List<String> command =
        new ArrayList<>(
            List.of(
                "/usr/bin/time",
                "-f",
                "TIME %e %M",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Xss8m",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
                "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
                "-cp",
                classpath,
                mainClass));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(work, "log", ".txt");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int status = process.waitFor();
    String text = Files.readString(log, StandardCharsets.UTF_8);
    if (status != 0) {
      throw new IllegalStateException(name + " exited with " + status + ":\n" + text);
    }
    return text;
  }

  private static Measure measure(String name, String log, double loadSeconds, long tokens) {
    Matcher time = Pattern.compile("TIME ([\\d.]+) (\\d+)").matcher(log);
    if (!time.find()) {
      throw new IllegalStateException("no time measure for " + name);
    }
    return new Measure(
        name,
        Double.parseDouble(time.group(1)),
        loadSeconds,
        tokens,
        Long.parseLong(time.group(2)) / 1024);
  }

  private static void printLine(String log, String prefix) {
    log.lines().filter(l -> l.startsWith(prefix)).forEach(l -> System.out.println("  " + l));
  }

  /** The classpath exec:java gave this run, for the child JVMs. */
  private static String childClasspath() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader instanceof URLClassLoader urls) {
      List<String> paths = new ArrayList<>();
      for (URL url : urls.getURLs()) {
        paths.add(Path.of(url.getPath()).toString());
      }
      return String.join(":", paths);
    }
    return System.getProperty("java.class.path");
  }
}
