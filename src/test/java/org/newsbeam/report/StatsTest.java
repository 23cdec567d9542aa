package org.newsbeam.report;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.Test;
import org.newsbeam.model.CountrySentence;
import org.newsbeam.model.PersonMention;
import org.newsbeam.model.ScoreSums;
import org.newsbeam.model.SpeakerQuote;

public class StatsTest {
  private static SpeakerQuote quote(
      String article, int begin, double score, int polarity, String country) {
    return new SpeakerQuote(
        "Ann Lee",
        "person",
        country,
        "female",
        false,
        article,
        begin,
        "q" + begin,
        true,
        ScoreSums.toMicros(score),
        polarity);
  }

  /** The speaker's row from its quotes and mentions: one part per article, summed. */
  private static List<String> speakerRow(
      List<SpeakerQuote> quotes, Map<String, List<PersonMention>> mentions) {
    TreeSet<String> articles = new TreeSet<>(mentions.keySet());
    quotes.forEach(q -> articles.add(q.articleId));
    SpeakerStats sum = SpeakerStats.ofArticle(List.of(), List.of(), "");
    for (String article : articles) {
      sum =
          sum.plus(
              SpeakerStats.ofArticle(
                  quotes.stream().filter(q -> q.articleId.equals(article)).toList(),
                  mentions.getOrDefault(article, List.of()),
                  article.equals("b") ? "2016-03-15" : "2016-03-14"));
    }
    return sum.row("Ann Lee");
  }

  private static PersonMention mention(int begin, double score) {
    return new PersonMention("Ann Lee", begin, ScoreSums.toMicros(score), 0);
  }

  @Test
  public void aSpeakerRowCountsQuotesArticlesAndClassesAndAveragesScoredQuotes() {
    List<SpeakerQuote> quotes =
        List.of(
            quote("a", 5, -0.5, -1, "FR"),
            quote("a", 1, 0.25, 1, "FR"),
            quote("b", 0, 0.1, 0, ""),
            new SpeakerQuote("Ann Lee", "person", "", "", false, "b", 9, "unscored", false, 0, 0));
    // Article "c" only mentions her: it adds to what is said about her, not to her articles.
    Map<String, List<PersonMention>> mentions =
        Map.of("a", List.of(mention(0, -0.4), mention(40, 0.2)), "c", List.of(mention(3, 0.5)));
    assertEquals(
        List.of(
            "Ann Lee",
            "person",
            "FR",
            "female",
            "4",
            "3",
            "2",
            "0",
            "-0.0500",
            "-1.0000",
            "0.9359",
            "1",
            "1",
            "1",
            "3",
            "0.1000",
            "-1.0000",
            "1.0000",
            "2016-03-14",
            "2016-03-15",
            "q1"),
        speakerRow(quotes, mentions));
  }

  @Test
  public void partsSumToTheSameRowInAnyOrder() {
    List<SpeakerStats> parts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      parts.add(
          SpeakerStats.ofArticle(
              List.of(
                  quote("a" + i, i, Math.sin(i) / 3, i % 3 - 1, i % 3 == 0 ? "US" : "FR"),
                  quote("a" + i, i + 100, Math.cos(i) / 3, (i + 1) % 3 - 1, "FR")),
              List.of(mention(i, Math.sin(i + 1) / 2)),
              i % 4 == 0 ? "" : String.format("2016-%02d-%02d", 1 + i % 12, 1 + i % 28)));
    }
    List<String> expected = parts.stream().reduce(SpeakerStats::plus).orElseThrow().row("X");
    for (long seed = 0; seed < 5; seed++) {
      Collections.shuffle(parts, new Random(seed));
      // summed pairwise in another order, as a runner's partial sums would be
      List<SpeakerStats> round = new ArrayList<>(parts);
      while (round.size() > 1) {
        List<SpeakerStats> next = new ArrayList<>();
        for (int i = 0; i + 1 < round.size(); i += 2) {
          next.add(round.get(i).plus(round.get(i + 1)));
        }
        if (round.size() % 2 == 1) {
          next.add(round.get(round.size() - 1));
        }
        round = next;
      }
      assertEquals(expected, round.get(0).row("X"));
    }
  }

  @Test
  public void aCountryRowAveragesTheSentimentTowardItAndKeepsTheSentenceLevelMean() {
    CountryStats a =
        CountryStats.ofArticle(
            List.of(
                new CountrySentence(
                    "RU", "a", 1, 2, true, ScoreSums.toMicros(-0.25), ScoreSums.toMicros(-0.5), -1),
                new CountrySentence("RU", "a", 4, 1, false, 0, 0, 0)),
            "2015-11-30");
    CountryStats b =
        CountryStats.ofArticle(
            List.of(
                new CountrySentence(
                    "RU", "b", 0, 1, true, ScoreSums.toMicros(0.75), ScoreSums.toMicros(0.5), 1)),
            "2016-01-02");
    assertEquals(
        List.of(
            "RU",
            "Russia",
            "4",
            "3",
            "2",
            "2",
            "0",
            "0.0000",
            "-1.0000",
            "1.0000",
            "1",
            "0",
            "1",
            "0.2500",
            "2015-11-30",
            "2016-01-02"),
        a.plus(b).row("RU"));
    assertEquals(
        List.of(
            "RU", "2016-01", "1", "1", "1", "1", "0", "0.2500", "0.5000", "", "", "0", "0", "1"),
        b.rowWithin("RU", "2016-01", 4L));
  }

  @Test
  public void aMeanOverOneItemHasNoInterval() {
    List<String> row = speakerRow(List.of(quote("a", 1, 0.5, 1, "")), Map.of());
    assertEquals(List.of("0.5000", "", ""), row.subList(8, 11));
  }

  @Test
  public void aSpeakersCountryIsTheOneTwoInThreeOfTheirQuotesAgreeOnElseNone() {
    assertEquals("GB", SpeakerStats.agreed(new TreeMap<>(Map.of("GB", 2L))));
    assertEquals("GB", SpeakerStats.agreed(new TreeMap<>(Map.of("GB", 4L, "BE", 2L))));
    assertEquals("", SpeakerStats.agreed(new TreeMap<>(Map.of("GB", 3L, "BE", 2L))));
    assertEquals("", SpeakerStats.agreed(new TreeMap<>()));
  }

  @Test
  public void aGenderTheArticlesTellOverrulesOneGuessedFromAFirstName() {
    SpeakerQuote byName =
        new SpeakerQuote("Lindsey Gray", "person", "", "female", false, "a", 0, "q", true, 0, 0);
    SpeakerQuote toldHe =
        new SpeakerQuote("Lindsey Gray", "person", "", "male", true, "b", 0, "q", true, 0, 0);
    assertEquals("female", SpeakerStats.ofQuotes(List.of(byName, byName)).gender());
    assertEquals("male", SpeakerStats.ofQuotes(List.of(byName, byName, byName, toldHe)).gender());
    assertEquals("", SpeakerStats.ofQuotes(List.of()).gender());
  }
}
