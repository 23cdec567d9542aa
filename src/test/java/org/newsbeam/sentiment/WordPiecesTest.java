package org.newsbeam.sentiment;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/**
 * The tokenizer gives the pieces the quote-tone encoder was trained on: the ids below are what
 * BERT's uncased WordPiece tokenizer makes of the same text with the shipped vocabulary.
 */
public class WordPiecesTest {
  private static final WordPieces PIECES =
      WordPieces.read("/org/newsbeam/sentiment/quote-tone-vocab.txt");

  @Test
  public void punctuationIsSplitOffAndUnknownWordsAreCutIntoPieces() {
    assertArrayEquals(
        new long[] {
          101, 22072, 1005, 1055, 1523, 4895, 8663, 3367, 6820, 15277, 2597, 1524, 1517, 15743,
          1010, 1016, 1010, 2199, 1057, 1012, 1055, 1012, 3629, 999, 102
        },
        PIECES.encode(
            "Putin's \u201Cunconstructive position\u201D \u2014 na\u00EFve, 2,000 U.S. troops!",
            64));
  }

  @Test
  public void accentsAreStrippedAndControlCharactersAreSpace() {
    assertArrayEquals(
        new long[] {101, 8040, 27406, 24665, 2226, 17499, 17151, 25802, 1529, 7929, 1029, 102},
        PIECES.encode("Sch\u00F6ne Gr\u00FC\u00DFe aus M\u00FCnchen\u00A0\u2026 ok?\u200B", 64));
  }

  @Test
  public void chineseCharactersAreWordsOfTheirOwn() {
    assertArrayEquals(
        new long[] {101, 2057, 2097, 2025, 19242, 1781, 1755, 1044, 22571, 10085, 6935, 2100, 102},
        PIECES.encode("We will not tolerate \u5317\u4EAC hypocrisy", 64));
  }

  @Test
  public void aLongTextIsCutToTheLengthWithItsMarkers() {
    long[] ids = PIECES.encode("word ".repeat(100), 16);
    assertEquals(16, ids.length);
    assertEquals(101, ids[0]);
    assertEquals(102, ids[15]);
    assertEquals(List.of("a", "b"), WordPieces.words("A\tb"));
  }
}
