package org.newsbeam.annotations;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
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
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.nlp.NlpStage;
import org.newsbeam.read.ContentHash;

/**
 * Keeps each article's CoreNLP annotations (sentences, tokens, phrase sentiment, entity mentions)
 * as one gzipped JSON file named by the SHA-256 of its text, under a folder named by the CoreNLP
 * configuration's fingerprint: {@code <directory>/<fingerprint>/<sha256>.json.gz}. A later run over
 * the same text, under any file name, reads them back instead of annotating again; a change of
 * configuration starts a new folder. {@code zcat FILE | jq .} shows one.
 */
public final class AnnotationStore implements Serializable {
  private final String directory;
  private final String fingerprint;
  private transient Json json;

  public AnnotationStore(String directory) {
    this.directory = directory;
    this.fingerprint = fingerprint();
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

  /** The stored annotations of this article's text, as annotations of this article. */
  public Optional<AnnotatedArticle> load(Article article) throws IOException {
    ResourceId file = fileFor(ContentHash.of(article.text));
    AnnotatedArticle stored;
    try (InputStream in =
        new GZIPInputStream(Channels.newInputStream(FileSystems.open(file)), 1 << 16)) {
      stored = json().read(in);
    } catch (FileNotFoundException | java.nio.file.NoSuchFileException notStored) {
      return Optional.empty();
    }
    if (!stored.article.text.equals(article.text)) {
      return Optional.empty(); // a hash collision or a damaged file: annotate afresh
    }
    return Optional.of(rebind(stored, article));
  }

  /** Stores the article's annotations; written under a temporary name, then renamed. */
  public void save(AnnotatedArticle annotated) throws IOException {
    String hash = ContentHash.of(annotated.article.text);
    ResourceId target = fileFor(hash);
    ResourceId temporary = fileFor(hash + "." + UUID.randomUUID() + ".inprogress");
    AnnotatedArticle withoutLaterStages = annotated.withQuotes(List.of());
    try (OutputStream out =
        new GZIPOutputStream(
            Channels.newOutputStream(FileSystems.create(temporary, "application/gzip")))) {
      out.write(json().write(withoutLaterStages).getBytes(StandardCharsets.UTF_8));
    }
    FileSystems.rename(List.of(temporary), List.of(target));
  }

  private ResourceId fileFor(String name) {
    return FileSystems.matchNewResource(directory, true)
        .resolve(fingerprint, StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve(
            name + (name.endsWith(".inprogress") ? "" : ".json.gz"),
            StandardResolveOptions.RESOLVE_FILE);
  }

  private Json json() {
    if (json == null) {
      json = new Json();
    }
    return json;
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
    List<EntityMention> mentions = new ArrayList<>();
    for (EntityMention m : stored.mentions) {
      mentions.add(
          new EntityMention(
              id,
              m.sentenceIndex,
              m.firstToken,
              m.endToken,
              m.begin,
              m.end,
              m.text,
              m.type,
              m.country,
              m.countryBy));
    }
    return new AnnotatedArticle(article, sentences, sentiments, mentions, List.of());
  }

  /** JSON through the element's Beam schema, so the files follow the model's field names. */
  private static final class Json {
    private final SerializableFunction<AnnotatedArticle, Row> toRow;
    private final SerializableFunction<Row, AnnotatedArticle> fromRow;
    private final com.fasterxml.jackson.databind.ObjectMapper writer;
    private final RowJsonReader reader;

    Json() {
      SchemaRegistry registry = SchemaRegistry.createDefault();
      try {
        Schema schema = registry.getSchema(AnnotatedArticle.class);
        toRow = registry.getToRowFunction(AnnotatedArticle.class);
        fromRow = registry.getFromRowFunction(AnnotatedArticle.class);
        writer = RowJsonUtils.newObjectMapperWith(RowJson.RowJsonSerializer.forSchema(schema));
        reader = new RowJsonReader(schema);
      } catch (NoSuchSchemaException e) {
        throw new IllegalStateException(e);
      }
    }

    String write(AnnotatedArticle article) {
      return RowJsonUtils.rowToJson(writer, toRow.apply(article));
    }

    AnnotatedArticle read(InputStream json) throws IOException {
      try {
        return fromRow.apply(reader.read(json));
      } catch (IOException | RuntimeException e) {
        throw new UncheckedIOException(new IOException("unreadable stored annotations", e));
      }
    }
  }
}
