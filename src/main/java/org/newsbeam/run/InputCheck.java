package org.newsbeam.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.newsbeam.NewsbeamOptions;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Stage;
import org.newsbeam.read.ArticleDecoder;
import org.newsbeam.read.InputFormat;
import org.newsbeam.read.ReadArticles;
import org.newsbeam.read.RecordFields;
import org.newsbeam.report.Csv;
import org.newsbeam.report.Period;
import org.newsbeam.speakers.SpeakerAttributor;

/**
 * Checks, before any model is loaded, that the input pattern matches files and the output directory
 * can be written, so that a wrong path costs a one-line message, not a stack trace.
 */
public final class InputCheck {
  /** A mistake in how newsbeam was called; the message is meant for the user. */
  public static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  /**
   * {@code files}: everything the pattern matches; {@code notFiles}: the entries among them that
   * are not readable files (directories, broken links), each a failure with its reason, since
   * Beam's match leaves them out and they would otherwise vanish without a word; {@code matched}:
   * the files Beam matched, in order of their names; {@code bytes}: their total size.
   */
  public record Result(long files, List<Failure> notFiles, List<MatchResult.Metadata> matched) {
    public long bytes() {
      return matched.stream().mapToLong(MatchResult.Metadata::sizeBytes).sum();
    }

    /** The articles to expect, when each file is one; 0 when some file holds records. */
    public long articlesIfKnown() {
      boolean records =
          matched.stream().anyMatch(m -> InputFormat.of(m.resourceId().getFilename()).hasRecords());
      return records ? 0 : files;
    }
  }

  private InputCheck() {}

  public static Result check(NewsbeamOptions options) throws UsageException {
    try {
      SpeakerAttributor.named(options.getAttributor());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try {
      RecordFields.parse(options.getFields());
      Period.named(options.getPeriod());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (options.getMaxArticleChars() < 1) {
      throw new UsageException("--maxArticleChars must be at least 1");
    }
    List<Failure> notFiles = localEntriesThatAreNotFiles(options.getInput());
    List<MatchResult.Metadata> matched = matches(options.getInput(), notFiles.size());
    checkWritable(options.getOutput());
    if (!options.getOverwrite()) {
      checkNotReportsOfOtherInput(options.getOutput(), matched);
    }
    return new Result(matched.size() + notFiles.size(), notFiles, matched);
  }

  private static List<MatchResult.Metadata> matches(String pattern, int notFiles)
      throws UsageException {
    MatchResult match;
    try {
      match = FileSystems.match(List.of(pattern), EmptyMatchTreatment.ALLOW).get(0);
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("cannot read input '" + pattern + "': " + e.getMessage());
    }
    List<MatchResult.Metadata> metadata;
    try {
      metadata = match.status() == MatchResult.Status.OK ? match.metadata() : List.of();
    } catch (IOException e) {
      throw new UsageException("cannot read input '" + pattern + "': " + e.getMessage());
    }
    if (metadata.isEmpty() && notFiles == 0) {
      throw new UsageException(
          "no input files match '"
              + pattern
              + "' (set --input to a file pattern, e.g. seeds/*.txt)");
    }
    return metadata.stream()
        .sorted(Comparator.comparing(file -> file.resourceId().toString()))
        .toList();
  }

  /**
   * For a local pattern, the matching entries Beam's match skips: directories and anything else
   * that is not a regular file (a broken link, a device). Same matching rule as Beam's.
   */
  static List<Failure> localEntriesThatAreNotFiles(String pattern) {
    if (pattern.contains("://") || pattern.startsWith("file:")) {
      return List.of();
    }
    Path absolute = Paths.get(pattern).toAbsolutePath().normalize();
    String text = absolute.toString();
    int wildcard = firstWildcard(text);
    if (wildcard < 0) {
      return List.of();
    }
    Path root = Paths.get(text.substring(0, text.lastIndexOf('/', wildcard) + 1));
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    PathMatcher matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + text);
    String launchDirectory = Paths.get("").toAbsolutePath().toString();
    List<Failure> notFiles = new ArrayList<>();
    try (Stream<Path> entries = Files.walk(root)) {
      for (Path entry : entries.sorted().toList()) {
        if (!entry.equals(root) && matcher.matches(entry) && !Files.isRegularFile(entry)) {
          String name = entry.getFileName().toString();
          String reason =
              Files.isDirectory(entry)
                  ? "a directory, not a file"
                  : Files.isSymbolicLink(entry)
                      ? "cannot read the file: a broken link"
                      : "cannot read the file: not a regular file";
          notFiles.add(
              Failure.at(
                  ArticleDecoder.articleId(name),
                  ReadArticles.displayName(entry.toString(), launchDirectory),
                  Stage.READ,
                  reason));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return notFiles; // what Beam can match is still read; an unlistable folder has no entries
    }
    return notFiles;
  }

  private static int firstWildcard(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("*?[{".indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Stops a run that would replace reports of other input: the output directory holds an
   * articles.csv none of whose files are among the files matched now (the committed {@code
   * output/}, say, and a run over another folder). A scheduled run over a growing folder shares
   * files with its last reports and goes on.
   */
  static void checkNotReportsOfOtherInput(String directory, List<MatchResult.Metadata> matched)
      throws UsageException {
    Path articles = Paths.get(directory, "articles.csv");
    if (directory.contains("://") || !Files.isRegularFile(articles)) {
      return;
    }
    List<String> earlier = new ArrayList<>();
    try {
      Csv.records(articles).forEach(row -> earlier.add(row.get("file")));
    } catch (IOException | RuntimeException e) {
      return; // not newsbeam's reports, or damaged: nothing to protect
    }
    String launchDirectory = Paths.get("").toAbsolutePath().toString();
    Set<String> now = new HashSet<>();
    for (MatchResult.Metadata file : matched) {
      now.add(ReadArticles.displayName(file.resourceId().toString(), launchDirectory));
    }
    if (!earlier.isEmpty() && earlier.stream().noneMatch(now::contains)) {
      throw new UsageException(
          "'"
              + directory
              + "' holds the reports of other input ("
              + earlier.size()
              + " articles, e.g. "
              + earlier.get(0)
              + "); give another --output, or --overwrite=true to replace them");
    }
  }

  private static void checkWritable(String directory) throws UsageException {
    ResourceId probe;
    try {
      probe =
          FileSystems.matchNewResource(directory, true)
              .resolve(".newsbeam-write-check", StandardResolveOptions.RESOLVE_FILE);
      try (WritableByteChannel channel = FileSystems.create(probe, "text/plain")) {
        channel.write(ByteBuffer.allocate(0));
      }
      FileSystems.delete(List.of(probe));
    } catch (IOException | RuntimeException e) {
      throw new UsageException(
          "cannot write to output directory '" + directory + "': " + e.getMessage());
    }
  }
}
