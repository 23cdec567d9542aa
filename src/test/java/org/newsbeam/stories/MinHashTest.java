package org.newsbeam.stories;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.Test;

public class MinHashTest {
  /** Two sets of 1,000 values sharing {@code common} of them. */
  private static long[][] sets(int common) {
    Random random = new Random(7);
    long[] shared = LongStream.generate(random::nextLong).limit(common).toArray();
    long[] a =
        LongStream.concat(
                Arrays.stream(shared), LongStream.generate(random::nextLong).limit(1000 - common))
            .toArray();
    long[] b =
        LongStream.concat(
                Arrays.stream(shared), LongStream.generate(random::nextLong).limit(1000 - common))
            .toArray();
    return new long[][] {a, b};
  }

  @Test
  public void theEstimateIsWithinFourStandardErrorsOfTheTrueJaccard() {
    MinHash minHash = new MinHash(128, 1);
    for (int common : new int[] {0, 200, 500, 800, 1000}) {
      long[][] s = sets(common);
      double jaccard = common / (2000.0 - common);
      double estimate = MinHash.estimatedJaccard(minHash.signature(s[0]), minHash.signature(s[1]));
      double error = Math.sqrt(jaccard * (1 - jaccard) / 128);
      assertEquals("shared " + common, jaccard, estimate, 4 * error + 1e-9);
    }
  }

  @Test
  public void aSignatureDependsOnTheSeedAndOnNothingElse() {
    long[] set = sets(100)[0];
    assertArrayEquals(new MinHash(64, 5).signature(set), new MinHash(64, 5).signature(set));
    assertFalse(
        Arrays.equals(new MinHash(64, 5).signature(set), new MinHash(64, 6).signature(set)));
    long[] shuffled = set.clone();
    Arrays.sort(shuffled);
    assertArrayEquals(new MinHash(64, 5).signature(set), new MinHash(64, 5).signature(shuffled));
  }

  @Test
  public void signaturesOfDifferentLengthsCannotBeCompared() {
    assertThrows(
        IllegalArgumentException.class, () -> MinHash.estimatedJaccard(new long[2], new long[3]));
  }

  @Test
  public void bandKeysAreEqualExactlyWhereABandsRowsAreEqual() {
    Bands bands = new Bands(4, 2);
    long[] a = {1, 2, 3, 4, 5, 6, 7, 8};
    long[] b = {1, 2, 3, 9, 5, 6, 0, 8};
    List<Long> ka = bands.keys(a);
    List<Long> kb = bands.keys(b);
    assertEquals(4, ka.size());
    assertEquals(ka.get(0), kb.get(0));
    assertFalse(ka.get(1).equals(kb.get(1)));
    assertEquals(ka.get(2), kb.get(2));
    assertFalse(ka.get(3).equals(kb.get(3)));
  }

  @Test
  public void equalRowsInDifferentBandsGiveDifferentKeys() {
    List<Long> keys = new Bands(3, 2).keys(new long[] {4, 4, 4, 4, 4, 4});
    assertEquals(3, keys.stream().distinct().count());
  }

  @Test
  public void theCandidateProbabilityRisesSteeplyAroundItsThreshold() {
    Bands bands = new Bands(42, 3);
    assertEquals(0.0, bands.candidateProbability(0), 0);
    assertEquals(true, bands.candidateProbability(0.1) < 0.05);
    assertEquals(true, bands.candidateProbability(0.6) > 0.9999);
    assertThrows(IllegalArgumentException.class, () -> bands.keys(new long[125]));
  }
}
