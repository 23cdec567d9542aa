package org.newsbeam;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVRecord;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.progress.Progress;
import org.newsbeam.report.Csv;
import org.newsbeam.report.ReportFiles;

/**
 * Broken and hostile input, generated here: the run completes, every file is either reported
 * (decoded sensibly, with what was done recorded) or listed as a failure with a reason a person
 * understands, no article takes long, and the reports are the same whatever the parallelism.
 */
public class ReliabilityTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  private static Path input;
  private static Path output;
  private static int status;
  private static String slowest;

  private static final String GOOD =
      "Port reopens after storm\n\n"
          + "The port of Valencia reopened on Tuesday. \u201CWe are back to normal,\u201D said"
          + " harbour master Elena Ruiz.\n";

  @BeforeClass
  public static void runOverBadInput() throws IOException {
    input = TMP.newFolder("in").toPath();
    write("good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
    write("empty.txt", new byte[0]);
    write("whitespace.txt", " \n\t\n  \r\n".getBytes(StandardCharsets.UTF_8));
    write("binary.txt", new byte[] {'G', 'I', 'F', '8', 0, 0, 7, 1, 0, 5});
    write("document.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    write(
        "latin1.txt",
        "Caf\u00e9 owners protest\n\nOwners of caf\u00e9s in Lyon said rents had doubled.\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    write(
        "cp1252.txt",
        ("Minister defends budget\n\n\u201CThe numbers add up,\u201D said finance minister Paul"
                + " Meyer in Brussels.\n")
            .getBytes(Charset.forName("windows-1252")));
    write(
        "bom.txt",
        "\uFEFFBridge reopens after repairs\n\nThe old bridge in Porto reopened on Monday.\n"
            .getBytes(StandardCharsets.UTF_8));
    write(
        "crlf.txt",
        "Rail strike ends\r\n\r\nTrains ran again on Friday. Unions in Italy called it a win.\r\n"
            .getBytes(StandardCharsets.UTF_8));
    write("title-only.txt", "Only a headline here\n".getBytes(StandardCharsets.UTF_8));
    write(
        "huge.txt",
        ("Huge\n\n" + "A long line of words. ".repeat(240_000)).getBytes(StandardCharsets.UTF_8));
    write("run-on.txt", ("Run on\n\n" + "word ".repeat(3000)).getBytes(StandardCharsets.UTF_8));
    write("one-line.txt", "x".repeat(200_000).getBytes(StandardCharsets.UTF_8));
    write(
        "markup.txt",
        "<html><body><h1>Floods in Peru</h1><p>Rivers rose in <b>Lima</b> &amp; Cusco.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8));
    write(
        "unbalanced.txt",
        ("Quotes \u201Ceverywhere\n\n\u201CIt began\u201D \u201Cand \u201D never\u201D ended \" here"
                + " \u201C, she said.\n\n\u201D\u201D\u201C\n")
            .getBytes(StandardCharsets.UTF_8));
    write(
        "german.txt",
        "Regierung plant neue Steuer\n\nDie Regierung in Berlin will im n\u00e4chsten Jahr eine"
            .concat(" neue Steuer einf\u00fchren, sagte der Minister am Montag.\n")
            .getBytes(StandardCharsets.UTF_8));
    write(
        "formula.txt",
        "=HYPERLINK(\"http://example.com\",\"click\")\n\nA title that is a formula.\n"
            .getBytes(StandardCharsets.UTF_8));
    Files.createDirectory(input.resolve("folder.txt"));
    Files.createSymbolicLink(input.resolve("broken-link.txt"), input.resolve("nowhere"));
    output = run("out", "--targetParallelism=3");
    slowest = Progress.slowestArticle();
  }

  private static void write(String name, byte[] bytes) throws IOException {
    Files.write(input.resolve(name), bytes);
  }

  private static Path run(String name, String... extra) throws IOException {
    Path out = TMP.newFolder(name).toPath();
    String[] args =
        Stream.concat(Stream.of("--input=" + input + "/*.txt", "--output=" + out), Stream.of(extra))
            .toArray(String[]::new);
    status = Newsbeam.run(PipelineOptionsFactory.fromArgs(args).as(NewsbeamOptions.class));
    return out;
  }

  private static Map<String, CSVRecord> byArticle(ReportFiles report) throws IOException {
    Map<String, CSVRecord> rows = new HashMap<>();
    for (CSVRecord r : Csv.records(output.resolve(report.fileName))) {
      rows.put(r.get("article"), r);
    }
    return rows;
  }

  @Test
  public void theRunCompletesAndAccountsForEveryFile() throws IOException {
    assertEquals("exit status (1 = files in no report)", 0, status);
    Map<String, CSVRecord> articles = byArticle(ReportFiles.ARTICLES);
    Map<String, CSVRecord> failures = byArticle(ReportFiles.FAILURES);
    try (Stream<Path> files = Files.list(input)) {
      for (Path file : files.toList()) {
        String id = file.getFileName().toString().replaceAll("\\.txt$", "");
        assertTrue(id, articles.containsKey(id) ^ failures.containsKey(id));
      }
    }
  }

  @Test
  public void whatIsNotAnArticleIsAFailureWithAReason() throws IOException {
    Map<String, CSVRecord> failures = byArticle(ReportFiles.FAILURES);
    Map<String, String> expected =
        Map.of(
            "empty", "empty file",
            "whitespace", "only whitespace",
            "binary", "NUL bytes",
            "document", "PDF",
            "huge", "too long",
            "one-line", "too long",
            "folder", "a directory",
            "broken-link", "broken link");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      CSVRecord failure = failures.get(e.getKey());
      assertTrue(e.getKey() + " not in failures.csv", failure != null);
      assertTrue(failure.get("reason"), failure.get("reason").contains(e.getValue()));
      assertEquals("read", failure.get("stage"));
    }
  }

  @Test
  public void oddButReadableArticlesAreReportedWithWhatWasDone() throws IOException {
    Map<String, CSVRecord> articles = byArticle(ReportFiles.ARTICLES);
    for (String id :
        List.of(
            "good",
            "latin1",
            "cp1252",
            "bom",
            "crlf",
            "title-only",
            "run-on",
            "markup",
            "unbalanced",
            "german",
            "formula")) {
      assertTrue(id + " not reported", articles.containsKey(id));
    }
    assertEquals("windows-1252", articles.get("latin1").get("encoding"));
    assertEquals("Caf\u00e9 owners protest", articles.get("latin1").get("title"));
    assertEquals("windows-1252", articles.get("cp1252").get("encoding"));
    assertEquals("UTF-8, byte order mark removed", articles.get("bom").get("encoding"));
    assertEquals("Bridge reopens after repairs", articles.get("bom").get("title"));
    assertEquals("3", articles.get("crlf").get("sentences"));
    assertEquals("1", articles.get("title-only").get("sentences"));
  }

  @Test
  public void aRunOnSentenceIsListedButNotScored() throws IOException {
    boolean unscoredRunOn = false;
    for (CSVRecord r : Csv.records(output.resolve(ReportFiles.SENTENCES.fileName))) {
      unscoredRunOn |= r.get("article").equals("run-on") && r.get("scored").equals("false");
    }
    assertTrue(unscoredRunOn);
  }

  @Test
  public void quotesInLegacyEncodingsAreStillAttributed() throws IOException {
    String quotes = Files.readString(output.resolve(ReportFiles.QUOTES.fileName));
    assertTrue(quotes, quotes.contains("cp1252,") && quotes.contains("Paul Meyer"));
  }

  @Test
  public void aFormulaInTheTextIsNeutralizedInTheReports() throws IOException {
    CSVRecord formula = byArticle(ReportFiles.ARTICLES).get("formula");
    assertEquals("'=HYPERLINK(\"http://example.com\",\"click\")", formula.get("title"));
  }

  @Test
  public void noArticleTakesLong() {
    // The limits (100,000 characters per article; parse 120, NER 300, tag 500 tokens per
    // sentence) bound the CoreNLP time an article can take; the run-on article is the slowest.
    double seconds = Double.parseDouble(slowest.replaceAll(".*\\(([\\d.]+) s\\)", "$1"));
    assertTrue(slowest, seconds < 60);
  }

  @Test
  public void theReportsDoNotDependOnParallelism() throws IOException {
    assertSameReports(run("sequential", "--targetParallelism=1"));
  }

  private static void assertSameReports(Path other) throws IOException {
    for (ReportFiles report : ReportFiles.values()) {
      assertArrayEquals(
          report.fileName,
          Files.readAllBytes(output.resolve(report.fileName)),
          Files.readAllBytes(other.resolve(report.fileName)));
    }
  }
}
