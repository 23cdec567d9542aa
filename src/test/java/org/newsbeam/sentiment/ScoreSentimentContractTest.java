package org.newsbeam.sentiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.newsbeam.Fixtures;
import org.newsbeam.model.Article;
import org.newsbeam.model.Phrase;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Token;
import org.newsbeam.nlp.NlpStage;
import org.newsbeam.sentences.SplitSentences;

/** ScoreSentiment with the real shift-reduce parser and sentiment model. */
public class ScoreSentimentContractTest {
  private static Sentence firstBodySentence(String body) {
    return SplitSentences.split(new Article("t", "t.txt", "T", "T\n\n" + body)).get(1);
  }

  private static SentenceSentiment scoreOne(Sentence sentence) {
    return ScoreSentiment.score(List.of(sentence)).get(0);
  }

  @Test
  public void anArticleScoredInOneDocumentGetsWhatItsSentencesGetOneByOne() {
    String text =
        "Strike ends\n\nThe union said the deal was a disgrace. Managers praised the staff.\n"
            + "Talks, which had dragged on for months in a cold and half-empty hall, ended.";
    List<Sentence> sentences = SplitSentences.split(new Article("t", "t.txt", "Strike", text));
    List<SentenceSentiment> oneByOne =
        Fixtures.oneSentenceAtATime(sentences, ScoreSentiment::score);
    assertEquals(4, sentences.size());
    assertEquals(oneByOne, ScoreSentiment.score(sentences));
  }

  @Test
  public void everyPhraseOfTheTreeIsScoredAndTheRootCoversTheSentence() {
    Sentence sentence = firstBodySentence("The new hospital is wonderful and the staff are kind.");
    SentenceSentiment sentiment = scoreOne(sentence);
    assertTrue(sentiment.scored());
    Phrase root = sentiment.phrases.get(0);
    assertEquals(0, root.first);
    assertEquals(sentence.tokens.size(), root.end);
    // A binarized tree over n words has 2n - 1 nodes, preterminals included, fewer after
    // collapsing unary chains, and at least one per word.
    assertTrue(sentiment.phrases.size() >= sentence.tokens.size());
    for (Phrase phrase : sentiment.phrases) {
      assertEquals(1.0, phrase.probabilities.stream().mapToDouble(Double::doubleValue).sum(), 0.01);
    }
  }

  @Test
  public void aClearlyPositiveSentenceScoresAboveAClearlyNegativeOne() {
    double good =
        SentimentScale.score(
            scoreOne(firstBodySentence("This is a wonderful, brilliant success.")).probabilities());
    double bad =
        SentimentScale.score(
            scoreOne(firstBodySentence("This is a terrible, disgusting failure.")).probabilities());
    assertTrue(good + " vs " + bad, good > bad);
  }

  @Test
  public void aRunOnSentenceOverTheLimitIsMarkedNotScored() {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i <= NlpStage.MAX_PARSE_TOKENS; i++) {
      tokens.add(new Token(text.length(), text.length() + 4, "word", "NN"));
      text.append("word ");
    }
    Sentence longSentence = new Sentence("t", 0, 0, text.length(), text.toString(), tokens);
    SentenceSentiment sentiment = scoreOne(longSentence);
    assertFalse(sentiment.scored());
    assertTrue(sentiment.skipReason.contains("longer than"));
  }
}
