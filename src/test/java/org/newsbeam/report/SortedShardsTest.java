package org.newsbeam.report;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.values.KV;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SortedShardsTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void mergedShardsGiveTheBlocksInTheOrderOfOneSort() throws IOException {
    assertMergesAsOneSort(5, 200);
  }

  @Test
  public void moreShardsThanOneMergeReadsAreMergedInRoundsAndTheirFilesRemoved()
      throws IOException {
    assertMergesAsOneSort(SortedShards.FAN_IN * 2 + 3, 3);
    try (var files = java.nio.file.Files.list(tmp.getRoot().toPath())) {
      // only the shards themselves remain: the rounds' files are gone
      assertEquals(SortedShards.FAN_IN * 2 + 3, files.count());
    }
  }

  private void assertMergesAsOneSort(int count, int blocksPerShard) throws IOException {
    Random random = new Random(3);
    List<KV<String, String>> all = new ArrayList<>();
    List<ResourceId> shards = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      List<KV<String, String>> blocks = new ArrayList<>();
      // Shard 4 stays empty; keys repeat across shards, so ties are broken by the text.
      for (int i = 0; s != 4 && i < blocksPerShard; i++) {
        String key = "k" + random.nextInt(50);
        blocks.add(KV.of(key, "row " + random.nextInt(1000) + ",\"a, b\"\nnext line\n"));
      }
      all.addAll(blocks);
      ResourceId shard =
          FileSystems.matchNewResource(tmp.getRoot().toPath().resolve("s" + s).toString(), false);
      SortedShards.write(shard, new ArrayList<>(blocks));
      shards.add(shard);
    }
    all.sort(SortedShards.ORDER);
    StringBuilder expected = new StringBuilder();
    all.forEach(block -> expected.append(block.getValue()));

    StringWriter merged = new StringWriter();
    SortedShards.merge(shards, merged);
    assertEquals(expected.toString(), merged.toString());
  }
}
