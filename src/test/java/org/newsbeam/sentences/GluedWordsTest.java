package org.newsbeam.sentences;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class GluedWordsTest {
  @Test
  public void splitsASlugGluedToACapitalizedWord() {
    assertEquals(7, GluedWords.splitPoint("poutineVladimir", true));
    assertEquals(5, GluedWords.splitPoint("photoAnna", true));
  }

  @Test
  public void leavesNamesAndBrandsAlone() {
    assertEquals(-1, GluedWords.splitPoint("iPhone", true));
    assertEquals(-1, GluedWords.splitPoint("eBay", true));
    assertEquals(-1, GluedWords.splitPoint("McDonald", true));
    assertEquals(-1, GluedWords.splitPoint("poutineVladimir", false));
    assertEquals(-1, GluedWords.splitPoint("YouTube", true));
    assertEquals(-1, GluedWords.splitPoint("macOS", true));
  }
}
