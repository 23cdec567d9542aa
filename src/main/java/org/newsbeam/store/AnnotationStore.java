package org.newsbeam.store;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.util.RowJson;
import org.apache.beam.sdk.util.RowJsonUtils;
import org.apache.beam.sdk.values.Row;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.ArticleReport;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.nlp.NlpStage;
import org.newsbeam.text.ContentHash;

/**
 * Keeps each article's CoreNLP annotations (sentences, tokens, phrase sentiment, entity mentions)
 * as one gzipped JSON file named by the SHA-256 of its text, under a folder named by the CoreNLP
 * configuration's fingerprint: {@code <directory>/<fingerprint>/<sha256>.json.gz}. A later run over
 * the same text, under any file name, reads them back instead of annotating again; a change of
 * configuration starts a new folder. {@code zcat FILE | jq .} shows one.
 *
 * <p>Beside them, in {@code <fingerprint>/reports-<code
 * fingerprint>-<attributor>/<sha256>.json.gz}, what the article contributes to the reports as this
 * build of newsbeam worked it out with that quote attributor ({@link ArticleReport}: countries
 * mapped, sentiment scored, quotes attributed, rows written), so a rerun by the same build with the
 * same attributor reads that small file instead of the annotations and does none of that again.
 */
public final class AnnotationStore implements Serializable {
  private final String directory;
  private final String fingerprint;

  /**
   * What the article reports kept here depend on besides the annotations: this build of newsbeam's
   * code and the options that change an article's report. Empty: reports not kept.
   */
  private final String reportsKey;

  private transient Json<AnnotatedArticle> annotationsJson;
  private transient Json<ArticleReport> reportsJson;

  /** A store of annotations only: it keeps no article reports. */
  public AnnotationStore(String directory) {
    this(directory, Optional.empty());
  }

  /**
   * A store that also keeps each article's report, as this build of newsbeam works it out with this
   * quote attributor, under {@code reports-<code fingerprint>-<attributor>}.
   */
  public static AnnotationStore withReports(String directory, String attributor) {
    return new AnnotationStore(
        directory, CodeFingerprint.ofThisBuild().map(build -> build + "-" + attributor));
  }

  /** A store whose article reports are kept under {@code reports-<reportsKey>} (none: not kept). */
  AnnotationStore(String directory, Optional<String> reportsKey) {
    this.directory = directory;
    this.fingerprint = fingerprint();
    this.reportsKey = reportsKey.orElse("");
  }

  /** Bump when the stored elements or the stages' own processing change meaning. */
  private static final String FORMAT = "newsbeam-annotations-1";

  /**
   * What the stored annotations depend on: the format, the CoreNLP version and every stage's
   * configuration. Twelve hex digits of their SHA-256.
   */
  public static String fingerprint() {
    StringBuilder all = new StringBuilder(FORMAT).append('\n');
    Properties versions = new Properties();
    try (InputStream in =
        AnnotationStore.class.getResourceAsStream("/org/newsbeam/versions.properties")) {
      versions.load(in);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("versions.properties missing from the build", e);
    }
    all.append("corenlp=").append(versions.getProperty("corenlp")).append('\n');
    for (NlpStage stage : NlpStage.ANNOTATION_STAGES) {
      new TreeMap<>(stage.properties())
          .forEach(
              (k, v) -> all.append(stage).append('.').append(k).append('=').append(v).append('\n'));
    }
    return ContentHash.of(all.toString()).substring(0, 12);
  }

  /**
   * Whether a store on this machine's disk keeps nothing under this configuration yet: a first run
   * into it annotates every article. A store elsewhere (a bucket) is not listed, and counts as
   * holding something.
   */
  public static boolean holdsNothingLocally(String directory) {
    if (directory.contains("://")) {
      return false;
    }
    Path folder = Path.of(directory, fingerprint());
    if (!Files.isDirectory(folder)) {
      return true;
    }
    try (Stream<Path> stored = Files.list(folder)) {
      return stored.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** The stored annotations of this article's text, as annotations of this article. */
  public Optional<AnnotatedArticle> load(Article article) throws IOException {
    Optional<AnnotatedArticle> stored = read(annotationsFile(article), annotations());
    if (stored.isEmpty() || !stored.get().article.text.equals(article.text)) {
      return Optional.empty(); // not stored, or a hash collision or a damaged file: annotate afresh
    }
    return Optional.of(rebind(stored.get(), article));
  }

  /** Stores the article's annotations; written under a temporary name, then renamed. */
  public void save(AnnotatedArticle annotated) throws IOException {
    write(annotationsFile(annotated.article), annotations(), annotated.withQuotes(List.of()));
  }

  /**
   * What this article contributes to the reports, as this build of newsbeam worked it out in an
   * earlier run, if it kept it and the article is still the same file with the same text.
   */
  public Optional<ArticleReport> loadReport(Article article) throws IOException {
    Optional<ResourceId> file = reportFile(ContentHash.of(article.text));
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return read(file.get(), reports()).filter(report -> report.isFor(article));
  }

  /** Keeps the article's report for later runs of this build of newsbeam. */
  public void saveReport(ArticleReport report) throws IOException {
    Optional<ResourceId> file = reportFile(report.textSha256);
    if (file.isPresent()) {
      write(file.get(), reports(), report);
    }
  }

  private <T> Optional<T> read(ResourceId file, Json<T> json) throws IOException {
    try (InputStream in =
        new GZIPInputStream(Channels.newInputStream(FileSystems.open(file)), 1 << 16)) {
      return Optional.of(json.read(in));
    } catch (FileNotFoundException | java.nio.file.NoSuchFileException notStored) {
      return Optional.empty();
    }
  }

  private <T> void write(ResourceId target, Json<T> json, T value) throws IOException {
    ResourceId temporary =
        target
            .getCurrentDirectory()
            .resolve(
                target.getFilename() + "." + UUID.randomUUID() + ".inprogress",
                StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream out =
        new GZIPOutputStream(
            Channels.newOutputStream(FileSystems.create(temporary, "application/gzip")))) {
      out.write(json.write(value).getBytes(StandardCharsets.UTF_8));
    }
    FileSystems.rename(List.of(temporary), List.of(target));
  }

  private ResourceId annotationsFile(Article article) {
    return folder()
        .resolve(ContentHash.of(article.text) + ".json.gz", StandardResolveOptions.RESOLVE_FILE);
  }

  /** Under a folder named by what reports depend on; none when reports are not kept. */
  private Optional<ResourceId> reportFile(String textSha256) {
    if (reportsKey.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        folder()
            .resolve("reports-" + reportsKey, StandardResolveOptions.RESOLVE_DIRECTORY)
            .resolve(textSha256 + ".json.gz", StandardResolveOptions.RESOLVE_FILE));
  }

  private ResourceId folder() {
    return FileSystems.matchNewResource(directory, true)
        .resolve(fingerprint, StandardResolveOptions.RESOLVE_DIRECTORY);
  }

  private Json<AnnotatedArticle> annotations() {
    if (annotationsJson == null) {
      annotationsJson = new Json<>(AnnotatedArticle.class);
    }
    return annotationsJson;
  }

  private Json<ArticleReport> reports() {
    if (reportsJson == null) {
      reportsJson = new Json<>(ArticleReport.class);
    }
    return reportsJson;
  }

  /** The stored annotations re-addressed to the article now being read (id, source, title). */
  static AnnotatedArticle rebind(AnnotatedArticle stored, Article article) {
    String id = article.id;
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : stored.sentences) {
      sentences.add(new Sentence(id, s.index, s.begin, s.end, s.text, s.tokens));
    }
    List<SentenceSentiment> sentiments = new ArrayList<>();
    for (SentenceSentiment s : stored.sentiments) {
      sentiments.add(new SentenceSentiment(id, s.index, s.phrases, s.skipReason));
    }
    return new AnnotatedArticle(
        article,
        sentences,
        sentiments,
        stored.mentions.stream().map(m -> m.inArticle(id)).toList(),
        List.of());
  }

  /** JSON through the element's Beam schema, so the files follow the model's field names. */
  private static final class Json<T> {
    private final SerializableFunction<T, Row> toRow;
    private final SerializableFunction<Row, T> fromRow;
    private final com.fasterxml.jackson.databind.ObjectMapper writer;
    private final RowJsonReader reader;

    Json(Class<T> type) {
      SchemaRegistry registry = SchemaRegistry.createDefault();
      try {
        Schema schema = registry.getSchema(type);
        toRow = registry.getToRowFunction(type);
        fromRow = registry.getFromRowFunction(type);
        writer = RowJsonUtils.newObjectMapperWith(RowJson.RowJsonSerializer.forSchema(schema));
        reader = new RowJsonReader(schema);
      } catch (NoSuchSchemaException e) {
        throw new IllegalStateException(e);
      }
    }

    String write(T value) {
      return RowJsonUtils.rowToJson(writer, toRow.apply(value));
    }

    T read(InputStream json) throws IOException {
      try {
        return fromRow.apply(reader.read(json));
      } catch (IOException | RuntimeException e) {
        throw new UncheckedIOException(new IOException("unreadable stored annotations", e));
      }
    }
  }
}
