package org.newsbeam.model;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class SpeakerQuoteTest {
  @Test
  public void aBareNounIsNoSpeakerRowOfItsOwn() {
    assertTrue(SpeakerQuote.isBareNoun("spokesman", "unnamed"));
    assertTrue(SpeakerQuote.isBareNoun("report", "unnamed"));
  }

  @Test
  public void aSourceTiedToSomethingOrANameIsOne() {
    assertFalse(SpeakerQuote.isBareNoun("US defense official", "unnamed"));
    assertFalse(SpeakerQuote.isBareNoun("Russian diplomacy", "unnamed"));
    assertFalse(SpeakerQuote.isBareNoun("party spokesman", "unnamed"));
    assertFalse(SpeakerQuote.isBareNoun("Pence", "unnamed"));
    assertFalse(SpeakerQuote.isBareNoun("police", "organization"));
    assertFalse(SpeakerQuote.isBareNoun("", "unnamed"));
  }
}
