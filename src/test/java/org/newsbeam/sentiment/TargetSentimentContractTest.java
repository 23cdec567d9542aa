package org.newsbeam.sentiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.newsbeam.RealModels;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Tone;

/**
 * Sentiment toward a mention with the real models and the shipped weights, on sentences of our own:
 * what a sentence says about one mention, not its overall tone.
 */
public class TargetSentimentContractTest {
  /** Sentiment toward the first occurrence of {@code target} in a one-sentence article. */
  private static Tone toward(String sentence, String target) {
    AnnotatedArticle a = RealModels.annotate("t", "Headline\n\n" + sentence);
    int begin = a.article.text.indexOf(target);
    int s = 1; // the body's only sentence
    return TargetSentiment.get()
        .of(a.sentences.get(s), a.sentiments.get(s), begin, begin + target.length());
  }

  @Test
  public void blameIsNegativeTowardItsObjectAndPraisePositive() {
    assertEquals(
        -1,
        toward("Investigators blamed Acme Chemicals for the deadly spill.", "Acme Chemicals")
            .polarity());
    assertEquals(
        1,
        toward("Teachers praised Mayor Lena Holt for the generous new budget.", "Lena Holt")
            .polarity());
  }

  @Test
  public void negationTurnsTheSentimentAround() {
    double praised = toward("Voters trusted Senator Ward to fix the economy.", "Ward").score();
    double notPraised =
        toward("Voters no longer trusted Senator Ward to fix the economy.", "Ward").score();
    assertTrue(praised + " vs " + notPraised, praised > notPraised);
  }

  @Test
  public void contrastSeparatesTheTwoSides() {
    String[][] cases = {
      {
        "The storm destroyed many homes, but firefighters rescued every family.",
        "storm",
        "firefighters"
      },
      {"The army lost the battle, but the rebels celebrated a great victory.", "army", "rebels"},
      {"Critics attacked the plan, but voters loved it.", "Critics", "voters"},
    };
    for (String[] c : cases) {
      double worse = toward(c[0], c[1]).score();
      double better = toward(c[0], c[2]).score();
      assertTrue(c[0] + ": " + worse + " vs " + better, better > worse);
    }
  }

  @Test
  public void aReportingVerbSeparatesTheSpeakerFromWhatIsSaid() {
    String sentence = "Minister Alan Price said the corrupt contractor had stolen millions.";
    double speaker = toward(sentence, "Alan Price").score();
    double contractor = toward(sentence, "contractor").score();
    assertTrue(speaker + " vs " + contractor, speaker > contractor);
  }

  @Test
  public void aTargetInASubordinateClauseTakesThatClausesTone() {
    String sentence = "The city, which Globex had polluted for years, finally won its court case.";
    assertTrue(toward(sentence, "Globex").score() < toward(sentence, "city").score());
  }
}
