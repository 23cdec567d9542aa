package org.newsbeam.sentiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.junit.Test;

public class SentimentScaleTest {
  @Test
  public void scoreIsTheExpectedValueOnTheFivePointScale() {
    Object[][] cases = {
      {List.of(1.0, 0.0, 0.0, 0.0, 0.0), -1.0},
      {List.of(0.0, 0.0, 0.0, 0.0, 1.0), 1.0},
      {List.of(0.0, 0.0, 1.0, 0.0, 0.0), 0.0},
      {List.of(0.0, 0.5, 0.0, 0.5, 0.0), 0.0},
      {List.of(0.2, 0.2, 0.2, 0.2, 0.2), 0.0},
      {List.of(0.1, 0.4, 0.3, 0.2, 0.0), -0.1 - 0.2 + 0.1},
    };
    for (Object[] c : cases) {
      @SuppressWarnings("unchecked")
      List<Double> p = (List<Double>) c[0];
      assertEquals(p.toString(), (double) c[1], SentimentScale.score(p), 1e-12);
    }
  }

  @Test
  public void predictedClassIsTheMostProbableAndTheLowerOnATie() {
    assertEquals(1, SentimentScale.predictedClass(List.of(0.1, 0.4, 0.3, 0.2, 0.0)));
    assertEquals(4, SentimentScale.predictedClass(List.of(0.0, 0.0, 0.1, 0.2, 0.7)));
    assertEquals(2, SentimentScale.predictedClass(List.of(0.1, 0.1, 0.3, 0.3, 0.2)));
  }

  @Test
  public void rejectsDistributionsWithoutFiveClasses() {
    assertThrows(IllegalArgumentException.class, () -> SentimentScale.score(List.of(0.5, 0.5)));
  }
}
