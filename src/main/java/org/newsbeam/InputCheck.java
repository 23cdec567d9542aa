package org.newsbeam;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.newsbeam.speakers.SpeakerAttributor;

/**
 * Checks, before any model is loaded, that the input pattern matches files and the output directory
 * can be written, so that a wrong path costs a one-line message, not a stack trace.
 */
final class InputCheck {
  /** A mistake in how newsbeam was called; the message is meant for the user. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  record Result(long files) {}

  private InputCheck() {}

  static Result check(NewsbeamOptions options) throws UsageException {
    try {
      SpeakerAttributor.named(options.getAttributor());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (options.getMaxArticleChars() < 1) {
      throw new UsageException("--maxArticleChars must be at least 1");
    }
    long files = countMatches(options.getInput());
    checkWritable(options.getOutput());
    return new Result(files);
  }

  private static long countMatches(String pattern) throws UsageException {
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
    if (metadata.isEmpty()) {
      throw new UsageException(
          "no input files match '"
              + pattern
              + "' (set --input to a file pattern, e.g. seeds/*.txt)");
    }
    return metadata.size();
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
