package org.newsbeam.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.newsbeam.nlp.NlpStage;

/**
 * The limit of newsbeam's design, for the benchmark: the same CoreNLP annotators with the same
 * settings, in one pipeline loaded once, annotating the same files on all threads, with no Beam.
 * Prints one line: {@code BENCH load_ms=... annotate_ms=... tokens=...}.
 *
 * <p>Arguments: threads, then the files.
 */
public final class DirectCoreNlp {
  private DirectCoreNlp() {}

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    List<Path> files = List.of(args).subList(1, args.length).stream().map(Path::of).toList();
    long start = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(sameAnnotators());
    long loaded = System.nanoTime();
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> work =
        files.stream()
            .map(
                file ->
                    pool.submit(
                        () -> {
                          Annotation document = new Annotation(read(file));
                          pipeline.annotate(document);
                          tokens.addAndGet(
                              document.get(CoreAnnotations.TokensAnnotation.class).size());
                        }))
            .<Future<?>>map(f -> f)
            .toList();
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    long done = System.nanoTime();
    System.out.printf(
        "BENCH load_ms=%d annotate_ms=%d tokens=%d%n",
        (loaded - start) / 1_000_000, (done - loaded) / 1_000_000, tokens.get());
  }

  /** newsbeam's annotators in one pipeline: each stage's settings, merged. */
  static Properties sameAnnotators() {
    Properties merged = new Properties();
    for (NlpStage stage : NlpStage.ANNOTATION_STAGES) {
      merged.putAll(stage.pipelineProperties());
    }
    merged.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,sentiment");
    merged.setProperty("enforceRequirements", "true");
    return merged;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
