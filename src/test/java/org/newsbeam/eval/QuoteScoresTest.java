package org.newsbeam.eval;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class QuoteScoresTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void aSpeakersSurnameIsFoundPastAGenerationalSuffix() {
    assertTrue(QuoteScores.matches("Brent Bozell III", "Bozell"));
    assertTrue(QuoteScores.matches("Duncan Hunter Jr.", "Rep. Duncan Hunter"));
    assertFalse(QuoteScores.matches("Brent Bozell III", "Bill Maher"));
  }

  @Test
  public void referentsReadByHandFillOnlyUnresolvedPronounRows() throws IOException {
    Path articles = folder.newFolder("articles").toPath();
    Files.writeString(articles.resolve("a.txt"), "Jane Roe spoke. \u201CYes,\u201D she said.");
    Path referents = folder.getRoot().toPath().resolve("referents.csv");
    Files.writeString(
        referents,
        "id,article,quote_begin,quote_end,speaker_begin,speaker_end,referent_begin,referent_end\n"
            + "pr0000,a,16,22,23,26,0,8\n"
            + "pr0001,a,30,35,36,39,,\n");
    List<QuoteScores.Gold> gold =
        List.of(
            new QuoteScores.Gold("train", "a", 16, 22, "she", "pronoun", ""),
            new QuoteScores.Gold("train", "a", 30, 35, "she", "pronoun", ""),
            new QuoteScores.Gold("dev", "a", 16, 22, "she", "pronoun", "Someone Else"));
    List<QuoteScores.Gold> filled = QuoteScores.withReferents(gold, referents, articles);
    assertEquals("Jane Roe", filled.get(0).resolved());
    assertEquals("", filled.get(1).resolved());
    assertEquals("Someone Else", filled.get(2).resolved());
  }
}
