package org.newsbeam;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVRecord;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.report.Csv;
import org.newsbeam.report.ReportFiles;
import org.newsbeam.store.AnnotationStore;
import org.newsbeam.store.CodeFingerprint;

/**
 * The real main path on the seed article, read back with a CSV parser; the committed {@code
 * output/} must be exactly what the pipeline produces now; and a rerun over the annotations the
 * first run stored reads them and gives the same reports.
 */
public class NewsbeamEndToEndTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  private static Path output;
  private static Path store;

  @BeforeClass
  public static void runOnSeeds() throws IOException {
    output = TMP.newFolder("output").toPath();
    store = TMP.newFolder("annotations").toPath();
    assertEquals(0, runOnSeeds(output, store));
  }

  private static int runOnSeeds(Path output, Path annotations) {
    NewsbeamOptions options =
        PipelineOptionsFactory.fromArgs(
                "--input=seeds/*.txt", "--output=" + output, "--annotations=" + annotations)
            .as(NewsbeamOptions.class);
    return Newsbeam.run(options);
  }

  private static void assertSameReports(Path expected, Path actual) throws IOException {
    for (ReportFiles report : ReportFiles.values()) {
      assertArrayEquals(
          report.fileName,
          Files.readAllBytes(expected.resolve(report.fileName)),
          Files.readAllBytes(actual.resolve(report.fileName)));
    }
  }

  private static List<CSVRecord> read(ReportFiles report) throws IOException {
    return read(output, report);
  }

  private static List<CSVRecord> read(Path folder, ReportFiles report) throws IOException {
    return Csv.records(folder.resolve(report.fileName));
  }

  private static Set<String> column(ReportFiles report, String column) throws IOException {
    return read(report).stream().map(r -> r.get(column)).collect(Collectors.toSet());
  }

  @Test
  public void namesPutinAndEarnestAsSpeakersAndNoCaptionDebris() throws IOException {
    Set<String> speakers = column(ReportFiles.SPEAKERS, "speaker");
    assertTrue(speakers.toString(), speakers.contains("Vladimir Putin"));
    assertTrue(speakers.toString(), speakers.contains("Josh Earnest"));
    for (String speaker : speakers) {
      assertFalse(speaker, speaker.toLowerCase().contains("poutine"));
      assertFalse(speaker, speaker.contains("president-russe"));
    }
  }

  @Test
  public void putinsCriticismOfTheUsPositionReadsNegative() throws IOException {
    List<CSVRecord> putin =
        read(ReportFiles.QUOTES).stream()
            .filter(q -> q.get("speaker").equals("Vladimir Putin"))
            .toList();
    // "unconstructive position", "this position is not constructive", "how our American partners
    // can criticize ...": each a criticism.
    assertEquals(3, putin.size());
    for (CSVRecord q : putin) {
      assertEquals(q.get("quote"), "negative", q.get("sentiment_class"));
    }
    CSVRecord row =
        read(ReportFiles.SPEAKERS).stream()
            .filter(r -> r.get("speaker").equals("Vladimir Putin"))
            .findFirst()
            .orElseThrow();
    assertTrue(row.toString(), Double.parseDouble(row.get("mean_sentiment")) < 0);
  }

  @Test
  public void findsRussiaTheUnitedStatesAndSyria() throws IOException {
    Set<String> countries = column(ReportFiles.COUNTRIES, "country");
    assertTrue(countries.toString(), countries.containsAll(Set.of("RU", "US", "SY")));
  }

  @Test
  public void capitalsAndCitiesCountForTheirCountries() throws IOException {
    Map<String, String> expected =
        Map.of(
            "Washington", "US", "Moscow", "RU", "Ankara", "TR", "Damascus", "SY", "Aleppo", "SY");
    Set<String> countries = column(ReportFiles.COUNTRIES, "country");
    assertTrue(
        countries.toString(), countries.containsAll(Set.of("RU", "US", "SY", "IL", "TR", "KZ")));
    for (Map.Entry<String, String> place : expected.entrySet()) {
      boolean mapped =
          read(ReportFiles.MENTIONS).stream()
              .anyMatch(
                  m ->
                      m.get("text").equals(place.getKey())
                          && m.get("country").equals(place.getValue()));
      assertTrue(place.toString(), mapped);
    }
  }

  @Test
  public void everySentenceOfTheSeedIsScored() throws IOException {
    List<CSVRecord> sentences = read(ReportFiles.SENTENCES);
    assertEquals(20, sentences.size());
    for (CSVRecord sentence : sentences) {
      assertEquals(sentence.get("text"), "true", sentence.get("scored"));
      assertFalse(sentence.get("sentiment").isEmpty());
    }
  }

  @Test
  public void everyReportHasItsHeaderAndNoFailures() throws IOException {
    for (ReportFiles report : ReportFiles.values()) {
      String firstLine = Files.readAllLines(output.resolve(report.fileName)).get(0);
      assertEquals(String.join(",", report.header), firstLine);
    }
    assertEquals(0, read(ReportFiles.FAILURES).size());
    assertEquals(1, read(ReportFiles.ARTICLES).size());
  }

  @Test
  public void aRerunFromTheStoredAnnotationsGivesTheSameReports() throws IOException {
    // The first run also kept the article's report, under this build's fingerprint; this rerun
    // reads that.
    try (Stream<Path> files = Files.list(reportsOfThisBuild(store))) {
      assertEquals(1, files.count());
    }
    Path again = TMP.newFolder("again").toPath();
    assertEquals(0, runOnSeeds(again, store));
    assertSameReports(output, again);
  }

  @Test
  public void aRerunOfTheSameBuildReadsTheStoredReportRatherThanWorkingItOutAgain()
      throws IOException {
    // A copy of the store whose report has the first sentence's row edited: a rerun that reads
    // the report shows the edit, where one working from the annotations would not.
    Path edited = TMP.newFolder("edited-report").toPath();
    assertARerunShowsTheEdit(
        reportsOfThisBuild(store),
        reportsOfThisBuild(edited),
        edited,
        json -> {
          String rows = json.get("sentenceRows").asText();
          json.put("sentenceRows", rows.replaceFirst("[^,\n]+\n", "EDITED IN THE STORE\n"));
        });
  }

  @Test
  public void aRerunReadsTheStoreRatherThanAnnotatingAgain() throws IOException {
    // A copy of the store's annotations with the first sentence's text edited: a rerun that reads
    // them reports the edited text, where annotating afresh would find the article's own.
    Path edited = TMP.newFolder("edited").toPath();
    assertARerunShowsTheEdit(
        store.resolve(AnnotationStore.fingerprint()),
        edited.resolve(AnnotationStore.fingerprint()),
        edited,
        json ->
            ((ObjectNode) json.withArray("sentences").get(0)).put("text", "EDITED IN THE STORE"));
  }

  /**
   * Copies the stored files of one folder to another, each edited so that the first sentence reads
   * "EDITED IN THE STORE", reruns on the seeds with the store holding the copy, and checks the edit
   * is what the rerun reports.
   */
  private void assertARerunShowsTheEdit(
      Path folder, Path copy, Path editedStore, Consumer<ObjectNode> edit) throws IOException {
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        ObjectNode json;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          json = (ObjectNode) new ObjectMapper().readTree(in);
        }
        edit.accept(json);
        try (OutputStream out =
            new GZIPOutputStream(Files.newOutputStream(copy.resolve(file.getFileName())))) {
          new ObjectMapper().writeValue(out, json);
        }
      }
    }
    Path rerun = TMP.newFolder().toPath();
    assertEquals(0, runOnSeeds(rerun, editedStore));
    List<CSVRecord> sentences = read(rerun, ReportFiles.SENTENCES);
    assertEquals("EDITED IN THE STORE", sentences.get(0).get("text"));
    assertEquals(read(output, ReportFiles.SENTENCES).size(), sentences.size());
  }

  private static Path reportsOfThisBuild(Path store) {
    return store
        .resolve(AnnotationStore.fingerprint())
        .resolve("reports-" + CodeFingerprint.ofThisBuild().orElseThrow() + "-news");
  }

  @Test
  public void theCommittedOutputIsWhatThePipelineProducesNow() throws IOException {
    for (ReportFiles report : ReportFiles.values()) {
      byte[] committed = Files.readAllBytes(Path.of("output", report.fileName));
      byte[] produced = Files.readAllBytes(output.resolve(report.fileName));
      assertArrayEquals(
          report.fileName + " differs: rerun `mvn -q compile exec:java` and commit output/",
          committed,
          produced);
    }
  }
}
