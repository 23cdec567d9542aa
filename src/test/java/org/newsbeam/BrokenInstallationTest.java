package org.newsbeam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.nlp.CoreNlp;
import org.newsbeam.nlp.ModelsUnavailableException;

/** An installation without CoreNLP's models stops at once, with one message and its own status. */
public class BrokenInstallationTest {
  @Rule public TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void theModelsOnTheClassPathAreAllFound() {
    assertThat(CoreNlp.missingModels(getClass().getClassLoader()), empty());
  }

  @Test
  public void aRunWithoutTheModelJarsStopsBeforeReadingWithStatusThree() throws Exception {
    String classPath =
        Arrays.stream(
                System.getProperty(
                        "surefire.test.class.path", System.getProperty("java.class.path"))
                    .split(File.pathSeparator))
            .filter(entry -> !entry.contains("-models"))
            .collect(Collectors.joining(File.pathSeparator));
    Path output = folder.getRoot().toPath().resolve("reports");
    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                classPath,
                Newsbeam.class.getName(),
                "--input=seeds/*.txt",
                "--output=" + output)
            .redirectErrorStream(true)
            .start();
    String said = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, run.waitFor(120, TimeUnit.SECONDS));
    assertEquals(said, Newsbeam.BROKEN_INSTALLATION, run.exitValue());
    List<String> lines = said.lines().filter(l -> l.startsWith("newsbeam:")).toList();
    assertThat(said, lines, hasSize(1));
    assertThat(lines.get(0), containsString("CoreNLP's models are not on the class path"));
    assertThat(lines.get(0), containsString("sentiment.ser.gz"));
    assertFalse("no report is written", Files.exists(output.resolve("articles.csv")));
  }

  @Test
  public void aModelThatFailsToLoadIsFoundAmongTheCausesOfAJobFailure() {
    ModelsUnavailableException models =
        new ModelsUnavailableException("cannot load", new IllegalStateException("corrupt"));
    RuntimeException jobFailure =
        new RuntimeException("job failed", new IllegalStateException("task failed", models));
    assertEquals(models, ModelsUnavailableException.in(jobFailure).orElseThrow());
    assertFalse(ModelsUnavailableException.in(new RuntimeException("other")).isPresent());
  }
}
