package org.newsbeam.report;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.Test;
import org.newsbeam.model.CountrySentence;
import org.newsbeam.model.ScoreSums;
import org.newsbeam.model.SpeakerQuote;

public class AggregatesTest {
  private static SpeakerQuote quote(
      String article, int begin, double score, int polarity, String country) {
    return new SpeakerQuote(
        "Ann Lee",
        "person",
        country,
        article,
        begin,
        "q" + begin,
        true,
        ScoreSums.toMicros(score),
        polarity);
  }

  @Test
  public void aSpeakerRowCountsQuotesArticlesAndClassesAndAveragesScoredQuotes() {
    List<SpeakerQuote> quotes =
        List.of(
            quote("a", 5, -0.5, -1, "FR"),
            quote("a", 1, 0.25, 1, "FR"),
            quote("b", 0, 0.1, 0, ""),
            new SpeakerQuote("Ann Lee", "person", "", "b", 9, "unscored", false, 0, 0));
    List<String> row = Aggregates.speakerRow("Ann Lee", quotes);
    assertEquals(
        List.of(
            "Ann Lee", "person", "FR", "4", "3", "2", "-0.0500", "-1.0000", "0.9359", "1", "1", "1",
            "q1"),
        row);
  }

  @Test
  public void rowsDoNotDependOnTheOrderOfTheirInputs() {
    List<SpeakerQuote> quotes = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      quotes.add(quote("a" + (i % 7), i, Math.sin(i) / 3, i % 3 - 1, i % 3 == 0 ? "US" : "FR"));
    }
    List<String> expected = Aggregates.speakerRow("Ann Lee", quotes);
    for (long seed = 0; seed < 5; seed++) {
      Collections.shuffle(quotes, new java.util.Random(seed));
      assertEquals(expected, Aggregates.speakerRow("Ann Lee", quotes));
    }
  }

  @Test
  public void aCountryRowAveragesTheSentimentTowardItAndKeepsTheSentenceLevelMean() {
    List<CountrySentence> sentences =
        List.of(
            new CountrySentence(
                "RU", "a", 1, 2, true, ScoreSums.toMicros(-0.25), ScoreSums.toMicros(-0.5), -1),
            new CountrySentence("RU", "a", 4, 1, false, 0, 0, 0),
            new CountrySentence(
                "RU", "b", 0, 1, true, ScoreSums.toMicros(0.75), ScoreSums.toMicros(0.5), 1));
    assertEquals(
        List.of(
            "RU", "Russia", "4", "3", "2", "2", "0.0000", "-1.0000", "1.0000", "1", "0", "1",
            "0.2500"),
        Aggregates.countryRow("RU", sentences));
  }

  @Test
  public void aMeanOverOneItemHasNoInterval() {
    List<String> row = Aggregates.speakerRow("Ann Lee", List.of(quote("a", 1, 0.5, 1, "")));
    assertEquals(List.of("0.5000", "", ""), row.subList(6, 9));
  }
}
