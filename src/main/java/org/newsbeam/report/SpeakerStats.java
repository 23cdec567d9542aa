package org.newsbeam.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbeam.model.PersonMention;
import org.newsbeam.model.SpeakerQuote;

/**
 * What a speaker's row of speakers.csv rests on, kept as sums so that parts made anywhere merge in
 * any order into the same row: quotes, articles, the tone scores' exact sums, the class counts, how
 * often each type, country and gender was given, the sums of the sentiment toward the speaker's
 * mentions, and the first quote (by article, then position) as the example. Its size does not grow
 * with the speaker's quotes.
 */
public final class SpeakerStats implements Serializable {
  private long quotes;
  private long articles;
  private long reprints;
  private final MeanInterval tone = new MeanInterval();
  private final long[] polarities = new long[3];
  private final TreeMap<String, Long> types = new TreeMap<>();
  private final TreeMap<String, Long> countries = new TreeMap<>();
  private final TreeMap<String, Long> toldGenders = new TreeMap<>();
  private final TreeMap<String, Long> namedGenders = new TreeMap<>();
  private final MeanInterval toward = new MeanInterval();
  private String exampleArticle;
  private int exampleBegin;
  private String exampleText = "";
  private final PublishedSpan published = new PublishedSpan();

  /**
   * One article's quotes of one speaker and its mentions of them: counts that article once if it
   * quotes them.
   */
  public static SpeakerStats ofArticle(
      List<SpeakerQuote> quotes, List<PersonMention> mentions, String publishedDay) {
    SpeakerStats stats = ofQuotes(quotes).plus(ofMentions(mentions));
    if (!quotes.isEmpty()) {
      stats.articles = 1;
      stats.published.add(publishedDay);
    }
    return stats;
  }

  /** Quotes without the article they are in (counted apart, see {@link #ofArticleAlone}). */
  public static SpeakerStats ofQuotes(List<SpeakerQuote> quotes) {
    SpeakerStats stats = new SpeakerStats();
    for (SpeakerQuote q : quotes) {
      stats.add(q);
    }
    return stats;
  }

  /** Mentions of the speaker without the article they are in. */
  public static SpeakerStats ofMentions(List<PersonMention> mentions) {
    SpeakerStats stats = new SpeakerStats();
    for (PersonMention m : mentions) {
      stats.toward.add(m.scoreMicros);
    }
    return stats;
  }

  /** An article that quotes the speaker, without its quotes. */
  public static SpeakerStats ofArticleAlone(String publishedDay) {
    SpeakerStats stats = new SpeakerStats();
    stats.articles = 1;
    stats.published.add(publishedDay);
    return stats;
  }

  /**
   * These figures, and {@code copies} more copies of them in other articles of a story; reprints
   * count quotes, so copies of a mention alone add none.
   */
  public SpeakerStats withReprints(long copies) {
    SpeakerStats more = new SpeakerStats();
    more.reprints = quotes > 0 ? copies : 0;
    return plus(more);
  }

  private void add(SpeakerQuote q) {
    quotes++;
    types.merge(q.type, 1L, Long::sum);
    if (!q.country.isEmpty()) {
      countries.merge(q.country, 1L, Long::sum);
    }
    if (!q.gender.isEmpty()) {
      (q.genderTold ? toldGenders : namedGenders).merge(q.gender, 1L, Long::sum);
    }
    if (q.scored) {
      tone.add(q.scoreMicros);
      polarities[q.polarity + 1]++;
    }
    if (exampleArticle == null
        || q.articleId.compareTo(exampleArticle) < 0
        || (q.articleId.equals(exampleArticle) && q.begin < exampleBegin)) {
      exampleArticle = q.articleId;
      exampleBegin = q.begin;
      exampleText = q.text;
    }
  }

  /** These figures and {@code other}'s together; neither is changed. */
  public SpeakerStats plus(SpeakerStats other) {
    SpeakerStats sum = new SpeakerStats();
    for (SpeakerStats part : List.of(this, other)) {
      sum.quotes += part.quotes;
      sum.articles += part.articles;
      sum.reprints += part.reprints;
      sum.tone.addAll(part.tone);
      sum.toward.addAll(part.toward);
      sum.published.addAll(part.published);
      for (int i = 0; i < 3; i++) {
        sum.polarities[i] += part.polarities[i];
      }
      part.types.forEach((k, v) -> sum.types.merge(k, v, Long::sum));
      part.countries.forEach((k, v) -> sum.countries.merge(k, v, Long::sum));
      part.toldGenders.forEach((k, v) -> sum.toldGenders.merge(k, v, Long::sum));
      part.namedGenders.forEach((k, v) -> sum.namedGenders.merge(k, v, Long::sum));
      if (part.exampleArticle != null
          && (sum.exampleArticle == null
              || part.exampleArticle.compareTo(sum.exampleArticle) < 0
              || (part.exampleArticle.equals(sum.exampleArticle)
                  && part.exampleBegin < sum.exampleBegin))) {
        sum.exampleArticle = part.exampleArticle;
        sum.exampleBegin = part.exampleBegin;
        sum.exampleText = part.exampleText;
      }
    }
    return sum;
  }

  public long quotes() {
    return quotes;
  }

  /**
   * The gender the articles that tell it (an honorific, a pronoun) agree on (see {@link #agreed});
   * where none tells it, or they are split, the one the first name gives; or "".
   */
  public String gender() {
    String told = agreed(toldGenders);
    return told.isEmpty() ? agreed(namedGenders) : told;
  }

  /** The type most of the speaker's quotes give them. */
  public String type() {
    return mostFrequent(types);
  }

  /** The speaker's row of speakers.csv. */
  public List<String> row(String speaker) {
    List<String> row = new ArrayList<>();
    row.add(speaker);
    row.add(type());
    row.add(agreed(countries));
    row.add(gender());
    row.add(Long.toString(quotes));
    row.add(Long.toString(tone.count()));
    row.add(Long.toString(articles));
    row.add(Long.toString(reprints));
    tone.addCells(row);
    for (long p : polarities) {
      row.add(Long.toString(p));
    }
    addToward(row);
    published.addCells(row);
    row.add(exampleText);
    return row;
  }

  /**
   * The speaker's row of a report by period or by source: the same measures, within {@code part} (a
   * period, a source); the reprints only where copies are counted once (by period).
   */
  public List<String> rowWithin(String speaker, String part, boolean withReprints) {
    List<String> row = new ArrayList<>();
    row.add(speaker);
    row.add(part);
    row.add(Long.toString(quotes));
    row.add(Long.toString(tone.count()));
    row.add(Long.toString(articles));
    if (withReprints) {
      row.add(Long.toString(reprints));
    }
    tone.addCells(row);
    for (long p : polarities) {
      row.add(Long.toString(p));
    }
    addToward(row);
    return row;
  }

  /** The count, mean and interval of the sentiment toward the speaker's mentions. */
  private void addToward(List<String> row) {
    row.add(Long.toString(toward.count()));
    toward.addCells(row);
  }

  /**
   * The value (a country, a gender) most of the speaker's quotes that give one agree on (at least
   * two in three), or "" where they are split: a wrong value is worse than none.
   */
  static String agreed(Map<String, Long> counts) {
    String best = mostFrequent(counts);
    long all = counts.values().stream().mapToLong(Long::longValue).sum();
    return best.isEmpty() || 3 * counts.get(best) < 2 * all ? "" : best;
  }

  /** The most frequent key; ties go to the first in alphabetical order. */
  static String mostFrequent(Map<String, Long> counts) {
    String best = "";
    long bestCount = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
