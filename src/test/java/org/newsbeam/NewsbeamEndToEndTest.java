package org.newsbeam;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.report.ReportFiles;

/**
 * The real main path on the seed article, read back with a CSV parser; and the committed {@code
 * output/} must be exactly what the pipeline produces now.
 */
public class NewsbeamEndToEndTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  private static Path output;

  @BeforeClass
  public static void runOnSeeds() throws IOException {
    output = TMP.newFolder("output").toPath();
    NewsbeamOptions options =
        PipelineOptionsFactory.fromArgs("--input=seeds/*.txt", "--output=" + output)
            .as(NewsbeamOptions.class);
    assertEquals(0, Newsbeam.run(options));
  }

  private static List<CSVRecord> read(ReportFiles report) throws IOException {
    try (Reader reader =
        Files.newBufferedReader(output.resolve(report.fileName), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
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
