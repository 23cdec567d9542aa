package org.newsbeam.sentences;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.newsbeam.model.Article;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.Token;

/** SplitSentences with the real CoreNLP tokenizer, splitter and tagger. */
public class SplitSentencesContractTest {
  private static List<Sentence> split(String text) {
    return SplitSentences.split(new Article("t", "t.txt", "", text));
  }

  @Test
  public void theTitleIsItsOwnSentenceEvenWithoutABlankLineOrStop() {
    List<Sentence> sentences =
        split("Mayor opens new bridge\nThe mayor opened the bridge on Monday. Crowds cheered.");
    assertEquals(3, sentences.size());
    assertEquals("Mayor opens new bridge", sentences.get(0).text);
    assertEquals("The mayor opened the bridge on Monday.", sentences.get(1).text);
  }

  @Test
  public void splitsOnSentenceEndsButNotOnAbbreviations() {
    List<Sentence> sentences =
        split("Title\n\nDr. Smith met Mr. Jones in the U.S. capital. They talked for an hour.");
    assertEquals(3, sentences.size());
    assertEquals("Dr. Smith met Mr. Jones in the U.S. capital.", sentences.get(1).text);
  }

  @Test
  public void aBlankLineEndsASentenceWithoutAStop() {
    List<Sentence> sentences =
        split("Title\n\nPhoto caption without a stop\n\nThe body starts here.");
    assertEquals("Photo caption without a stop", sentences.get(1).text);
    assertEquals(3, sentences.size());
  }

  @Test
  public void offsetsPointIntoTheArticleTextAndTokensAreTagged() {
    String text = "A title\n\nThe \u201Cquoted\u201D word.";
    for (Sentence sentence : split(text)) {
      assertEquals(sentence.text, text.substring(sentence.begin, sentence.end));
      for (Token token : sentence.tokens) {
        assertTrue(token.begin >= sentence.begin && token.end <= sentence.end);
        assertTrue(!token.pos.isEmpty());
      }
    }
  }

  @Test
  public void aCaptionSlugGluedToTheFirstWordIsSplitOff() {
    List<Sentence> sentences =
        split("Title\n\nphoto-of-the-minister-greetingAnna Berg visited the plant on Monday.");
    List<String> words = sentences.get(1).tokens.stream().map(t -> t.word).toList();
    assertTrue(words.toString(), words.contains("greeting"));
    assertTrue(words.toString(), words.contains("Anna"));
  }
}
