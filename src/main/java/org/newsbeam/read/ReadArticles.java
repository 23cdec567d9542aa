package org.newsbeam.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
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
 * Reads every file matching a pattern into an {@link Article} (id = file name without extension,
 * title = first non-empty line, text = the whole file). Files that are not readable text articles
 * go to {@link #FAILURES} with the reason.
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  /** What to read: a file pattern (glob). */
  private final String filePattern;

  private final int maxArticleChars;

  /** Where the job was launched: sources are shown relative to it, whichever worker reads. */
  private final String launchDirectory;

  public ReadArticles(String filePattern, int maxArticleChars) {
    this.filePattern = filePattern;
    this.maxArticleChars = maxArticleChars;
    this.launchDirectory = Paths.get("").toAbsolutePath().toString();
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    return input
        .apply("FilePattern", Create.of(filePattern))
        // Matched files are spread over the workers (FileIO reshuffles them).
        .apply("MatchFiles", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        .apply(
            "ReadFile",
            ParDo.of(new ReadFileFn(maxArticleChars, launchDirectory))
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

  static class ReadFileFn extends DoFn<MatchResult.Metadata, Article> {
    private final Counter read = Metrics.counter(ReadArticles.class, "articlesRead");
    private final Counter rejected = Metrics.counter(ReadArticles.class, "filesRejected");
    private final int maxArticleChars;
    private final String launchDirectory;

    ReadFileFn(int maxArticleChars, String launchDirectory) {
      this.maxArticleChars = maxArticleChars;
      this.launchDirectory = launchDirectory;
    }

    @ProcessElement
    public void processElement(@Element MatchResult.Metadata file, MultiOutputReceiver out) {
      String source = displayName(file.resourceId().toString(), launchDirectory);
      String name = file.resourceId().getFilename();
      String id = ArticleDecoder.articleId(name == null ? source : name);
      try {
        if (file.resourceId().isDirectory()) {
          throw new ArticleDecoder.RejectedException("a directory, not a file");
        }
        ArticleDecoder decoder = new ArticleDecoder(maxArticleChars);
        ArticleDecoder.Decoded decoded = decoder.decode(readAtMost(file, decoder));
        out.get(ARTICLES)
            .output(
                new Article(
                    id, source, TitleLine.of(decoded.text()), decoded.text(), decoded.charset()));
        read.inc();
      } catch (ArticleDecoder.RejectedException e) {
        reject(out, Failure.at(id, source, Stage.READ, e.getMessage()));
      } catch (IOException e) {
        reject(out, Failure.at(id, source, Stage.READ, "cannot read the file: " + describe(e)));
      }
    }

    private void reject(MultiOutputReceiver out, Failure failure) {
      rejected.inc();
      out.get(FAILURES).output(failure);
      Progress.articleDropped();
    }

    private static byte[] readAtMost(MatchResult.Metadata file, ArticleDecoder decoder)
        throws IOException, ArticleDecoder.RejectedException {
      try (InputStream in = Channels.newInputStream(FileSystems.open(file.resourceId()))) {
        byte[] bytes = in.readNBytes((int) decoder.maxBytes() + 1);
        if (bytes.length > decoder.maxBytes()) {
          throw decoder.tooManyBytes();
        }
        return bytes;
      }
    }

    private static String describe(IOException e) {
      String message = e.getMessage();
      return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
  }
}
