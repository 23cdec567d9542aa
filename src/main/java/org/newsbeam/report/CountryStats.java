package org.newsbeam.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.newsbeam.countries.CountryGazetteer;
import org.newsbeam.model.CountrySentence;

/**
 * What a country's row of countries.csv rests on, kept as sums so that parts made anywhere merge in
 * any order into the same row: mentions, sentences, articles, the exact sums of the sentiment
 * toward it and of its sentences' own scores, and the polarity counts. Its size does not grow with
 * the country's mentions.
 */
public final class CountryStats implements Serializable {
  private long mentions;
  private long sentences;
  private long articles;
  private long reprints;
  private final MeanInterval targeted = new MeanInterval();
  private final MeanInterval sentenceLevel = new MeanInterval();
  private final long[] polarities = new long[3];
  private final PublishedSpan published = new PublishedSpan();

  /** One article's sentences about one country: counts that article once. */
  public static CountryStats ofArticle(List<CountrySentence> inArticle, String publishedDay) {
    CountryStats stats = ofSentences(inArticle);
    stats.articles = inArticle.isEmpty() ? 0 : 1;
    stats.published.add(publishedDay);
    return stats;
  }

  /** Sentences without the article they are in (counted apart, see {@link #ofArticleAlone}). */
  public static CountryStats ofSentences(List<CountrySentence> sentences) {
    CountryStats stats = new CountryStats();
    for (CountrySentence s : sentences) {
      stats.sentences++;
      stats.mentions += s.mentions;
      if (s.scored) {
        stats.targeted.add(s.targetedMicros);
        stats.sentenceLevel.add(s.sentenceMicros);
        stats.polarities[s.polarity + 1]++;
      }
    }
    return stats;
  }

  /** An article about the country, without its sentences. */
  public static CountryStats ofArticleAlone(String publishedDay) {
    CountryStats stats = new CountryStats();
    stats.articles = 1;
    stats.published.add(publishedDay);
    return stats;
  }

  /** These figures, and {@code copies} more copies of them in other articles of a story. */
  public CountryStats withReprints(long copies) {
    CountryStats more = new CountryStats();
    more.reprints = copies;
    return plus(more);
  }

  /** These figures and {@code other}'s together; neither is changed. */
  public CountryStats plus(CountryStats other) {
    CountryStats sum = new CountryStats();
    for (CountryStats part : List.of(this, other)) {
      sum.mentions += part.mentions;
      sum.sentences += part.sentences;
      sum.articles += part.articles;
      sum.reprints += part.reprints;
      sum.targeted.addAll(part.targeted);
      sum.sentenceLevel.addAll(part.sentenceLevel);
      sum.published.addAll(part.published);
      for (int i = 0; i < 3; i++) {
        sum.polarities[i] += part.polarities[i];
      }
    }
    return sum;
  }

  public long mentions() {
    return mentions;
  }

  /**
   * The country's row of countries.csv: the sentiment toward it (targeted), with its interval and
   * polarity counts, and the plain sentence-level mean beside it.
   */
  public List<String> row(String country) {
    List<String> row = new ArrayList<>();
    row.add(country);
    row.add(CountryGazetteer.get().name(country).orElse(""));
    row.add(Long.toString(mentions));
    row.add(Long.toString(sentences));
    row.add(Long.toString(targeted.count()));
    row.add(Long.toString(articles));
    row.add(Long.toString(reprints));
    targeted.addCells(row);
    for (long p : polarities) {
      row.add(Long.toString(p));
    }
    row.add(targeted.count() == 0 ? "" : Csv.decimal(sentenceLevel.mean()));
    published.addCells(row);
    return row;
  }

  /**
   * The country's row of a report by period or by source, within {@code part}; with {@code
   * datedArticles} (the period's dated articles, by period only, where copies count once) its
   * reprints and its share of them.
   */
  public List<String> rowWithin(String country, String part, Long datedArticles) {
    List<String> row = new ArrayList<>();
    row.add(country);
    row.add(part);
    row.add(Long.toString(mentions));
    row.add(Long.toString(sentences));
    row.add(Long.toString(targeted.count()));
    row.add(Long.toString(articles));
    if (datedArticles != null) {
      row.add(Long.toString(reprints));
      row.add(
          part.isEmpty() || datedArticles == 0
              ? ""
              : Csv.decimal((double) articles / datedArticles));
    }
    targeted.addCells(row);
    for (long p : polarities) {
      row.add(Long.toString(p));
    }
    return row;
  }
}
