package org.newsbeam.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.Fixtures;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.ArticleReport;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Quote;
import org.newsbeam.model.QuoteKind;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.report.ArticleRows;

public class AnnotationStoreTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private static final String TEXT = "Ça va, «Zoë»\n\nPutin met Erdoğan in Ankara.";

  private static AnnotatedArticle annotated(String id) {
    Article article = new Article(id, id + ".txt", "Ça va, «Zoë»", TEXT, null);
    Sentence title = Fixtures.sentence(id, 0, 0, "Ça va, «Zoë»");
    Sentence body = Fixtures.sentence(id, 1, 14, "Putin met Erdoğan in Ankara.");
    List<SentenceSentiment> sentiments =
        List.of(
            Fixtures.flatSentiment(title, Fixtures.NEUTRAL),
            new SentenceSentiment(id, 1, List.of(), "longer than 120 tokens"));
    EntityMention ankara =
        new EntityMention(
            id, 1, 4, 5, 35, 41, "Ankara", "CITY", "TR", "capital", List.of(0.125, 0.5, 0.375));
    return new AnnotatedArticle(
        article, List.of(title, body), sentiments, List.of(ankara), List.of());
  }

  @Test
  public void storedAnnotationsComeBackWholeUnderTheArticleNowRead() throws IOException {
    AnnotationStore store = new AnnotationStore(tmp.getRoot().toString());
    store.save(annotated("first"));
    // The same text under another file name: found by content, re-addressed to the new article.
    Article again = new Article("second", "elsewhere/second.txt", "Ça va, «Zoë»", TEXT, "UTF-8");
    AnnotatedArticle loaded = store.load(again).orElseThrow();
    assertEquals(AnnotationStore.rebind(annotated("first"), again), loaded);
    assertEquals("second", loaded.mentions.get(0).articleId);
  }

  @Test
  public void reportsAreKeptPerBuildOfNewsbeamForTheSameFile() throws IOException {
    String dir = tmp.getRoot().toString();
    AnnotationStore thisBuild = new AnnotationStore(dir, Optional.of("aaaaaaaaaaaa"));
    Quote quote = Quote.unattributed("first", 0, 12, "Ça va, «Zoë»", QuoteKind.SCARE.label());
    AnnotatedArticle first = annotated("first").withQuotes(List.of(quote));
    ArticleReport report = new ArticleRows(first).report();
    assertFalse(thisBuild.loadReport(first.article).isPresent());
    thisBuild.saveReport(report);
    assertEquals(Optional.of(report), thisBuild.loadReport(first.article));

    // The rows name the file and its encoding: the same text read from another file, or decoded
    // otherwise, is reported afresh (from its stored annotations).
    Article elsewhere = new Article("first", "elsewhere/first.txt", "Ça va, «Zoë»", TEXT, null);
    assertFalse(thisBuild.loadReport(elsewhere).isPresent());
    Article recoded = new Article("first", "first.txt", "Ça va, «Zoë»", TEXT, "windows-1252");
    assertFalse(thisBuild.loadReport(recoded).isPresent());

    // Another build of newsbeam, another quote attributor, a store of annotations only, or a build
    // that cannot be fingerprinted: none reuses them.
    AnnotationStore otherBuild = new AnnotationStore(dir, Optional.of("bbbbbbbbbbbb"));
    assertFalse(otherBuild.loadReport(first.article).isPresent());
    AnnotationStore news = AnnotationStore.withReports(dir, "news");
    news.saveReport(report);
    assertEquals(Optional.of(report), news.loadReport(first.article));
    assertFalse(AnnotationStore.withReports(dir, "corenlp").loadReport(first.article).isPresent());
    assertFalse(new AnnotationStore(dir).loadReport(first.article).isPresent());
    AnnotationStore unknownBuild = new AnnotationStore(dir, Optional.empty());
    unknownBuild.saveReport(report);
    assertFalse(unknownBuild.loadReport(first.article).isPresent());
  }

  @Test
  public void thisBuildOfNewsbeamHasAFingerprint() {
    String fingerprint = CodeFingerprint.ofThisBuild().orElseThrow();
    assertTrue(fingerprint, fingerprint.matches("[0-9a-f]{12}"));
  }

  @Test
  public void anotherTextIsNotStored() throws IOException {
    AnnotationStore store = new AnnotationStore(tmp.getRoot().toString());
    store.save(annotated("first"));
    Article other = new Article("other", "other.txt", "Other", "Other text.", null);
    assertFalse(store.load(other).isPresent());
  }

  @Test
  public void theFileIsGzippedJsonNamedByContentUnderTheConfiguration() throws IOException {
    AnnotationStore store = new AnnotationStore(tmp.getRoot().toString());
    store.save(annotated("first"));
    Path folder = tmp.getRoot().toPath().resolve(AnnotationStore.fingerprint());
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.toList();
    }
    assertEquals(1, files.size());
    assertTrue(files.get(0).getFileName().toString().endsWith(".json.gz"));
    try (InputStream in = new GZIPInputStream(Files.newInputStream(files.get(0)))) {
      String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(json, json.startsWith("{\"article\":{\"id\":\"first\""));
      assertTrue(json, json.contains("\"skipReason\":\"longer than 120 tokens\""));
    }
  }

  @Test
  public void aDamagedFileIsAnErrorNotAnArticle() throws IOException {
    AnnotationStore store = new AnnotationStore(tmp.getRoot().toString());
    store.save(annotated("first"));
    Path folder = tmp.getRoot().toPath().resolve(AnnotationStore.fingerprint());
    Path file;
    try (Stream<Path> listed = Files.list(folder)) {
      file = listed.findFirst().orElseThrow();
    }
    byte[] whole;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      whole = in.readAllBytes();
    }
    try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(whole, 0, whole.length / 2); // cut in the middle of the JSON
    }
    Article article = annotated("first").article;
    assertThrows(UncheckedIOException.class, () -> store.load(article));
  }
}
