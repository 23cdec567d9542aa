package org.newsbeam.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsbeam.model.Article;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Stage;
import org.newsbeam.progress.Progress;
import org.newsbeam.text.TitleLine;

/**
 * Reads every file matching a pattern into {@link Article}s, in the format its name says ({@link
 * InputFormat}): a text file is one article (id = file name without extension, title = first
 * non-empty line, text = the whole file); a JSON file one record; JSON Lines and CSV files one
 * record per line or row ({@link RecordArticles}). Gzip is read through. A large JSON Lines file is
 * cut into blocks of whole lines that are read on different workers; each record and row is bounded
 * in size, so no file is ever held whole. What cannot be read (a file, a line, a row) goes to
 * {@link #FAILURES} with its file, its line and the reason; the rest of the file is read.
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  /** A JSON Lines file is read in blocks of about this many bytes, each on its own. */
  static final long BLOCK_BYTES = 32L << 20;

  /** A gzip stream that expands more than this many times past {@link #GZIP_FLOOR} is refused. */
  static final long GZIP_RATIO = 200;

  static final long GZIP_FLOOR = 256L << 20;

  /** What to read: a file pattern (glob). */
  private final String filePattern;

  private final int maxArticleChars;
  private final RecordFields fields;

  /** The run's day: a later publication date is not a date (the same on every worker). */
  private final LocalDate today;

  /** Where the job was launched: sources are shown relative to it, whichever worker reads. */
  private final String launchDirectory;

  /** A JSON Lines file larger than this is read in blocks of about this size. */
  private final long blockBytes;

  public ReadArticles(String filePattern, int maxArticleChars) {
    this(
        filePattern,
        maxArticleChars,
        RecordFields.defaults(),
        LocalDate.now(java.time.ZoneOffset.UTC));
  }

  public ReadArticles(
      String filePattern, int maxArticleChars, RecordFields fields, LocalDate today) {
    this(filePattern, maxArticleChars, fields, today, BLOCK_BYTES);
  }

  ReadArticles(
      String filePattern,
      int maxArticleChars,
      RecordFields fields,
      LocalDate today,
      long blockBytes) {
    this.blockBytes = blockBytes;
    this.filePattern = filePattern;
    this.maxArticleChars = maxArticleChars;
    this.fields = fields;
    this.today = today;
    this.launchDirectory = Paths.get("").toAbsolutePath().toString();
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    return input
        .apply("FilePattern", Create.of(filePattern))
        .apply("MatchFiles", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        .apply("Blocks", ParDo.of(new BlocksFn(blockBytes)))
        // Blocks of one large file go to different workers.
        .apply("SpreadBlocks", Reshuffle.viaRandomKey())
        .apply(
            "ReadBlock",
            ParDo.of(new ReadBlockFn(maxArticleChars, fields, today, launchDirectory))
                .withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));
  }

  /**
   * A local file under the launch directory by its relative path (so reports do not depend on where
   * the project was checked out, nor on which worker read it); anything else by its full name.
   */
  public static String displayName(String resource, String launchDirectory) {
    if (resource.contains("://")) {
      return resource;
    }
    Path path = Paths.get(resource).toAbsolutePath().normalize();
    Path base = Paths.get(launchDirectory);
    return path.startsWith(base) ? base.relativize(path).toString() : resource;
  }

  /**
   * A part of a file to read: bytes {@code [start, end)}, the first of them on line {@code line}.
   */
  @DefaultSchema(JavaFieldSchema.class)
  public static final class Block {
    public final String resource;
    public final boolean directory;
    public final long start;
    public final long end;
    public final long line;

    @SchemaCreate
    public Block(String resource, boolean directory, long start, long end, long line) {
      this.resource = resource;
      this.directory = directory;
      this.start = start;
      this.end = end;
      this.line = line;
    }
  }

  /**
   * Cuts a plain (not gzipped) JSON Lines file larger than a block into blocks of whole lines,
   * counting the lines before each: one fast pass over its bytes. Any other file is one block.
   */
  static class BlocksFn extends DoFn<MatchResult.Metadata, Block> {
    private final long blockBytes;

    BlocksFn(long blockBytes) {
      this.blockBytes = blockBytes;
    }

    @ProcessElement
    public void processElement(@Element MatchResult.Metadata file, OutputReceiver<Block> out)
        throws IOException {
      String resource = file.resourceId().toString();
      String name = Optional.ofNullable(file.resourceId().getFilename()).orElse(resource);
      boolean directory = file.resourceId().isDirectory();
      if (directory
          || InputFormat.of(name) != InputFormat.JSON_LINES
          || InputFormat.isGzip(name)
          || file.sizeBytes() <= blockBytes) {
        out.output(new Block(resource, directory, 0, -1, 1));
        return;
      }
      long start = 0;
      long line = 1;
      long position = 0;
      long linesSoFar = 1;
      long nextCut = blockBytes;
      try (InputStream in =
          new BufferedInputStream(
              Channels.newInputStream(FileSystems.open(file.resourceId())), 1 << 16)) {
        int b;
        while ((b = in.read()) >= 0) {
          position++;
          if (b == '\n') {
            linesSoFar++;
            if (position >= nextCut) {
              out.output(new Block(resource, false, start, position, line));
              start = position;
              line = linesSoFar;
              nextCut = position + blockBytes;
            }
          }
        }
      }
      if (position > start) {
        out.output(new Block(resource, false, start, position, line));
      }
    }
  }

  static class ReadBlockFn extends DoFn<Block, Article> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Counter read = Metrics.counter(ReadArticles.class, "articlesRead");
    private final Counter rejected = Metrics.counter(ReadArticles.class, "filesRejected");
    private final Counter recordsRejected = Metrics.counter(ReadArticles.class, "recordsRejected");
    private final int maxArticleChars;
    private final RecordFields fields;
    private final LocalDate today;
    private final String launchDirectory;

    ReadBlockFn(int maxArticleChars, RecordFields fields, LocalDate today, String launchDirectory) {
      this.maxArticleChars = maxArticleChars;
      this.fields = fields;
      this.today = today;
      this.launchDirectory = launchDirectory;
    }

    @ProcessElement
    public void processElement(@Element Block block, MultiOutputReceiver out) {
      ResourceId resource = FileSystems.matchNewResource(block.resource, block.directory);
      String source = displayName(block.resource, launchDirectory);
      String name = Optional.ofNullable(resource.getFilename()).orElse(source);
      InputFormat format = InputFormat.of(name);
      String fileId =
          ArticleDecoder.articleId(
              InputFormat.isGzip(name) ? name.substring(0, name.length() - 3) : name);
      if (block.directory) {
        reject(out, rejected, Failure.at(fileId, source, Stage.READ, "a directory, not a file"));
        return;
      }
      ArticleDecoder decoder = new ArticleDecoder(maxArticleChars);
      try (InputStream in = open(resource, block, name)) {
        switch (format) {
          case TEXT -> readText(in, decoder, fileId, source, out);
          case JSON -> readJson(in, decoder, fileId, source, out);
          case JSON_LINES -> readJsonLines(in, block, decoder, fileId, source, out);
          case CSV -> readCsv(in, decoder, fileId, source, out);
        }
      } catch (ArticleDecoder.RejectedException e) {
        reject(out, rejected, Failure.at(fileId, source, Stage.READ, e.getMessage()));
      } catch (IOException | RuntimeException e) {
        reject(
            out,
            rejected,
            Failure.at(fileId, source, Stage.READ, "cannot read the file: " + describe(e)));
      }
    }

    /** The block's bytes, through gzip if the name says so, bounded in how far gzip expands. */
    private static InputStream open(ResourceId resource, Block block, String name)
        throws IOException {
      ReadableByteChannel channel = FileSystems.open(resource);
      if (block.start > 0) {
        ((SeekableByteChannel) channel).position(block.start);
      }
      InputStream raw = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
      if (!InputFormat.isGzip(name)) {
        return raw;
      }
      CountingStream compressed = new CountingStream(raw, Long.MAX_VALUE, null);
      return new CountingStream(
          new BufferedInputStream(new GZIPInputStream(compressed, 1 << 16), 1 << 16),
          GZIP_FLOOR,
          compressed);
    }

    private void readText(
        InputStream in, ArticleDecoder decoder, String id, String source, MultiOutputReceiver out)
        throws IOException, ArticleDecoder.RejectedException {
      byte[] bytes = in.readNBytes((int) decoder.maxBytes() + 1);
      if (bytes.length > decoder.maxBytes()) {
        throw decoder.tooManyBytes();
      }
      ArticleDecoder.Decoded decoded = decoder.decode(bytes);
      emit(
          out,
          new Article(id, source, TitleLine.of(decoded.text()), decoded.text(), decoded.charset()));
    }

    private void readJson(
        InputStream in,
        ArticleDecoder decoder,
        String fileId,
        String source,
        MultiOutputReceiver out)
        throws IOException, ArticleDecoder.RejectedException {
      byte[] bytes = in.readNBytes((int) decoder.maxBytes() * 2 + 1);
      if (bytes.length > decoder.maxBytes() * 2) {
        throw decoder.tooManyBytes();
      }
      JsonNode record;
      try {
        record = JSON.readTree(bytes);
      } catch (IOException e) {
        throw new ArticleDecoder.RejectedException("not JSON: " + firstLine(e.getMessage()));
      }
      if (record == null || !record.isObject()) {
        throw new ArticleDecoder.RejectedException("not a JSON object");
      }
      emit(
          out,
          RecordArticles.of(jsonRecord(record), fields, source, fileId, maxArticleChars, today));
    }

    private void readJsonLines(
        InputStream in,
        Block block,
        ArticleDecoder decoder,
        String fileId,
        String source,
        MultiOutputReceiver out)
        throws IOException {
      BoundedLines lines =
          new BoundedLines(in, (int) decoder.maxBytes() * 2, block.line, block.start);
      BoundedLines.Line line;
      try {
        while ((block.end < 0 || lines.position() < block.end) && (line = lines.next()) != null) {
          String at = fileId + ":" + line.number();
          if (line.tooLong()) {
            rejectRecord(
                out,
                at,
                source,
                line.number(),
                "line too long: over " + (decoder.maxBytes() * 2) + " bytes (--maxArticleChars)");
            continue;
          }
          if (line.text().isBlank()) {
            continue;
          }
          JsonNode record;
          try {
            record = JSON.readTree(line.text());
          } catch (IOException e) {
            rejectRecord(out, at, source, line.number(), "not JSON: " + firstLine(e.getMessage()));
            continue;
          }
          if (record == null || !record.isObject()) {
            rejectRecord(out, at, source, line.number(), "not a JSON object");
            continue;
          }
          try {
            emit(
                out,
                RecordArticles.of(jsonRecord(record), fields, source, at, maxArticleChars, today));
          } catch (ArticleDecoder.RejectedException e) {
            rejectRecord(out, recordId(record, at), source, line.number(), e.getMessage());
          }
        }
      } catch (IOException e) {
        reject(out, rejected, stoppedAfter(fileId, source, lines.lastLine(), e));
      }
    }

    private void readCsv(
        InputStream in,
        ArticleDecoder decoder,
        String fileId,
        String source,
        MultiOutputReceiver out)
        throws IOException, ArticleDecoder.RejectedException {
      BoundedCsv rows =
          new BoundedCsv(new InputStreamReader(in, StandardCharsets.UTF_8), maxArticleChars * 2);
      BoundedCsv.Row header = rows.next();
      if (header == null || header.tooLong() || header.fields().isEmpty()) {
        throw new ArticleDecoder.RejectedException("no header row");
      }
      List<String> columns =
          header.fields().stream().map(c -> c.strip().replace("\uFEFF", "")).toList();
      BoundedCsv.Row row;
      while ((row = nextRow(rows, fileId, source, out)) != null) {
        String at = fileId + ":" + row.line();
        if (row.tooLong()) {
          rejectRecord(
              out,
              at,
              source,
              row.line(),
              "row too long: over " + maxArticleChars * 2 + " characters (--maxArticleChars)");
          continue;
        }
        if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
          continue;
        }
        if (row.fields().size() != columns.size()) {
          rejectRecord(
              out,
              at,
              source,
              row.line(),
              row.fields().size() + " fields where the header has " + columns.size());
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          values.put(columns.get(i), row.fields().get(i));
        }
        RecordFields.Record record = name -> Optional.ofNullable(values.get(name));
        try {
          emit(out, RecordArticles.of(record, fields, source, at, maxArticleChars, today));
        } catch (ArticleDecoder.RejectedException e) {
          rejectRecord(out, at, source, row.line(), e.getMessage());
        }
      }
    }

    /** The next row, or null at the end or when the stream breaks (a failure then says where). */
    private BoundedCsv.Row nextRow(
        BoundedCsv rows, String fileId, String source, MultiOutputReceiver out) {
      try {
        return rows.next();
      } catch (IOException e) {
        reject(out, rejected, stoppedAfter(fileId, source, rows.line() - 1, e));
        return null;
      }
    }

    /** A file whose stream broke (a corrupt or exploding gzip): what was read before stays. */
    private static Failure stoppedAfter(String fileId, String source, long line, IOException e) {
      return Failure.at(
          fileId, source, Stage.READ, "reading stopped after line " + line + ": " + describe(e));
    }

    private RecordFields.Record jsonRecord(JsonNode record) {
      return name -> {
        JsonNode node = record;
        for (String part : name.split("\\.")) {
          node = node == null ? null : node.get(part);
        }
        return node == null || node.isNull() || node.isContainerNode()
            ? Optional.empty()
            : Optional.of(node.asText());
      };
    }

    private String recordId(JsonNode record, String at) {
      return fields
          .get(jsonRecord(record), RecordFields.Part.ID)
          .map(RecordArticles::idOf)
          .orElse(at);
    }

    private void emit(MultiOutputReceiver out, Article article) {
      out.get(ARTICLES).output(article);
      read.inc();
    }

    private void rejectRecord(
        MultiOutputReceiver out, String id, String source, long line, String reason) {
      reject(
          out, recordsRejected, Failure.at(id, source, Stage.READ, "line " + line + ": " + reason));
    }

    private static void reject(MultiOutputReceiver out, Counter counter, Failure failure) {
      counter.inc();
      out.get(FAILURES).output(failure);
      Progress.articleDropped();
    }

    private static String firstLine(String message) {
      if (message == null) {
        return "";
      }
      int nl = message.indexOf('\n');
      return nl < 0 ? message : message.substring(0, nl);
    }

    private static String describe(Exception e) {
      String message = e.getMessage();
      return e.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }
  }

  /**
   * Counts the bytes read through it; past {@code limit}, if {@code compressed} is given and this
   * stream has expanded more than {@link #GZIP_RATIO} times the bytes read from it, reading stops
   * with an error: a gzip bomb.
   */
  static final class CountingStream extends FilterInputStream {
    private final long limit;
    private final CountingStream compressed;
    long count;

    CountingStream(InputStream in, long limit, CountingStream compressed) {
      super(in);
      this.limit = limit;
      this.compressed = compressed;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = super.read(buffer, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(long n) throws IOException {
      count += n;
      if (compressed != null
          && count > limit
          && count > GZIP_RATIO * Math.max(1, compressed.count)) {
        throw new IOException(
            String.format(
                Locale.ROOT,
                "gzip stream expands more than %d times its size (%d bytes from %d)",
                GZIP_RATIO,
                count,
                compressed.count));
      }
    }
  }
}
