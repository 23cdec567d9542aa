package org.newsbeam.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsbeam.entities.ExtractEntities;
import org.newsbeam.eval.CommandLine;
import org.newsbeam.model.Article;
import org.newsbeam.model.Sentence;
import org.newsbeam.sentences.SplitSentences;
import org.newsbeam.sentiment.ScoreSentiment;
import org.newsbeam.text.TitleLine;

/**
 * CoreNLP's work on the same articles done in three ways in one warm JVM, the ways taking turns, so
 * that the comparison does not depend on how loaded the machine is from one JVM to the next (on
 * this shared machine two runs of one JVM can differ by 10%): the limit's way (one pipeline of all
 * the annotators, one call per article), newsbeam's way (what its steps call: split and tag, then
 * sentiment and entities each over one document per article), and newsbeam's way one sentence at a
 * time (what its steps called before; still its way for an article CoreNLP fails on). Beam, and
 * everything newsbeam does besides CoreNLP, are left out: this measures CoreNLP's part of the gap
 * to the limit, the {@link Benchmark} the whole of it.
 *
 * <p>Prints each round's CPU time of the worker threads per way, then each way's median and its
 * ratio to the limit's. Options: {@code --articles} (160, the first by name), {@code --corpus}
 * ({@code ../shared/corpora/bbc}), {@code --threads} (the machine's cores), {@code --rounds} (3).
 * Before the rounds each way annotates the first quarter of the articles once, untimed, so that the
 * JIT compiler has seen all three.
 */
public final class CoreNlpWays {
  private enum Way {
    LIMIT("the limit (one pipeline per article)"),
    NEWSBEAM("newsbeam (stages, one document per article)"),
    BY_SENTENCE("newsbeam, one sentence at a time");

    final String label;

    Way(String label) {
      this.label = label;
    }
  }

  private final Map<Way, Consumer<Article>> ways = new EnumMap<>(Way.class);
  private final int threads;

  private CoreNlpWays(int threads) {
    this.threads = threads;
    StanfordCoreNLP limit = new StanfordCoreNLP(DirectCoreNlp.sameAnnotators());
    ways.put(Way.LIMIT, article -> limit.annotate(new Annotation(article.text)));
    ways.put(
        Way.NEWSBEAM,
        article -> {
          List<Sentence> sentences = SplitSentences.split(article);
          ScoreSentiment.score(sentences);
          ExtractEntities.recognize(sentences);
        });
    ways.put(
        Way.BY_SENTENCE,
        article -> {
          List<Sentence> sentences = SplitSentences.split(article);
          sentences.forEach(s -> ScoreSentiment.score(List.of(s)));
          sentences.forEach(s -> ExtractEntities.recognize(List.of(s)));
        });
  }

  public static void main(String[] args) throws Exception {
    int count = CommandLine.intOption(args, "articles", 160);
    Path corpus = Path.of(CommandLine.option(args, "corpus", "../shared/corpora/bbc"));
    int threads = CommandLine.threads(args);
    int rounds = CommandLine.intOption(args, "rounds", 3);
    CommandLine.requireData("CoreNlpWays", "corpus", corpus);
    List<Article> articles = read(corpus, count);
    System.out.printf(
        Locale.ROOT,
        "CoreNlpWays: %d articles from %s, %d threads, %d rounds, Java %s%n",
        articles.size(),
        corpus,
        threads,
        rounds,
        System.getProperty("java.version"));
    CoreNlpWays bench = new CoreNlpWays(threads);
    List<Article> warmUp = articles.subList(0, Math.max(1, articles.size() / 4));
    for (Way way : Way.values()) {
      bench.cpuSeconds(way, warmUp);
    }
    Map<Way, List<Double>> seconds = new EnumMap<>(Way.class);
    for (int round = 0; round < rounds; round++) {
      StringBuilder line = new StringBuilder("round " + (round + 1) + ":");
      for (int i = 0; i < Way.values().length; i++) {
        // Each round starts with another way, so that none always follows the same one.
        Way way = Way.values()[(round + i) % Way.values().length];
        double cpu = bench.cpuSeconds(way, articles);
        seconds.computeIfAbsent(way, w -> new ArrayList<>()).add(cpu);
        line.append(String.format(Locale.ROOT, " %s %.1f s;", way.name().toLowerCase(), cpu));
      }
      System.out.println(line);
    }
    double limit = Benchmark.median(seconds.get(Way.LIMIT));
    System.out.println("median CPU seconds of the worker threads, and the limit's over each:");
    for (Way way : Way.values()) {
      double median = Benchmark.median(seconds.get(way));
      System.out.printf(Locale.ROOT, "  %-45s %6.1f s  %.2f%n", way.label, median, limit / median);
    }
  }

  /** CPU time of the worker threads, summed, to annotate the articles in {@code way}. */
  private double cpuSeconds(Way way, List<Article> articles) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    ConcurrentLinkedQueue<Article> queue = new ConcurrentLinkedQueue<>(articles);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  long start = mx.getCurrentThreadCpuTime();
                  for (Article article = queue.poll(); article != null; article = queue.poll()) {
                    ways.get(way).accept(article);
                  }
                  return mx.getCurrentThreadCpuTime() - start;
                }));
      }
      long nanos = 0;
      for (Future<Long> worker : workers) {
        nanos += worker.get();
      }
      return nanos / 1e9;
    } finally {
      pool.shutdown();
    }
  }

  private static List<Article> read(Path corpus, int count) throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files
          .filter(f -> f.toString().endsWith(".txt"))
          .sorted()
          .limit(count)
          .map(CoreNlpWays::article)
          .toList();
    }
  }

  private static Article article(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
      return new Article(id, file.toString(), TitleLine.of(text), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
