package org.newsbeam.bench;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class BenchmarkTest {
  private static Benchmark.Measure measure(double wall, double load) {
    return new Benchmark.Measure("m", wall, load, 1000, 100);
  }

  @Test
  public void medianOfAnOddAndAnEvenNumberOfRatios() {
    assertEquals(0.8, Benchmark.median(List.of(0.9, 0.7, 0.8)), 1e-9);
    assertEquals(0.75, Benchmark.median(List.of(0.9, 0.7, 0.8, 0.6)), 1e-9);
    assertEquals(0.5, Benchmark.median(List.of(0.5)), 1e-9);
  }

  @Test
  public void aPairsRatiosAreTheLimitsTimeOverNewsbeams() {
    Benchmark.Pair pair = new Benchmark.Pair(measure(40, 20), measure(30, 10), false);
    assertEquals(0.75, pair.endToEnd(), 1e-9);
    assertEquals(1.0, pair.withoutLoading(), 1e-9);
  }

  @Test
  public void perArticleRatioCancelsWhatBothRunsOfASidePay() {
    // newsbeam: 60 s for N, 150 s for 4N (90 s more); the limit: 40 s and 121 s (81 s more).
    Benchmark.Scaling scaling =
        new Benchmark.Scaling(
            new Benchmark.Pair(measure(60, 15), measure(40, 10), false),
            new Benchmark.Pair(measure(150, 15), measure(121, 10), true));
    assertEquals(0.9, scaling.perArticle(), 1e-9);
  }
}
