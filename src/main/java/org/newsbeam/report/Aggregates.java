package org.newsbeam.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsbeam.countries.CountryGazetteer;
import org.newsbeam.sentiment.SentimentScale;

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
    long[] classes = new long[SentimentScale.CLASSES];
    long sumMicros = 0;
    long scored = 0;
    for (SpeakerQuote q : sorted) {
      types.merge(q.type, 1, Integer::sum);
      if (!q.country.isEmpty()) {
        countries.merge(q.country, 1, Integer::sum);
      }
      articles.add(q.articleId);
      if (q.scored) {
        scored++;
        sumMicros += q.scoreMicros;
        classes[q.predictedClass]++;
      }
    }
    List<String> row = new ArrayList<>();
    row.add(speaker);
    row.add(mostFrequent(types));
    row.add(mostFrequent(countries));
    row.add(Integer.toString(sorted.size()));
    row.add(Long.toString(scored));
    row.add(Integer.toString(articles.size()));
    addSentiment(row, sumMicros, scored, classes);
    row.add(sorted.isEmpty() ? "" : sorted.get(0).text);
    return row;
  }

  /** A row of countries.csv. */
  public static List<String> countryRow(String country, Iterable<CountrySentence> sentences) {
    Set<String> articles = new TreeSet<>();
    long[] classes = new long[SentimentScale.CLASSES];
    long sumMicros = 0;
    long scored = 0;
    long mentions = 0;
    long count = 0;
    for (CountrySentence s : sentences) {
      count++;
      mentions += s.mentions;
      articles.add(s.articleId);
      if (s.scored) {
        scored++;
        sumMicros += s.scoreMicros;
        classes[s.predictedClass]++;
      }
    }
    List<String> row = new ArrayList<>();
    row.add(country);
    row.add(CountryGazetteer.get().name(country).orElse(""));
    row.add(Long.toString(mentions));
    row.add(Long.toString(count));
    row.add(Long.toString(scored));
    row.add(Integer.toString(articles.size()));
    addSentiment(row, sumMicros, scored, classes);
    return row;
  }

  private static void addSentiment(List<String> row, long sumMicros, long scored, long[] classes) {
    row.add(scored == 0 ? "" : Csv.decimal(ScoreSums.mean(sumMicros, scored)));
    for (long c : classes) {
      row.add(Long.toString(c));
    }
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
