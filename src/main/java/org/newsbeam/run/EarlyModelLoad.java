package org.newsbeam.run;

import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.flink.api.java.ExecutionEnvironment;
import org.apache.flink.api.java.LocalEnvironment;
import org.newsbeam.NewsbeamOptions;
import org.newsbeam.store.AnnotationStore;

/**
 * Whether to start loading CoreNLP's models before the job is built and handed to its engine, so
 * that they load while the graph is built, translated and submitted rather than after. Only where
 * that is sure to help: the engine runs in this JVM (a cluster's workers load their own), and every
 * article will be annotated (no store, or nothing stored yet), since a rerun whose articles are all
 * stored must not load models at all.
 */
public final class EarlyModelLoad {
  private EarlyModelLoad() {}

  public static boolean helps(NewsbeamOptions options) {
    return engineRunsHere(options)
        && (options.getAnnotations().isEmpty()
            || AnnotationStore.holdsNothingLocally(options.getAnnotations()));
  }

  /**
   * The DirectRunner, or Flink on a local environment: decided the way Beam's Flink runner decides
   * it, "[auto]" being local unless the job was submitted to a cluster.
   */
  static boolean engineRunsHere(NewsbeamOptions options) {
    Class<?> runner = options.getRunner();
    if (runner == DirectRunner.class) {
      return true;
    }
    if (runner != FlinkRunner.class) {
      return false;
    }
    String master = options.as(FlinkPipelineOptions.class).getFlinkMaster();
    return switch (master) {
      case "[local]", "[collection]" -> true;
      case "[auto]" -> ExecutionEnvironment.getExecutionEnvironment() instanceof LocalEnvironment;
      default -> false;
    };
  }
}
