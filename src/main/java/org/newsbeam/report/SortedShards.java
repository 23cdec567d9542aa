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

  /** Writes the CSV text of every block of the shards, in order. */
  static void merge(List<ResourceId> shards, Writer report) throws IOException {
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
        report.write(first.block.getValue());
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
