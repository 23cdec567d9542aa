package org.newsbeam.read;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.model.Article;
import org.newsbeam.model.Failure;

/** Records of news exports (JSON Lines, JSON, CSV, gzipped or not) as articles, and bad records. */
public class ReadRecordsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder folder = new TemporaryFolder();

  private static String record(String filename, String title, String text, String date) {
    return "{\"filename\": \""
        + filename
        + "\", \"title\": \""
        + title
        + "\", \"maintext\": \""
        + text
        + "\", \"date_publish\": \""
        + date
        + "\", \"source_domain\": \"example.com\", \"url\": \"https://example.com/"
        + filename
        + "\", \"language\": \"en\"}";
  }

  /** What a read gives: articles by id ("title|published|source|url"), failures "id: reason". */
  private void assertRead(
      String pattern,
      RecordFields fields,
      long blockBytes,
      Map<String, String> articles,
      Map<String, String> failures) {
    PCollectionTuple read =
        pipeline.apply(new ReadArticles(pattern, 5000, fields, TODAY, blockBytes));
    PAssert.that(read.get(ReadArticles.ARTICLES))
        .satisfies(
            found -> {
              Map<String, String> byId = new TreeMap<>();
              for (Article a : found) {
                byId.put(
                    a.id,
                    a.title + "|" + a.publishedDay() + "|" + a.outletName() + "|" + a.urlText());
              }
              assertEquals(new TreeMap<>(articles), byId);
              return null;
            });
    PAssert.that(read.get(ReadArticles.FAILURES))
        .satisfies(
            found -> {
              Map<String, String> byId = new TreeMap<>();
              for (Failure f : found) {
                byId.put(f.article, f.reason);
              }
              assertEquals(failures.keySet(), byId.keySet());
              failures.forEach(
                  (id, reason) -> assertTrue(byId.get(id), byId.get(id).startsWith(reason)));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void jsonLinesInNewsPleaseSchemaAndEveryKindOfBadLine() throws IOException {
    Path dir = folder.getRoot().toPath();
    String tooLong = "x".repeat(40_000);
    Files.writeString(
        dir.resolve("news.jsonl"),
        String.join(
            "\n",
            record("a.json", "Alpha", "Body a.", "2016-03-14 09:30:00"),
            "{not json",
            "",
            "{\"filename\": \"notext.json\", \"title\": \"No text\"}",
            "{\"filename\": \"de.json\", \"maintext\": \"Hallo.\", \"language\": \"de\"}",
            "[1, 2]",
            "{\"maintext\": \"" + tooLong + "\"}",
            "{\"maintext\": \"Only a body.\"}",
            record("b.json", "Beta", "Body b.", "yesterday")),
        StandardCharsets.UTF_8);
    assertRead(
        dir + "/*.jsonl",
        RecordFields.defaults(),
        ReadArticles.BLOCK_BYTES,
        Map.of(
            "a", "Alpha|2016-03-14|example.com|https://example.com/a.json",
            "news:8", "Only a body.|||",
            "b", "Beta||example.com|https://example.com/b.json"),
        Map.of(
            "news:2", "line 2: not JSON",
            "notext", "line 4: no text",
            "de", "line 5: not English: de",
            "news:6", "line 6: not a JSON object",
            "news:7", "line 7: line too long"));
  }

  @Test
  public void aLargeJsonLinesFileIsReadInBlocksOfWholeLinesWithTheirLineNumbers()
      throws IOException {
    Path dir = folder.getRoot().toPath();
    StringBuilder lines = new StringBuilder();
    Map<String, String> expected = new TreeMap<>();
    for (int i = 1; i <= 60; i++) {
      lines.append("{\"maintext\": \"Body number ").append(i).append(".\"}\n");
      expected.put("big:" + i, "Body number " + i + ".|||");
    }
    lines.append("oops\n");
    Files.writeString(dir.resolve("big.jsonl"), lines, StandardCharsets.UTF_8);
    // blocks of about 100 bytes: each holds a few lines, none is read twice or left out
    assertRead(
        dir + "/*.jsonl",
        RecordFields.defaults(),
        100,
        expected,
        Map.of("big:61", "line 61: not JSON"));
  }

  @Test
  public void csvRowsWithQuotedLineBreaksWrongRowsAndTooLongRows() throws IOException {
    Path dir = folder.getRoot().toPath();
    Files.writeString(
        dir.resolve("export.csv"),
        "id,title,text,date,source,url,extra\n"
            + "c1,Gamma,\"Body, with a comma\nand a second line.\",2016-01-02,paper.com,u1,x\n"
            + "c2,Delta,Too few fields\n"
            + "c3,Epsilon,\""
            + "y".repeat(20_000)
            + "\n"
            + "c4,Zeta,Body z.,Mon 2 Jan,,,\n",
        StandardCharsets.UTF_8);
    assertRead(
        dir + "/*.csv",
        RecordFields.defaults(),
        ReadArticles.BLOCK_BYTES,
        Map.of("c1", "Gamma|2016-01-02|paper.com|u1", "c4", "Zeta|||"),
        Map.of(
            "export:4", "line 4: 3 fields where the header has 7",
            "export:5", "line 5: row too long"));
  }

  @Test
  public void oneJsonObjectPerFileGzipAndTheFieldsOfOtherExports() throws IOException {
    Path dir = folder.getRoot().toPath();
    Files.writeString(
        dir.resolve("one.json"),
        "{\"uri\": \"er-1\", \"title\": \"Eta\", \"body\": \"Body e.\","
            + " \"dateTime\": \"2016-05-01T10:00:00Z\", \"source\": {\"uri\": \"bbc.co.uk\"},"
            + " \"lang\": \"eng\"}",
        StandardCharsets.UTF_8);
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("two.jsonl.gz")))) {
      gz.write(
          ("{\"uri\": \"er-2\", \"title\": \"Theta\", \"body\": \"Body t.\", \"lang\": \"deu\"}\n"
                  + "{\"uri\": \"er-3\", \"title\": \"Iota\", \"body\": \"Body i.\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    // Event Registry's article JSON
    RecordFields eventRegistry =
        RecordFields.parse("id=uri,text=body,date=dateTime,source=source.uri,language=lang");
    assertRead(
        dir + "/*",
        eventRegistry,
        ReadArticles.BLOCK_BYTES,
        Map.of("er-1", "Eta|2016-05-01|bbc.co.uk|", "er-3", "Iota|||"),
        Map.of("er-2", "line 1: not English: deu"));
  }

  @Test
  public void aCorruptGzipKeepsWhatCameBeforeAndSaysWhereItStopped() throws IOException {
    Path dir = folder.getRoot().toPath();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      for (int i = 1; i <= 2000; i++) {
        gz.write(
            ("{\"maintext\": \"Body " + i + " " + "w".repeat(i % 97) + ".\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    Files.write(dir.resolve("cut.jsonl.gz"), cut);
    PCollectionTuple read =
        pipeline.apply(new ReadArticles(dir + "/*.gz", 5000, RecordFields.defaults(), TODAY));
    PAssert.that(read.get(ReadArticles.FAILURES))
        .satisfies(
            found -> {
              Failure f = found.iterator().next();
              assertEquals("cut", f.article);
              assertTrue(f.reason, f.reason.startsWith("reading stopped after line "));
              return null;
            });
    PAssert.thatSingleton(
            read.get(ReadArticles.ARTICLES).apply(org.apache.beam.sdk.transforms.Count.globally()))
        .satisfies(
            count -> {
              assertTrue("some lines were read: " + count, count > 100 && count < 2000);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aGzipThatExpandsWithoutBoundIsStopped() throws IOException {
    Path dir = folder.getRoot().toPath();
    byte[] zeros = new byte[1 << 20];
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.jsonl.gz")))) {
      for (int i = 0; i < 300; i++) {
        gz.write(zeros); // 300 MB of zero bytes: a line far too long, in a file of a few hundred KB
      }
    }
    assertRead(
        dir + "/*.gz",
        RecordFields.defaults(),
        ReadArticles.BLOCK_BYTES,
        Map.of(),
        Map.of("bomb", "reading stopped after line 0: IOException: gzip stream expands"));
  }
}
