package org.newsbeam;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.report.ReportFiles;

/**
 * The same job, unchanged, on three Beam runners: the DirectRunner, the Flink runner (an embedded
 * local cluster) and the Spark runner (local), over the seed article and a few small articles of
 * our own (one duplicate, one reprint of another, one empty file). The reports must be
 * byte-identical.
 */
public class CrossRunnerTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  private static Path input;

  @BeforeClass
  public static void collectArticles() throws IOException {
    input = TMP.newFolder("in").toPath();
    for (Path folder : List.of(Path.of("seeds"), Path.of("src/test/resources/articles"))) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.copy(file, input.resolve(file.getFileName()));
        }
      }
    }
  }

  private static Path run(String name, String... runnerArgs) throws IOException {
    Path output = TMP.newFolder(name).toPath();
    String[] args =
        Stream.concat(
                Stream.of("--input=" + input + "/*.txt", "--output=" + output),
                Stream.of(runnerArgs))
            .toArray(String[]::new);
    NewsbeamOptions options = PipelineOptionsFactory.fromArgs(args).as(NewsbeamOptions.class);
    assertEquals(0, Newsbeam.run(options));
    return output;
  }

  @Test
  public void directFlinkAndSparkRunnersWriteByteIdenticalReports() throws IOException {
    Path direct = run("direct", "--runner=DirectRunner");
    Path flink = run("flink", "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
    Path spark = run("spark", "--runner=SparkRunner", "--sparkMaster=local[2]");
    for (ReportFiles report : ReportFiles.values()) {
      byte[] expected = Files.readAllBytes(direct.resolve(report.fileName));
      assertArrayEquals(
          "Flink " + report.fileName, expected, Files.readAllBytes(flink.resolve(report.fileName)));
      assertArrayEquals(
          "Spark " + report.fileName, expected, Files.readAllBytes(spark.resolve(report.fileName)));
    }
    String duplicates = Files.readString(direct.resolve(ReportFiles.DUPLICATES.fileName));
    assertTrue(duplicates, duplicates.contains("grain-talks-copy,"));
    String failures = Files.readString(direct.resolve(ReportFiles.FAILURES.fileName));
    assertTrue(failures, failures.contains("empty-file,"));
    List<String> articles = Files.readAllLines(direct.resolve(ReportFiles.ARTICLES.fileName));
    assertEquals(6, articles.size()); // header + 5
    for (String id : List.of("harbour-strike", "harbour-strike-reprint")) {
      assertTrue(
          articles.toString(),
          articles.stream()
              .anyMatch(a -> a.startsWith(id + ",") && a.endsWith(",harbour-strike,2")));
    }
    // Her two quotes are in both copies: two quotes, two reprints, two articles.
    String deVries =
        Files.readAllLines(direct.resolve(ReportFiles.SPEAKERS.fileName)).stream()
            .filter(row -> row.startsWith("Ingrid de Vries,"))
            .findFirst()
            .orElseThrow();
    // speaker, type, country, gender, quotes, scored_quotes, articles, reprints
    assertEquals(
        deVries, List.of("female", "2", "2", "2", "2"), List.of(deVries.split(",")).subList(3, 8));
  }
}
