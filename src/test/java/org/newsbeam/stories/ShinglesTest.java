package org.newsbeam.stories;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class ShinglesTest {
  private static List<String> words(String s) {
    return Arrays.asList(s.split(" "));
  }

  @Test
  public void aTextOfNWordsHasNMinusKPlusOneShingles() {
    assertEquals(4, Shingles.of(words("a b c d e f"), 3).length);
    assertEquals(6, Shingles.of(words("a b c d e f"), 1).length);
  }

  @Test
  public void repeatedShinglesCountOnceAndTheArrayIsSorted() {
    long[] s = Shingles.of(words("a b a b a b"), 2);
    assertEquals(2, s.length);
    assertEquals(s[0] < s[1], true);
  }

  @Test
  public void wordOrderWithinAShingleMatters() {
    assertNotEquals(Shingles.of(words("a b c"), 3)[0], Shingles.of(words("c b a"), 3)[0]);
  }

  @Test
  public void shortTextsHaveOneShingleAndEmptyTextsNone() {
    assertEquals(1, Shingles.of(words("a b"), 4).length);
    assertEquals(0, Shingles.of(List.of(), 4).length);
  }

  @Test
  public void hashesAreFixedValuesNotPerProcess() {
    // The pipeline compares signatures made on different workers: the hash must never change.
    // The value is FNV-1a over the UTF-16 bytes, then MurmurHash3's fmix64, worked out apart.
    assertEquals(0x51e3112a72622fcfL, Hash64.of("story"));
    assertArrayEquals(
        Shingles.of(words("one story counted once"), 4),
        Shingles.of(words("one story counted once"), 4));
  }

  @Test
  public void exactJaccardAndContainmentCountSharedShingles() {
    long[] a = {1, 2, 3, 4};
    long[] b = {3, 4, 5};
    assertEquals(2, Shingles.common(a, b));
    assertEquals(2.0 / 5, Shingles.jaccard(a, b), 1e-12);
    assertEquals(2.0 / 3, Shingles.containment(a, b), 1e-12);
    assertEquals(0, Shingles.jaccard(new long[0], new long[0]), 0);
    assertEquals(0, Shingles.containment(a, new long[0]), 0);
  }
}
