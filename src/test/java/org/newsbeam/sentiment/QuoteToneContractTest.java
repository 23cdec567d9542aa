package org.newsbeam.sentiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.newsbeam.RealModels;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Quote;
import org.newsbeam.model.QuoteKind;
import org.newsbeam.model.Tone;

/**
 * The tone of quotes with the real models and the shipped weights, on sentences of our own: what
 * the quoted words say, whatever the reporting clause around them.
 */
public class QuoteToneContractTest {
  /** The tone of the first quotation (between curly quotes) of a one-paragraph article. */
  private static Tone toneOf(String paragraph) {
    AnnotatedArticle a = RealModels.annotate("t", "Headline\n\n" + paragraph);
    int begin = a.article.text.indexOf('\u201C');
    int end = a.article.text.indexOf('\u201D', begin) + 1;
    Quote quote =
        Quote.unattributed(
            "t", begin, end, a.article.text.substring(begin, end), QuoteKind.DIRECT.label());
    return QuoteTone.get()
        .of(List.of(quote), a.article.text, a.sentences, a.sentiments)
        .get(0)
        .orElseThrow();
  }

  @Test
  public void attacksAndAccusationsAreNegative() {
    assertEquals(
        -1,
        toneOf(
                "\u201CThis administration has failed our veterans and lied to the American"
                    + " people,\u201D the senator said.")
            .polarity());
    assertEquals(
        -1,
        toneOf(
                "\u201CTheir reckless policies are a disaster for working families,\u201D she"
                    + " warned.")
            .polarity());
  }

  @Test
  public void praiseAndSupportArePositive() {
    assertEquals(
        1,
        toneOf(
                "\u201CI am proud of our volunteers and grateful for their wonderful work,\u201D"
                    + " the mayor said.")
            .polarity());
  }

  @Test
  public void procedureIsNeutral() {
    assertEquals(
        0,
        toneOf(
                "\u201CThe committee will meet on Tuesday to review the schedule,\u201D a"
                    + " spokesman said.")
            .polarity());
  }

  @Test
  public void aQuotesToneDoesNotDependOnTheArticlesOtherQuotes() {
    AnnotatedArticle a =
        RealModels.annotate(
            "t",
            "Headline\n\n\u201CThis is a disgrace and a betrayal of every voter,\u201D she said."
                + " \u201CWe will publish the figures on Monday,\u201D he added.");
    String text = a.article.text;
    List<Quote> quotes = new ArrayList<>();
    for (int begin = text.indexOf('\u201C');
        begin >= 0;
        begin = text.indexOf('\u201C', begin + 1)) {
      int end = text.indexOf('\u201D', begin) + 1;
      quotes.add(
          Quote.unattributed(
              "t", begin, end, text.substring(begin, end), QuoteKind.DIRECT.label()));
    }
    assertEquals(2, quotes.size());
    List<Optional<Tone>> both = QuoteTone.get().of(quotes, text, a.sentences, a.sentiments);
    Tone alone =
        QuoteTone.get()
            .of(quotes.subList(1, 2), text, a.sentences, a.sentiments)
            .get(0)
            .orElseThrow();
    assertEquals(alone, both.get(1).orElseThrow());
    assertEquals(-1, both.get(0).orElseThrow().polarity());
  }

  @Test
  public void probabilitiesSumToOneAndTheScoreIsTheirDifference() {
    Tone t = toneOf("\u201CWe will see what happens next week,\u201D he said.");
    assertEquals(1, t.negative() + t.neutral() + t.positive(), 1e-9);
    assertEquals(t.positive() - t.negative(), t.score(), 1e-12);
    assertTrue(t.score() >= -1 && t.score() <= 1);
  }
}
