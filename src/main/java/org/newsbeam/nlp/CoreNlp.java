package org.newsbeam.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place CoreNLP pipelines are built: one per {@link NlpStage} per JVM, built lazily on
 * first use and shared by every DoFn instance and thread (CoreNLP annotators are thread-safe for
 * concurrent {@code annotate} calls on distinct documents). Stages load side by side: {@link
 * #loadInBackground} starts them all when the first article to annotate arrives, or as the run
 * starts where that is sure to help ({@code run.EarlyModelLoad}).
 */
public final class CoreNlp {
  private static final Map<NlpStage, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
  private static final Map<NlpStage, Long> LOAD_MILLIS = new ConcurrentHashMap<>();
  private static final Map<NlpStage, Object> LOCKS = new EnumMap<>(NlpStage.class);
  private static final Set<NlpStage> BACKGROUND_LOADS = ConcurrentHashMap.newKeySet();
  private static final AtomicLong FIRST_LOAD_START = new AtomicLong(Long.MAX_VALUE);
  private static final AtomicLong LAST_LOAD_END = new AtomicLong(Long.MIN_VALUE);

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
        FIRST_LOAD_START.accumulateAndGet(start, Math::min);
        try {
          pipeline = new StanfordCoreNLP(stage.pipelineProperties());
        } catch (RuntimeException e) {
          throw new ModelsUnavailableException(
              "cannot load CoreNLP's models for " + stage + ": " + e.getMessage(), e);
        }
        long end = System.nanoTime();
        LAST_LOAD_END.accumulateAndGet(end, Math::max);
        long millis = (end - start) / 1_000_000;
        LOAD_MILLIS.put(stage, millis);
        LOG.info("CoreNLP models for {} loaded in {} ms", stage, millis);
        PIPELINES.put(stage, pipeline);
      }
      return pipeline;
    }
  }

  /**
   * Starts loading the stages' models on background threads, once per JVM. Without it each stage
   * loads when its step first receives an element: one after another, the parser only once the
   * first article is split. Started together, the parser and NER models load side by side while the
   * first articles are split. A step's {@link #pipeline} call waits for its stage's load; a failed
   * background load is retried there, where it fails the article visibly.
   */
  public static void loadInBackground(List<NlpStage> stages) {
    for (NlpStage stage : stages) {
      if (BACKGROUND_LOADS.add(stage) && !PIPELINES.containsKey(stage)) {
        Thread loader =
            new Thread(
                () -> {
                  try {
                    pipeline(stage);
                  } catch (RuntimeException e) {
                    LOG.warn("Loading {} in the background failed; retried on first use", stage, e);
                  }
                },
                "newsbeam-load-" + stage);
        loader.setDaemon(true);
        loader.start();
      }
    }
  }

  /**
   * The model files newsbeam's annotation reads, as class-path resources: in CoreNLP's models jars
   * ({@code stanford-corenlp} with the classifiers {@code models} and {@code models-english}).
   */
  public static final List<String> MODEL_FILES =
      List.of(
          "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger",
          "edu/stanford/nlp/models/srparser/englishSR.ser.gz",
          "edu/stanford/nlp/models/sentiment/sentiment.ser.gz",
          "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
          "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz");

  /** The {@link #MODEL_FILES} that {@code loader} cannot find. */
  public static List<String> missingModels(ClassLoader loader) {
    return MODEL_FILES.stream().filter(file -> loader.getResource(file) == null).toList();
  }

  /** What a user is told when model files are missing. */
  public static String missingModelsMessage(List<String> missing) {
    return "CoreNLP's models are not on the class path ("
        + String.join(", ", missing)
        + "): the jars stanford-corenlp-"
        + "<version>-models.jar and -models-english.jar must be there (Maven fetches them as"
        + " dependencies of this project)";
  }

  /** Wall-clock time from the first model load's start to the last one's end in this JVM. */
  public static long loadWallMillis() {
    long start = FIRST_LOAD_START.get();
    long end = LAST_LOAD_END.get();
    return end < start ? 0 : (end - start) / 1_000_000;
  }

  /** How long each stage's models took to load in this JVM (only stages loaded so far). */
  public static Map<NlpStage, Long> loadMillis() {
    return Map.copyOf(LOAD_MILLIS);
  }
}
