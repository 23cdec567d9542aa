package org.newsbeam.stories;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class ComparisonTextTest {
  private static final String ARTICLE =
      "UPDATE 1-BA profits fall\n\nBritish Airways' profit fell 40%, to £75m.\nIt's \"respectable\".\n";

  @Test
  public void wordsAreLowercaseRunsOfLettersAndDigitsWithoutTheTitle() {
    assertEquals(
        List.of("british", "airways", "profit", "fell", "40", "to", "75m", "its", "respectable"),
        ComparisonText.words(ARTICLE, false, true));
  }

  @Test
  public void theTitleLineCanBeKept() {
    assertEquals(
        List.of("update", "1", "ba", "profits", "fall", "british"),
        ComparisonText.words(ARTICLE, true, true).subList(0, 6));
  }

  @Test
  public void numbersCanBeDroppedButWordsWithDigitsStay() {
    assertEquals(
        List.of("british", "airways", "profit", "fell", "to", "75m", "its", "respectable"),
        ComparisonText.words(ARTICLE, false, false));
  }

  @Test
  public void lineBreaksAndParagraphingDoNotChangeTheWords() {
    String wrapped = "Title\n\nOne two three\nfour.\n\n\nFive six.";
    String merged = "Title\n\nOne two three four. Five six.";
    assertEquals(
        ComparisonText.words(merged, false, true), ComparisonText.words(wrapped, false, true));
  }

  @Test
  public void lettersBeyondAsciiAndOutsideTheBasicPlaneAreLetters() {
    assertEquals(
        List.of("zürich", "café", "𝐀b"),
        ComparisonText.words("T\n\nZürich café 𝐀b!", false, true));
  }

  @Test
  public void aTextWithoutWordsHasNone() {
    assertEquals(List.of(), ComparisonText.words("Title only", false, true));
    assertEquals(List.of(), ComparisonText.words("T\n\n-- ... !!", false, true));
  }
}
