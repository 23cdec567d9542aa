package org.newsbeam.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.Test;

public class PhraseTest {
  private static final List<Double> VALUES = List.of(0.0, 0.125, 0.5, 0.3125, 0.0625);

  @Test
  public void probabilitiesKeptAsDoublesEqualAndHashLikeAnyListOfTheSameValues() {
    Phrase phrase = new Phrase(0, 2, "NP", new ArrayList<>(VALUES));
    assertEquals(VALUES, phrase.probabilities);
    assertEquals(phrase.probabilities, VALUES);
    assertEquals(VALUES.hashCode(), phrase.probabilities.hashCode());
    assertEquals(0.3125, phrase.probabilities.get(3), 0.0);
    assertThrows(UnsupportedOperationException.class, () -> phrase.probabilities.set(0, 1.0));
  }

  @Test
  public void aPhraseSurvivesItsSchemaCoder() throws Exception {
    Phrase phrase = new Phrase(1, 3, "VP", VALUES);
    var coder = SchemaRegistry.createDefault().getSchemaCoder(Phrase.class);
    Phrase decoded = CoderUtils.clone(coder, phrase);
    assertEquals(phrase, decoded);
    assertEquals(VALUES, decoded.probabilities);
  }
}
