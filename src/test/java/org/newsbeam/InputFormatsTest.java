package org.newsbeam;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVRecord;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.report.Csv;
import org.newsbeam.report.ReportFiles;

/**
 * One article given as a text file, as a JSON Lines record and as a CSV row is annotated alike: the
 * text of a record is its title, a blank line, then its body, as a text file holds it.
 */
public class InputFormatsTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  private static final String TITLE = "Putin criticizes US stance on Syria";
  private static final String BODY =
      "Russian President Vladimir Putin said on Tuesday that the United States had taken an"
          + " \u201cunconstructive position\u201d on Syria.\n\n\u201cWe are ready to work"
          + " together,\u201d Mr Putin told reporters in Moscow.";

  private static Path run(String name, String input) throws IOException {
    Path out = TMP.newFolder(name).toPath();
    NewsbeamOptions options =
        PipelineOptionsFactory.fromArgs("--input=" + input, "--output=" + out)
            .as(NewsbeamOptions.class);
    assertEquals(0, Newsbeam.run(options));
    return out;
  }

  @Test
  public void anArticleAsTextJsonLinesAndCsvGivesTheSameAnnotations() throws IOException {
    Path text = TMP.newFolder("text").toPath();
    Files.writeString(text.resolve("same.txt"), TITLE + "\n\n" + BODY, StandardCharsets.UTF_8);
    Path jsonl = TMP.newFolder("jsonl").toPath();
    Files.writeString(
        jsonl.resolve("news.jsonl"),
        new ObjectMapper()
                .writeValueAsString(
                    Map.of(
                        "filename", "same.json",
                        "title", TITLE,
                        "maintext", BODY,
                        "date_publish", "2015-10-13 00:00:00",
                        "source_domain", "example.com"))
            + "\n",
        StandardCharsets.UTF_8);
    Path csv = TMP.newFolder("csv").toPath();
    Files.writeString(
        csv.resolve("export.csv"),
        "id,title,text,date,source,url\nsame,"
            + TITLE
            + ",\""
            + BODY
            + "\",2015-10-13,example.com,https://example.com/same\n",
        StandardCharsets.UTF_8);

    Path fromText = run("out-text", text + "/*.txt");
    Path fromJsonl = run("out-jsonl", jsonl + "/*.jsonl");
    Path fromCsv = run("out-csv", csv + "/*.csv");
    for (ReportFiles report :
        List.of(ReportFiles.SENTENCES, ReportFiles.MENTIONS, ReportFiles.QUOTES)) {
      byte[] expected = Files.readAllBytes(fromText.resolve(report.fileName));
      assertArrayEquals(
          "JSON Lines " + report.fileName,
          expected,
          Files.readAllBytes(fromJsonl.resolve(report.fileName)));
      assertArrayEquals(
          "CSV " + report.fileName, expected, Files.readAllBytes(fromCsv.resolve(report.fileName)));
    }
    CSVRecord record = Csv.records(fromJsonl.resolve("articles.csv")).get(0);
    assertEquals("same", record.get("article"));
    assertEquals("2015-10-13", record.get("published"));
    assertEquals("example.com", record.get("source"));
    assertEquals("", Csv.records(fromText.resolve("articles.csv")).get(0).get("published"));

    // All three in one folder: one article, the two other copies duplicates of it.
    Path mixed = TMP.newFolder("mixed").toPath();
    Files.copy(text.resolve("same.txt"), mixed.resolve("same.txt"));
    Files.copy(jsonl.resolve("news.jsonl"), mixed.resolve("news.jsonl"));
    Files.copy(csv.resolve("export.csv"), mixed.resolve("export.csv"));
    Path fromMixed = run("out-mixed", mixed + "/*");
    assertEquals(1, Csv.records(fromMixed.resolve("articles.csv")).size());
    assertEquals(2, Csv.records(fromMixed.resolve("duplicates.csv")).size());
  }
}
