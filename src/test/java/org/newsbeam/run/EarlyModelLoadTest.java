package org.newsbeam.run;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.NewsbeamOptions;
import org.newsbeam.store.AnnotationStore;

public class EarlyModelLoadTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private static NewsbeamOptions options(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(NewsbeamOptions.class);
  }

  @Test
  public void theEngineRunsHereOnlyWhenItIsEmbedded() {
    assertTrue(EarlyModelLoad.engineRunsHere(options("--runner=DirectRunner")));
    assertTrue(EarlyModelLoad.engineRunsHere(options("--runner=FlinkRunner")));
    assertTrue(
        EarlyModelLoad.engineRunsHere(options("--runner=FlinkRunner", "--flinkMaster=[local]")));
    assertFalse(
        EarlyModelLoad.engineRunsHere(
            options("--runner=FlinkRunner", "--flinkMaster=jobmanager:8081")));
  }

  @Test
  public void modelsLoadEarlyOnlyWhenEveryArticleWillBeAnnotated() throws Exception {
    assertTrue(EarlyModelLoad.helps(options("--runner=DirectRunner")));
    Path store = tmp.newFolder("store").toPath();
    assertTrue(
        "a new store",
        EarlyModelLoad.helps(options("--runner=DirectRunner", "--annotations=" + store)));
    Files.createDirectories(store.resolve(AnnotationStore.fingerprint()));
    assertTrue(AnnotationStore.holdsNothingLocally(store.toString()));
    Files.writeString(store.resolve(AnnotationStore.fingerprint()).resolve("x.json.gz"), "");
    assertFalse(
        "a store that holds articles: a rerun may need no model at all",
        EarlyModelLoad.helps(options("--runner=DirectRunner", "--annotations=" + store)));
    assertFalse(
        "a cluster's workers load their own",
        EarlyModelLoad.helps(options("--runner=FlinkRunner", "--flinkMaster=host:8081")));
    assertFalse(AnnotationStore.holdsNothingLocally("gs://bucket/annotations"));
  }
}
