package org.newsbeam.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsbeam.countries.CountryGazetteer;
import org.newsbeam.model.CountrySentence;
import org.newsbeam.model.SpeakerQuote;

/**
 * The corpus-wide rows: one per speaker (from their quotes) and one per country (from the distinct
 * sentences that mention it). Means are over scored items only; each row says how many items it
 * rests on. The result never depends on the order of the inputs.
 */
public final class Aggregates {
  private Aggregates() {}

  /** A row of speakers.csv. */
  public static List<String> speakerRow(String speaker, Iterable<SpeakerQuote> quotes) {
    List<SpeakerQuote> sorted = new ArrayList<>();
    quotes.forEach(sorted::add);
    sorted.sort(
        Comparator.<SpeakerQuote, String>comparing(q -> q.articleId)
            .thenComparingInt(q -> q.begin));
    Map<String, Integer> types = new TreeMap<>();
    Map<String, Integer> countries = new TreeMap<>();
    Set<String> articles = new TreeSet<>();
    long[] polarities = new long[3];
    MeanInterval sentiment = new MeanInterval();
    for (SpeakerQuote q : sorted) {
      types.merge(q.type, 1, Integer::sum);
      if (!q.country.isEmpty()) {
        countries.merge(q.country, 1, Integer::sum);
      }
      articles.add(q.articleId);
      if (q.scored) {
        sentiment.add(q.scoreMicros);
        polarities[q.polarity + 1]++;
      }
    }
    List<String> row = new ArrayList<>();
    row.add(speaker);
    row.add(mostFrequent(types));
    row.add(mostFrequent(countries));
    row.add(Integer.toString(sorted.size()));
    row.add(Long.toString(sentiment.count()));
    row.add(Integer.toString(articles.size()));
    addMean(row, sentiment);
    for (long p : polarities) {
      row.add(Long.toString(p));
    }
    row.add(sorted.isEmpty() ? "" : sorted.get(0).text);
    return row;
  }

  /**
   * A row of countries.csv: the sentiment toward the country (targeted), with its interval and
   * polarity counts, and the plain sentence-level mean beside it.
   */
  public static List<String> countryRow(String country, Iterable<CountrySentence> sentences) {
    Set<String> articles = new TreeSet<>();
    long[] polarities = new long[3];
    MeanInterval targeted = new MeanInterval();
    MeanInterval sentenceLevel = new MeanInterval();
    long mentions = 0;
    long count = 0;
    for (CountrySentence s : sentences) {
      count++;
      mentions += s.mentions;
      articles.add(s.articleId);
      if (s.scored) {
        targeted.add(s.targetedMicros);
        sentenceLevel.add(s.sentenceMicros);
        polarities[s.polarity + 1]++;
      }
    }
    List<String> row = new ArrayList<>();
    row.add(country);
    row.add(CountryGazetteer.get().name(country).orElse(""));
    row.add(Long.toString(mentions));
    row.add(Long.toString(count));
    row.add(Long.toString(targeted.count()));
    row.add(Integer.toString(articles.size()));
    addMean(row, targeted);
    for (long p : polarities) {
      row.add(Long.toString(p));
    }
    row.add(targeted.count() == 0 ? "" : Csv.decimal(sentenceLevel.mean()));
    return row;
  }

  /**
   * Mean, then the 95% interval's bounds (within the scale's -1..1); empty cells where there is too
   * little to say.
   */
  private static void addMean(List<String> row, MeanInterval values) {
    double halfWidth = values.halfWidth();
    row.add(values.count() == 0 ? "" : Csv.decimal(values.mean()));
    row.add(Double.isNaN(halfWidth) ? "" : Csv.decimal(Math.max(-1, values.mean() - halfWidth)));
    row.add(Double.isNaN(halfWidth) ? "" : Csv.decimal(Math.min(1, values.mean() + halfWidth)));
  }

  /** The most frequent key; ties go to the first in alphabetical order. */
  private static String mostFrequent(Map<String, Integer> counts) {
    String best = "";
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
