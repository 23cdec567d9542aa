package org.newsbeam.sentiment;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.newsbeam.model.Phrase;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Token;

public class SpanSentimentTest {
  private static final List<Double> NEGATIVE = List.of(0.0, 1.0, 0.0, 0.0, 0.0);
  private static final List<Double> POSITIVE = List.of(0.0, 0.0, 0.0, 1.0, 0.0);
  private static final List<Double> NEUTRAL = List.of(0.0, 0.0, 1.0, 0.0, 0.0);

  /** "“Awful plan,” she said" with tokens ``/Awful/plan/,/''/she/said, a hand-made tree. */
  private static final String TEXT = "\u201CAwful plan,\u201D she said";

  private static Sentence sentence() {
    String[] words = {"``", "Awful", "plan", ",", "''", "she", "said"};
    String[] pos = {"``", "JJ", "NN", ",", "''", "PRP", "VBD"};
    int[][] offsets = {{0, 1}, {1, 6}, {7, 11}, {11, 12}, {12, 13}, {14, 17}, {18, 22}};
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(offsets[i][0], offsets[i][1], words[i], pos[i]));
    }
    return new Sentence("a", 0, 0, TEXT.length(), TEXT, tokens);
  }

  private static SentenceSentiment sentiment() {
    return new SentenceSentiment(
        "a",
        0,
        List.of(
            new Phrase(0, 7, "S", POSITIVE), // the whole sentence, wrongly positive
            new Phrase(0, 5, "NP", NEGATIVE), // “Awful plan,”
            new Phrase(1, 3, "NP", NEGATIVE), // Awful plan
            new Phrase(1, 2, "JJ", NEGATIVE),
            new Phrase(2, 3, "NN", NEUTRAL),
            new Phrase(5, 7, "VP", POSITIVE)),
        "");
  }

  @Test
  public void scoresAQuoteOnItsOwnWordsNotTheReportingClause() {
    SpanSentiment.Distribution d =
        SpanSentiment.of(0, 13, List.of(sentence()), List.of(sentiment()));
    assertEquals(NEGATIVE, d.probabilities());
    assertEquals(2, d.words());
    assertEquals(-0.5, d.score(), 1e-12);
  }

  @Test
  public void averagesTheLargestPhrasesInsideASpanByWordCount() {
    // "plan, she said" is not one phrase: NN "plan" (neutral) and VP "she said" (positive).
    SpanSentiment.Distribution d =
        SpanSentiment.of(7, 22, List.of(sentence()), List.of(sentiment()));
    assertEquals(3, d.words());
    assertEquals((0.0 + 0.5 + 0.5) / 3, d.score(), 1e-12);
  }

  @Test
  public void aSpanOutsideScoredSentencesHasNoWords() {
    SentenceSentiment skipped = SentenceSentiment.skipped("a", 0, "too long");
    SpanSentiment.Distribution d = SpanSentiment.of(0, 13, List.of(sentence()), List.of(skipped));
    assertEquals(0, d.words());
  }
}
