package org.newsbeam.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Writes {@code report.html} beside the CSV reports of a run: one self-contained page (the charting
 * libraries, the world map and the data inside it, nothing fetched) showing the run, the most
 * quoted speakers and the countries, read from the CSVs in the output directory
 * (docs/report-page.md).
 */
public final class ReportPage {
  public static final String FILE_NAME = "report.html";

  /** Vega, Vega-Lite and vega-embed, in the order they load; docs/report-page.md has versions. */
  private static final List<String> LIBRARIES =
      List.of("vendor/vega.min.js", "vendor/vega-lite.min.js", "vendor/vega-embed.min.js");

  private ReportPage() {}

  /**
   * Regenerates report.html from the CSVs of an output directory: {@code mvn -q compile exec:java
   * -Dexec.mainClass=org.newsbeam.page.ReportPage -Dexec.args=output}.
   */
  public static void main(String[] args) throws IOException {
    write(args.length > 0 ? args[0] : "output");
  }

  /**
   * Writes report.html at the end of a run; when it cannot, says why on standard error and returns
   * false (the CSV reports are complete all the same).
   */
  public static boolean writeAfterRun(String outputDirectory) {
    try {
      write(outputDirectory);
      return true;
    } catch (IOException | RuntimeException e) {
      System.err.println("newsbeam: " + FILE_NAME + " not written: " + e);
      return false;
    }
  }

  /**
   * Reads the reports in {@code outputDirectory} (any file system Beam knows) and writes
   * report.html there, under a temporary name first so a reader never sees half a page.
   */
  public static void write(String outputDirectory) throws IOException {
    String html = html(ReportData.read(outputDirectory));
    ResourceId directory = FileSystems.matchNewResource(outputDirectory, true);
    ResourceId temporary =
        directory.resolve("." + FILE_NAME + ".inprogress", StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(temporary, "text/html"))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
    FileSystems.rename(
        List.of(temporary),
        List.of(directory.resolve(FILE_NAME, StandardResolveOptions.RESOLVE_FILE)));
  }

  /** The page for the data: the template with the styles, libraries, map and data put in. */
  static String html(ObjectNode data) {
    StringBuilder libraries = new StringBuilder();
    for (String library : LIBRARIES) {
      libraries.append("<script>").append(script(resource(library))).append("</script>\n");
    }
    return fill(
        resource("report.html"),
        List.of("@@STYLE@@", "@@LIBRARIES@@", "@@WORLD@@", "@@DATA@@", "@@SCRIPT@@"),
        List.of(
            resource("page.css"),
            libraries.toString(),
            jsonInHtml(resource("vendor/countries-110m.json").strip()),
            jsonInHtml(toJson(data)),
            script(resource("page.js"))));
  }

  /**
   * JSON to put inside a script element: every {@code <}, {@code >} and {@code &} written as a JSON
   * escape, so no text in the data ("</script>" in a quote) can end the element or start markup.
   * JSON.parse reads it back unchanged.
   */
  static String jsonInHtml(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<', '>', '&', '\u2028', '\u2029' ->
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A script to inline: without its source-map comment (a browser's developer tools would look for
   * the map beside the page); one that could end its script element early is refused.
   */
  private static String script(String code) {
    if (code.toLowerCase(Locale.ROOT).contains("</script")) {
      throw new IllegalStateException("a script to inline contains </script");
    }
    return code.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
  }

  /** The template with each marker replaced once; inserted text is not searched for markers. */
  private static String fill(String template, List<String> markers, List<String> values) {
    StringBuilder out = new StringBuilder(template.length() + 2_000_000);
    int from = 0;
    while (true) {
      int next = -1;
      int which = -1;
      for (int i = 0; i < markers.size(); i++) {
        int at = template.indexOf(markers.get(i), from);
        if (at >= 0 && (next < 0 || at < next)) {
          next = at;
          which = i;
        }
      }
      if (next < 0) {
        return out.append(template, from, template.length()).toString();
      }
      out.append(template, from, next).append(values.get(which));
      from = next + markers.get(which).length();
    }
  }

  private static String toJson(ObjectNode data) {
    try {
      return new ObjectMapper().writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
