package org.newsbeam.report;

import java.util.List;

/** The report files newsbeam writes and their header rows; README.md documents every column. */
public enum ReportFiles {
  SPEAKERS(
      "speakers.csv",
      "speaker",
      "type",
      "country",
      "quotes",
      "scored_quotes",
      "articles",
      "mean_sentiment",
      "ci_low",
      "ci_high",
      "negative",
      "neutral",
      "positive",
      "example_quote"),
  COUNTRIES(
      "countries.csv",
      "country",
      "name",
      "mentions",
      "sentences",
      "scored_sentences",
      "articles",
      "mean_sentiment",
      "ci_low",
      "ci_high",
      "negative",
      "neutral",
      "positive",
      "sentence_sentiment"),
  QUOTES(
      "quotes.csv",
      "article",
      "quote_begin",
      "quote_end",
      "kind",
      "speaker",
      "speaker_type",
      "speaker_country",
      "speaker_mention",
      "speaker_begin",
      "speaker_end",
      "sentiment",
      "sentiment_class",
      "p_negative",
      "p_neutral",
      "p_positive",
      "phrase_sentiment",
      "phrase_words",
      "quote"),
  MENTIONS(
      "mentions.csv",
      "article",
      "sentence",
      "begin",
      "end",
      "text",
      "entity_type",
      "country",
      "country_name",
      "mapped_by",
      "sentiment",
      "polarity",
      "p_negative",
      "p_neutral",
      "p_positive"),
  SENTENCES(
      "sentences.csv",
      "article",
      "sentence",
      "begin",
      "end",
      "scored",
      "sentiment_class",
      "sentiment",
      "p_very_negative",
      "p_negative",
      "p_neutral",
      "p_positive",
      "p_very_positive",
      "phrase_sentiment",
      "text"),
  ARTICLES(
      "articles.csv",
      "article",
      "source",
      "title",
      "encoding",
      "characters",
      "sentences",
      "mentions",
      "quotes",
      "attributed_quotes",
      "countries"),
  DUPLICATES("duplicates.csv", "article", "source", "duplicate_of"),
  FAILURES("failures.csv", "article", "source", "stage", "reason");

  public final String fileName;
  public final List<String> header;

  ReportFiles(String fileName, String... header) {
    this.fileName = fileName;
    this.header = List.of(header);
  }
}
