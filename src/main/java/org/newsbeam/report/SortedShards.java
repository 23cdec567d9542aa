package org.newsbeam.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.values.KV;

/**
 * A report's rows in several files, each sorted, merged into one sorted report without holding the
 * report in memory. A row block is a sort key and CSV text; blocks sort by key, then text. The
 * shard files are private to a run: a count, then the blocks in Beam's coder encoding.
 */
final class SortedShards {
  static final Comparator<KV<String, String>> ORDER =
      Comparator.<KV<String, String>, String>comparing(KV::getKey).thenComparing(KV::getValue);

  private static final KvCoder<String, String> BLOCK =
      KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());

  private SortedShards() {}

  /** Sorts the blocks and writes them as one shard file. */
  static void write(ResourceId shard, List<KV<String, String>> blocks) throws IOException {
    blocks.sort(ORDER);
    try (OutputStream out =
        new BufferedOutputStream(
            Channels.newOutputStream(FileSystems.create(shard, "application/octet-stream")))) {
      VarIntCoder.of().encode(blocks.size(), out);
      for (KV<String, String> block : blocks) {
        BLOCK.encode(block, out);
      }
    }
  }

  /** Shards read at once by one merge; more are merged in rounds, so few files are open. */
  static final int FAN_IN = 128;

  /** Writes the CSV text of every block of the shards, in order. */
  static void merge(List<ResourceId> shards, Writer report) throws IOException {
    List<ResourceId> round = shards;
    int level = 0;
    while (round.size() > FAN_IN) {
      List<ResourceId> next = new ArrayList<>();
      for (int from = 0; from < round.size(); from += FAN_IN) {
        List<ResourceId> part = round.subList(from, Math.min(round.size(), from + FAN_IN));
        ResourceId merged =
            part.get(0)
                .getCurrentDirectory()
                .resolve(
                    part.get(0).getFilename() + ".round" + level + "." + from,
                    ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
        mergeInto(part, merged);
        if (level > 0) {
          FileSystems.delete(part, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
        }
        next.add(merged);
      }
      round = next;
      level++;
    }
    mergeBlocks(round, block -> report.write(block.getValue()));
    if (level > 0) {
      FileSystems.delete(round, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }

  /** Merges sorted shards into one sorted shard file. */
  private static void mergeInto(List<ResourceId> shards, ResourceId merged) throws IOException {
    long blocks = 0;
    for (ResourceId shard : shards) {
      try (InputStream in =
          new BufferedInputStream(Channels.newInputStream(FileSystems.open(shard)))) {
        blocks += VarIntCoder.of().decode(in);
      }
    }
    try (OutputStream out =
        new BufferedOutputStream(
            Channels.newOutputStream(FileSystems.create(merged, "application/octet-stream")))) {
      VarIntCoder.of().encode(Math.toIntExact(blocks), out);
      mergeBlocks(shards, block -> BLOCK.encode(block, out));
    }
  }

  /** What is done with each block, in order. */
  private interface BlockSink {
    void accept(KV<String, String> block) throws IOException;
  }

  /** Hands every block of the shards to {@code sink}, in order. */
  private static void mergeBlocks(List<ResourceId> shards, BlockSink sink) throws IOException {
    List<Cursor> open = new ArrayList<>();
    try {
      PriorityQueue<Cursor> next =
          new PriorityQueue<>(Comparator.comparing((Cursor c) -> c.block, ORDER));
      for (ResourceId shard : shards) {
        Cursor cursor = new Cursor(shard);
        open.add(cursor);
        if (cursor.advance()) {
          next.add(cursor);
        }
      }
      while (!next.isEmpty()) {
        Cursor first = next.poll();
        sink.accept(first.block);
        if (first.advance()) {
          next.add(first);
        }
      }
    } finally {
      for (Cursor cursor : open) {
        cursor.in.close();
      }
    }
  }

  /** One shard file being read: its current block. */
  private static final class Cursor {
    final InputStream in;
    int remaining;
    KV<String, String> block;

    Cursor(ResourceId shard) throws IOException {
      in = new BufferedInputStream(Channels.newInputStream(FileSystems.open(shard)));
      remaining = VarIntCoder.of().decode(in);
    }

    boolean advance() {
      if (remaining == 0) {
        return false;
      }
      remaining--;
      try {
        block = BLOCK.decode(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return true;
    }
  }
}
