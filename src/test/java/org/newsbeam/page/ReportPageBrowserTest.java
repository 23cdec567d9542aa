package org.newsbeam.page;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVRecord;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.Newsbeam;
import org.newsbeam.NewsbeamOptions;
import org.newsbeam.report.Csv;
import org.newsbeam.report.ReportFiles;

/**
 * Opens report.html in a real headless Chromium with the network off, for the seed run (from the
 * committed output/) and for a run of the pipeline over a few hundred dated articles of several
 * outlets (from ../shared): no console error, no request but for the page itself, every chart
 * drawn, every country of countries.csv that the map has coloured, the top speaker and mean shown,
 * nothing wider than the window. Screenshots go to target/screenshots/ for a person to look at.
 */
public class ReportPageBrowserTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** PolNeAR's articles as news-please records: dated, from seven outlets. */
  private static final Path POLNEAR =
      Path.of(System.getProperty("newsbeam.shared", "../shared"))
          .resolve("corpora/polnear-news/articles.jsonl");

  private static HeadlessChromium browser;

  @BeforeClass
  public static void startBrowser() throws IOException {
    browser = HeadlessChromium.startOrSkip();
  }

  @AfterClass
  public static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  public void theSeedRunsPageDrawsItsChartsAndColoursItsSixCountries() throws IOException {
    Path reports = TMP.newFolder("seed").toPath();
    try (Stream<Path> files = Files.list(Path.of("output"))) {
      for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        Files.copy(csv, reports.resolve(csv.getFileName()));
      }
    }
    ReportPage.write(reports.toString());

    assertEquals(6, Csv.records(reports.resolve(ReportFiles.COUNTRIES.fileName)).size());
    assertPageIsWhole(reports, "seed", List.of("speakers", "map"));
  }

  @Test
  public void aRunOverAFewHundredDatedArticlesDrawsEveryChart() throws IOException {
    Assume.assumeTrue(
        POLNEAR + " is absent: the browser test of a larger run needs ../shared",
        Files.exists(POLNEAR));
    Path input = TMP.newFolder("polnear").toPath().resolve("articles.jsonl");
    List<String> every = Files.readAllLines(POLNEAR);
    List<String> some = new ArrayList<>();
    for (int i = 0; i < every.size(); i += 4) {
      some.add(every.get(i)); // every fourth record: all seven outlets, the whole year
    }
    Files.write(input, some);
    Path reports = TMP.newFolder("polnear-reports").toPath();
    NewsbeamOptions options =
        PipelineOptionsFactory.fromArgs("--input=" + input, "--output=" + reports)
            .as(NewsbeamOptions.class);
    assertEquals(0, Newsbeam.run(options)); // writes report.html: the run's own hook

    assertTrue(Files.size(reports.resolve(ReportPage.FILE_NAME)) < 5_000_000);
    assertPageIsWhole(
        reports,
        "polnear",
        List.of(
            "speakers", "speakers-over-time", "speakers-by-source", "map", "countries-over-time"));
  }

  @Test
  public void textFromTheArticlesStaysText() throws IOException {
    Path reports = TMP.newFolder("hostile").toPath();
    String name = "</script><img src=x onerror=\"document.title='broken'\">";
    Files.writeString(
        reports.resolve("speakers.csv"),
        oneRow(
            ReportFiles.SPEAKERS,
            column ->
                switch (column) {
                  case "speaker" -> name;
                  case "type" -> "person";
                  case "quotes", "scored_quotes", "articles", "positive" -> "1";
                  case "mean_sentiment" -> "0.5000";
                  case "example_quote" -> "x";
                  case "reprints", "negative", "neutral", "toward_mentions" -> "0";
                  default -> "";
                }));
    Files.writeString(
        reports.resolve("quotes.csv"),
        oneRow(
            ReportFiles.QUOTES,
            column ->
                switch (column) {
                  case "speaker" -> name;
                  case "sentiment" -> "0.5000";
                  case "quote" -> "\u201C<b>bold</b></script><!--\u201D";
                  case "quote_begin", "quote_end" -> "0";
                  default -> "";
                }));
    ReportPage.write(reports.toString());

    assertEquals("drawn", browser.open(reports.resolve(ReportPage.FILE_NAME)));
    assertEquals("newsbeam report", browser.script("return document.title;"));
    assertEquals(
        0L, browser.script("return document.querySelectorAll('main img, main b').length;"));
    String text = (String) browser.script("return document.body.innerText;");
    assertTrue(text, text.contains(name));
    assertTrue(text, text.contains("<b>bold</b></script><!--"));
    assertEquals(List.of(), browser.console(Level.SEVERE));
  }

  /**
   * Opens the page in {@code reports} and checks it against the CSVs beside it: drawn without an
   * error or a request, each chart named has marks, every country the map can show is coloured, the
   * top speaker's name and mean are shown, nothing is cut off at the right.
   */
  private static void assertPageIsWhole(Path reports, String name, List<String> charts)
      throws IOException {
    Path page = reports.resolve(ReportPage.FILE_NAME);
    String state = browser.open(page);
    List<String> errors = browser.console(Level.SEVERE);
    List<String> requests = browser.requests();
    browser.screenshot(SCREENSHOTS.resolve(name + ".png"));

    assertEquals(errors.toString(), "drawn", state);
    assertEquals(List.of(), errors);
    for (String url : requests) {
      assertTrue(
          "a request from the page: " + url, url.startsWith("file:") || url.startsWith("data:"));
    }

    @SuppressWarnings("unchecked")
    Map<String, Long> marks =
        (Map<String, Long>)
            browser.script(
                "var out = {};"
                    + "document.querySelectorAll('[data-chart]').forEach(function (c) {"
                    + "  out[c.getAttribute('data-chart')] = c.querySelectorAll("
                    + "    'svg .role-mark > path, svg .role-mark > line, svg .role-mark > rect').length;"
                    + "});"
                    + "return out;");
    assertEquals(marks.toString(), Set.copyOf(charts), marks.keySet());
    marks.forEach((chart, n) -> assertTrue(chart + " has no marks: " + marks, n > 0));

    List<CSVRecord> speakers = Csv.records(reports.resolve(ReportFiles.SPEAKERS.fileName));
    assertEquals(
        Math.min(ReportData.TOP_SPEAKERS, speakers.size()),
        ((Long)
                browser.script(
                    "return document.querySelectorAll("
                        + "'[data-chart=speakers] .mark-symbol.role-mark > path').length;"))
            .intValue());
    String text = (String) browser.script("return document.body.innerText;");
    CSVRecord top = speakers.get(0);
    assertTrue(top.get("speaker"), text.contains(top.get("speaker")));
    String mean = top.get("mean_sentiment").replace('-', '−');
    assertTrue(mean, text.contains(mean));

    Map<String, String> features = ReportData.worldFeatures();
    int coloured = 0;
    for (CSVRecord country : Csv.records(reports.resolve(ReportFiles.COUNTRIES.fileName))) {
      String code = country.get("country");
      if (!features.containsKey(code) || country.get("mean_sentiment").isEmpty()) {
        continue;
      }
      String fill =
          (String)
              browser.script(
                  "var code = arguments[0];"
                      + "var shape = Array.from(document.querySelectorAll('[data-chart=map] path'))"
                      + ".find(function (p) {"
                      + "  return (p.getAttribute('aria-label') || '').indexOf(code) >= 0;"
                      + "});"
                      + "return shape ? shape.getAttribute('fill') : null;",
                  "(" + code + ")");
      assertTrue(code + " is not on the map", fill != null);
      assertNotEquals(code + " is not coloured", "#cfcfcf", fill);
      assertFalse(code + " has no fill", fill.isEmpty() || fill.equals("none"));
      coloured++;
    }
    assertTrue(name + ": no country on the map", coloured > 0);

    assertTrue(
        "the page is wider than the window",
        (Boolean)
            browser.script(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"));
  }

  /** A report's header and one row, each cell given by its column's name. */
  private static String oneRow(ReportFiles report, UnaryOperator<String> cell) {
    return Csv.rows(List.of(report.header, report.header.stream().map(cell).toList()));
  }
}
