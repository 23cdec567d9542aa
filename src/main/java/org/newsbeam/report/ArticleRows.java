package org.newsbeam.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbeam.countries.CountryGazetteer;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Quote;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.sentiment.SentimentScale;
import org.newsbeam.sentiment.SpanSentiment;

/**
 * What one article contributes to the reports: its rows of sentences.csv, mentions.csv, quotes.csv
 * and articles.csv, and the per-quote and per-sentence figures the speaker and country rows are
 * aggregated from. Quote sentiment is computed here, once, from the quoted words.
 */
public final class ArticleRows {
  private final AnnotatedArticle article;
  private final List<SpanSentiment.Distribution> quoteSentiments;

  public ArticleRows(AnnotatedArticle article) {
    this.article = article;
    this.quoteSentiments = new ArrayList<>(article.quotes.size());
    for (Quote quote : article.quotes) {
      quoteSentiments.add(
          SpanSentiment.of(quote.begin, quote.end, article.sentences, article.sentiments));
    }
  }

  public List<List<String>> sentences() {
    List<List<String>> rows = new ArrayList<>();
    for (int s = 0; s < article.sentences.size(); s++) {
      Sentence sentence = article.sentences.get(s);
      SentenceSentiment sentiment = article.sentiments.get(s);
      List<String> row = new ArrayList<>();
      row.add(article.id());
      row.add(Integer.toString(sentence.index));
      row.add(Integer.toString(sentence.begin));
      row.add(Integer.toString(sentence.end));
      row.add(Boolean.toString(sentiment.scored()));
      if (sentiment.scored()) {
        List<Double> p = sentiment.probabilities();
        row.add(SentimentScale.CLASS_NAMES.get(SentimentScale.predictedClass(p)));
        row.add(Csv.decimal(SentimentScale.score(p)));
        for (double probability : p) {
          row.add(Csv.decimal(probability));
        }
      } else {
        for (int i = 0; i < 2 + SentimentScale.CLASSES; i++) {
          row.add("");
        }
      }
      row.add(sentence.text);
      rows.add(row);
    }
    return rows;
  }

  public List<List<String>> mentions() {
    List<List<String>> rows = new ArrayList<>();
    for (EntityMention m : article.mentions) {
      rows.add(
          List.of(
              article.id(),
              Integer.toString(m.sentenceIndex),
              Integer.toString(m.begin),
              Integer.toString(m.end),
              m.text,
              m.type,
              m.country,
              CountryGazetteer.get().name(m.country).orElse(""),
              m.countryBy));
    }
    return rows;
  }

  public List<List<String>> quotes() {
    List<List<String>> rows = new ArrayList<>();
    for (int q = 0; q < article.quotes.size(); q++) {
      Quote quote = article.quotes.get(q);
      SpanSentiment.Distribution sentiment = quoteSentiments.get(q);
      boolean scored = sentiment.words() > 0;
      rows.add(
          List.of(
              article.id(),
              Integer.toString(quote.begin),
              Integer.toString(quote.end),
              quote.kind,
              quote.speakerName,
              quote.speakerType,
              quote.speakerCountry,
              quote.speakerMention,
              quote.attributed() ? Integer.toString(quote.speakerBegin) : "",
              quote.attributed() ? Integer.toString(quote.speakerEnd) : "",
              scored ? Csv.decimal(sentiment.score()) : "",
              scored ? SentimentScale.CLASS_NAMES.get(sentiment.predictedClass()) : "",
              Integer.toString(sentiment.words()),
              quote.text));
    }
    return rows;
  }

  public List<String> articleRow() {
    long attributed = article.quotes.stream().filter(Quote::attributed).count();
    return List.of(
        article.id(),
        article.article.source,
        article.article.title,
        Integer.toString(article.article.text.length()),
        Integer.toString(article.sentences.size()),
        Integer.toString(article.mentions.size()),
        Integer.toString(article.quotes.size()),
        Long.toString(attributed));
  }

  /** Each attributed quote, as it counts for its speaker. */
  public List<SpeakerQuote> speakerQuotes() {
    List<SpeakerQuote> result = new ArrayList<>();
    for (int q = 0; q < article.quotes.size(); q++) {
      Quote quote = article.quotes.get(q);
      if (!quote.attributed()) {
        continue;
      }
      SpanSentiment.Distribution sentiment = quoteSentiments.get(q);
      boolean scored = sentiment.words() > 0;
      result.add(
          new SpeakerQuote(
              quote.speakerName,
              quote.speakerType,
              quote.speakerCountry,
              article.id(),
              quote.begin,
              quote.text,
              scored,
              scored ? ScoreSums.toMicros(sentiment.score()) : 0,
              scored ? sentiment.predictedClass() : -1));
    }
    return result;
  }

  /** Each distinct sentence mentioning a country, once per country it mentions. */
  public List<CountrySentence> countrySentences() {
    Map<String, Integer> mentionsBySentenceAndCountry = new TreeMap<>();
    for (EntityMention m : article.mentions) {
      if (!m.country.isEmpty()) {
        mentionsBySentenceAndCountry.merge(m.sentenceIndex + "\t" + m.country, 1, Integer::sum);
      }
    }
    List<CountrySentence> result = new ArrayList<>();
    for (Map.Entry<String, Integer> e : mentionsBySentenceAndCountry.entrySet()) {
      String[] key = e.getKey().split("\t");
      int s = Integer.parseInt(key[0]);
      SentenceSentiment sentiment = article.sentiments.get(s);
      boolean scored = sentiment.scored();
      List<Double> p = sentiment.probabilities();
      result.add(
          new CountrySentence(
              key[1],
              article.id(),
              s,
              e.getValue(),
              scored,
              scored ? ScoreSums.toMicros(SentimentScale.score(p)) : 0,
              scored ? SentimentScale.predictedClass(p) : -1));
    }
    return result;
  }
}
