package org.newsbeam.eval;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class CountryScoresTest {
  private static final double EPSILON = 1e-9;

  @Test
  public void scoresAPerfectPredictionAsOne() {
    Map<String, Set<String>> gold = Map.of("a", Set.of("US", "GB"), "b", Set.of());
    CountryScores.Counts counts = CountryScores.score(gold, gold);
    assertEquals(new CountryScores.Counts(2, 0, 0), counts);
    assertEquals(1.0, counts.precision(), EPSILON);
    assertEquals(1.0, counts.recall(), EPSILON);
    assertEquals(1.0, counts.f1(), EPSILON);
  }

  @Test
  public void sumsCountsOverTheGoldArticlesOnly() {
    Map<String, Set<String>> gold =
        Map.of("a", Set.of("US", "GB"), "b", Set.of(), "c", Set.of("FR"));
    Map<String, Set<String>> predicted =
        Map.of("a", Set.of("US", "JP"), "b", Set.of("CA"), "z", Set.of("DE"));
    CountryScores.Counts counts = CountryScores.score(gold, predicted);
    // a: US right, JP wrong, GB missed; b: CA wrong; c (not predicted): FR missed; z: not in gold.
    assertEquals(new CountryScores.Counts(1, 2, 2), counts);
    assertEquals(1.0 / 3, counts.precision(), EPSILON);
    assertEquals(1.0 / 3, counts.recall(), EPSILON);
    assertEquals(1.0 / 3, counts.f1(), EPSILON);
  }

  @Test
  public void scoresNothingAsZeroNotNaN() {
    CountryScores.Counts counts = CountryScores.score(Map.of("a", Set.of()), Map.of());
    assertEquals(0.0, counts.precision(), EPSILON);
    assertEquals(0.0, counts.recall(), EPSILON);
    assertEquals(0.0, counts.f1(), EPSILON);
  }

  @Test
  public void listsEachArticlesMissesAndFalsePositives() {
    Map<String, Set<String>> gold =
        Map.of("b", Set.of("FR"), "a", Set.of("US", "GB"), "c", Set.of("DE"));
    Map<String, Set<String>> predicted = Map.of("a", Set.of("US", "JP"), "c", Set.of("DE"));
    assertEquals(
        List.of(
            new CountryScores.ArticleErrors("a", Set.of("GB"), Set.of("JP")),
            new CountryScores.ArticleErrors("b", Set.of("FR"), Set.of())),
        CountryScores.errors(gold, predicted));
  }

  @Test
  public void readsTheGoldCsvWithEmptyAndPipedCells() throws IOException {
    String csv = "article,countries\r\nr1,US\r\nr2,hn|us\r\nr3,\r\n";
    Map<String, Set<String>> gold = CountryScores.readGold(new StringReader(csv));
    assertEquals(List.of("r1", "r2", "r3"), List.copyOf(gold.keySet()));
    assertEquals(Set.of("US"), gold.get("r1"));
    assertEquals(Set.of("HN", "US"), gold.get("r2"));
    assertEquals(Set.of(), gold.get("r3"));
  }
}
