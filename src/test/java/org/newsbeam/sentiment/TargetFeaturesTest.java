package org.newsbeam.sentiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.newsbeam.Fixtures;
import org.newsbeam.model.Phrase;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Token;

public class TargetFeaturesTest {
  private static final String TEXT = "Critics blamed Acme Corp for the spill , not the town";
  private static final Sentence SENTENCE = withVerb(Fixtures.sentence("a", 0, 0, TEXT), "blamed");

  /** The fixture with one word tagged as a past-tense verb. */
  private static Sentence withVerb(Sentence s, String verb) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : s.tokens) {
      tokens.add(t.word.equals(verb) ? new Token(t.begin, t.end, t.word, "VBD") : t);
    }
    return new Sentence(s.articleId, s.index, s.begin, s.end, s.text, tokens);
  }

  private static final int BEGIN = TEXT.indexOf("Acme");
  private static final int END = BEGIN + "Acme Corp".length();

  @Test
  public void theWordsAroundATargetAreFeaturesButNotTheTargetItself() {
    Set<String> words = TargetFeatures.words(SENTENCE, BEGIN, END);
    assertTrue(
        words.toString(),
        words.containsAll(Set.of("s:blamed", "L:blamed", "L:critics", "R:for", "s:town")));
    assertFalse(words.toString(), words.contains("s:acme") || words.contains("s:corp"));
    assertFalse(words.toString(), words.contains("s:,"));
    assertFalse(words.toString(), words.contains("R:not")); // beyond the four nearest words
  }

  @Test
  public void wordsAcrossAContrastAreMarkedAsTheOtherSide() {
    String text = "Although rivals mocked Acme , investors praised it";
    Sentence sentence = Fixtures.sentence("a", 0, 0, text);
    int begin = text.indexOf("investors");
    Set<String> words = TargetFeatures.words(sentence, begin, begin + "investors".length());
    assertTrue(words.toString(), words.containsAll(Set.of("s:praised", "o:mocked", "o:rivals")));
    assertFalse(words.toString(), words.contains("L:mocked") || words.contains("L:acme"));
  }

  @Test
  public void phrasesAroundTheTargetBecomeFeatures() {
    List<Double> negative = List.of(0.1, 0.7, 0.2, 0.0, 0.0);
    List<Double> neutral = List.of(0.0, 0.0, 1.0, 0.0, 0.0);
    // ROOT -> [Critics blamed] [Acme Corp ...]; "Acme Corp" is its own phrase.
    SentenceSentiment sentiment =
        new SentenceSentiment(
            "a",
            0,
            List.of(
                new Phrase(0, 11, "ROOT", negative),
                new Phrase(0, 2, "VP", negative),
                new Phrase(2, 11, "NP", neutral),
                new Phrase(2, 4, "NP", neutral),
                new Phrase(4, 11, "PP", neutral)),
            "");
    double[] f = TargetFeatures.of(SENTENCE, sentiment, BEGIN, END);
    assertEquals(TargetFeatures.NAMES.size(), f.length);
    assertEquals(0.0, f[TargetFeatures.NAMES.indexOf("own_phrase")], 1e-9);
    assertEquals(-0.45, f[TargetFeatures.NAMES.indexOf("root")], 1e-9);
    // The target is not the subject: a verb comes before it.
    assertEquals(0.0, f[TargetFeatures.NAMES.indexOf("target_is_subject")], 1e-9);
  }

  @Test
  public void lowercaseWordsAreWhatTheirRegularExpressionSays() {
    for (String w :
        List.of(
            "",
            "a",
            "don't",
            "well-known",
            "-x",
            "'s",
            "x1",
            "ab c",
            "Ab",
            "é",
            "a-",
            "a'",
            "naïve",
            ",",
            "z--z")) {
      assertEquals(w, w.matches("[a-z][a-z'-]*"), TargetFeatures.isLowercaseWord(w));
    }
  }
}
