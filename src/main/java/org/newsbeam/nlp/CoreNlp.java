package org.newsbeam.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place CoreNLP pipelines are built: one per {@link NlpStage} per JVM, built lazily on
 * first use and shared by every DoFn instance and thread (CoreNLP annotators are thread-safe for
 * concurrent {@code annotate} calls on distinct documents). Different stages load concurrently when
 * their first users arrive on different threads.
 */
public final class CoreNlp {
  private static final Map<NlpStage, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
  private static final Map<NlpStage, Long> LOAD_MILLIS = new ConcurrentHashMap<>();
  private static final Map<NlpStage, Object> LOCKS = new EnumMap<>(NlpStage.class);

  static {
    for (NlpStage stage : NlpStage.values()) {
      LOCKS.put(stage, new Object());
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger("newsbeam.models");

  private CoreNlp() {}

  /** The shared pipeline of a stage, loading its models on first call. */
  public static StanfordCoreNLP pipeline(NlpStage stage) {
    StanfordCoreNLP pipeline = PIPELINES.get(stage);
    if (pipeline != null) {
      return pipeline;
    }
    synchronized (LOCKS.get(stage)) {
      pipeline = PIPELINES.get(stage);
      if (pipeline == null) {
        long start = System.nanoTime();
        pipeline = new StanfordCoreNLP(stage.properties());
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOAD_MILLIS.put(stage, millis);
        LOG.info("CoreNLP models for {} loaded in {} ms", stage, millis);
        PIPELINES.put(stage, pipeline);
      }
      return pipeline;
    }
  }

  /** How long each stage's models took to load in this JVM (only stages loaded so far). */
  public static Map<NlpStage, Long> loadMillis() {
    return Map.copyOf(LOAD_MILLIS);
  }
}
