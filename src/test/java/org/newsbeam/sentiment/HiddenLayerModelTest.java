package org.newsbeam.sentiment;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.Test;
import org.newsbeam.model.Tone;

public class HiddenLayerModelTest {
  private static final List<String> NAMES = List.of("a", "b");

  /** Two hidden units reading a and -a; class 0 follows the first, class 2 the second. */
  private static HiddenLayerModel model() {
    double[][] hidden = {{1, 0, 0}, {-1, 0, 0}};
    double[][] output = {{2, 0, 0}, {0, 0, 0}, {0, 2, 0}};
    return new HiddenLayerModel(
        NAMES,
        new double[] {1, 0},
        new double[] {2, 1},
        List.of(new HiddenLayerModel.Network(hidden, output)));
  }

  @Test
  public void standardizesThenGivesTheProbabilitiesOfTheThreeClasses() {
    double[] p = model().probabilities(new double[] {3, 5}); // a standardized: (3 - 1) / 2 = 1
    double e2 = Math.exp(2);
    assertArrayEquals(new double[] {e2 / (e2 + 2), 1 / (e2 + 2), 1 / (e2 + 2)}, p, 1e-12);
    assertEquals(1, p[0] + p[1] + p[2], 1e-12);
  }

  @Test
  public void readsBackWhatItWrites() throws IOException {
    HiddenLayerModel read =
        HiddenLayerModel.parse(new StringReader(model().toTsv()), "test", NAMES);
    for (double a : new double[] {-3, 0, 1, 4}) {
      assertArrayEquals(
          model().probabilities(new double[] {a, 0}),
          read.probabilities(new double[] {a, 0}),
          1e-5);
    }
  }

  @Test
  public void refusesAModelFittedForOtherFeatures() {
    assertThrows(
        IllegalStateException.class,
        () -> HiddenLayerModel.parse(new StringReader(model().toTsv()), "test", List.of("a", "c")));
  }

  @Test
  public void theShippedQuoteToneModelReadsWithTheFeaturesTheCodeComputes() {
    // QuoteTone.get() refuses a model whose header names other features than the code computes.
    Tone tone =
        QuoteTone.get()
            .fromFeatures(
                new QuoteToneFeatures.Values(new double[QuoteToneFeatures.keys().size()], 1));
    assertEquals(1, tone.negative() + tone.neutral() + tone.positive(), 1e-9);
  }
}
