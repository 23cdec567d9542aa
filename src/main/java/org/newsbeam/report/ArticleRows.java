package org.newsbeam.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.newsbeam.countries.ArticleCountries;
import org.newsbeam.countries.CountryGazetteer;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.ArticleReport;
import org.newsbeam.model.CountrySentence;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.PersonMention;
import org.newsbeam.model.Quote;
import org.newsbeam.model.ScoreSums;
import org.newsbeam.model.ScoredQuote;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Tone;
import org.newsbeam.sentiment.QuoteTone;
import org.newsbeam.sentiment.SentimentScale;
import org.newsbeam.sentiment.SpanSentiment;
import org.newsbeam.speakers.MentionedPeople;
import org.newsbeam.text.ContentHash;

/**
 * Works out what one annotated article contributes to the reports ({@link ArticleReport}): its rows
 * of sentences.csv, mentions.csv and articles.csv, each quote with its tone ({@link QuoteTone}),
 * and the per-sentence figures the country rows are aggregated from. Sentiment toward each mention
 * was scored before, by {@link org.newsbeam.sentiment.TargetSentiment} in {@link AnalyzeArticles}.
 */
public final class ArticleRows {
  private final AnnotatedArticle article;

  /** Sentiment toward each mention (same order as the mentions), null where not scored. */
  private final List<Tone> mentionSentiments;

  /** The tone of each quote (same order as the quotes), empty for a quote without a word. */
  private final List<Optional<Tone>> quoteTones;

  public ArticleRows(AnnotatedArticle article) {
    this(article, quoteTones(article));
  }

  /** With the tones of the article's quotes already read ({@link #quoteTones}). */
  public ArticleRows(AnnotatedArticle article, List<Optional<Tone>> quoteTones) {
    this.article = article;
    this.quoteTones = List.copyOf(quoteTones);
    this.mentionSentiments = new ArrayList<>(article.mentions.size());
    for (EntityMention m : article.mentions) {
      List<Double> p = m.target;
      mentionSentiments.add(p.isEmpty() ? null : new Tone(p.get(0), p.get(1), p.get(2)));
    }
  }

  /** The tone of each of the article's quotes, in order, by the shipped quote-tone models. */
  public static List<Optional<Tone>> quoteTones(AnnotatedArticle article) {
    return QuoteTone.get()
        .of(article.quotes, article.article.text, article.sentences, article.sentiments);
  }

  /** Everything the article contributes to the reports, its speakers named as it names them. */
  public ArticleReport report() {
    List<ScoredQuote> quotes = new ArrayList<>(article.quotes.size());
    for (int q = 0; q < article.quotes.size(); q++) {
      Quote quote = article.quotes.get(q);
      SpanSentiment.Distribution phrases =
          SpanSentiment.of(quote.begin, quote.end, article.sentences, article.sentiments);
      quotes.add(
          new ScoredQuote(
              quote,
              quoteTones.get(q),
              phrases.words() > 0 ? phrases.score() : 0,
              phrases.words()));
    }
    Article read = article.article;
    return new ArticleReport(
        read.id,
        read.source,
        Objects.requireNonNullElse(read.encoding, ""),
        read.publishedDay(),
        read.outletName(),
        read.urlText(),
        ContentHash.of(read.text),
        article.sentences.size(),
        Csv.rows(sentences()),
        Csv.rows(mentions()),
        Csv.rows(List.of(articleRow())),
        quotes,
        countrySentences(),
        personMentions());
  }

  /** An article's rows of quotes.csv, as CSV text (after one name per person). */
  public static String quoteRows(ArticleReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (ScoredQuote scored : report.quotes) {
      Quote quote = scored.quote;
      List<String> row = new ArrayList<>();
      row.add(report.articleId);
      row.add(Integer.toString(quote.begin));
      row.add(Integer.toString(quote.end));
      row.add(quote.kind);
      row.add(quote.speakerName);
      row.add(quote.speakerType);
      row.add(quote.speakerCountry);
      row.add(quote.speakerGender);
      row.add(quote.speakerGenderBy);
      row.add(quote.speakerMention);
      row.add(quote.attributed() ? Integer.toString(quote.speakerBegin) : "");
      row.add(quote.attributed() ? Integer.toString(quote.speakerEnd) : "");
      Optional<Tone> tone = scored.tone();
      row.add(tone.map(t -> Csv.decimal(t.score())).orElse(""));
      row.add(tone.map(t -> Tone.POLARITY_NAMES.get(t.polarity() + 1)).orElse(""));
      row.add(tone.map(t -> Csv.decimal(t.negative())).orElse(""));
      row.add(tone.map(t -> Csv.decimal(t.neutral())).orElse(""));
      row.add(tone.map(t -> Csv.decimal(t.positive())).orElse(""));
      row.add(scored.phraseWords > 0 ? Csv.decimal(scored.phraseScore) : "");
      row.add(Integer.toString(scored.phraseWords));
      row.add(quote.text);
      rows.add(row);
    }
    return Csv.rows(rows);
  }

  List<List<String>> sentences() {
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
        p.forEach(probability -> row.add(Csv.decimal(probability)));
        row.add(Csv.decimal(SpanSentiment.ofChunks(sentiment).score()));
      } else {
        for (int i = 0; i < 3 + SentimentScale.CLASSES; i++) {
          row.add("");
        }
      }
      row.add(sentence.text);
      rows.add(row);
    }
    return rows;
  }

  List<List<String>> mentions() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < article.mentions.size(); i++) {
      EntityMention m = article.mentions.get(i);
      Tone sentiment = mentionSentiments.get(i);
      List<String> row = new ArrayList<>();
      row.add(article.id());
      row.add(Integer.toString(m.sentenceIndex));
      row.add(Integer.toString(m.begin));
      row.add(Integer.toString(m.end));
      row.add(m.text);
      row.add(m.type);
      row.add(m.country);
      row.add(CountryGazetteer.get().name(m.country).orElse(""));
      row.add(m.countryBy);
      if (sentiment == null) {
        row.addAll(List.of("", "", "", "", ""));
      } else {
        row.add(Csv.decimal(sentiment.score()));
        row.add(Tone.POLARITY_NAMES.get(sentiment.polarity() + 1));
        row.add(Csv.decimal(sentiment.negative()));
        row.add(Csv.decimal(sentiment.neutral()));
        row.add(Csv.decimal(sentiment.positive()));
      }
      rows.add(row);
    }
    return rows;
  }

  List<String> articleRow() {
    long attributed = article.quotes.stream().filter(Quote::attributed).count();
    return List.of(
        article.id(),
        article.article.source,
        article.article.title,
        article.article.publishedDay(),
        article.article.outletName(),
        article.article.urlText(),
        article.article.encoding == null ? "" : article.article.encoding,
        Integer.toString(article.article.text.length()),
        Integer.toString(article.sentences.size()),
        Integer.toString(article.mentions.size()),
        Integer.toString(article.quotes.size()),
        Long.toString(attributed),
        String.join("|", ArticleCountries.about(article.mentions)));
  }

  /**
   * Each distinct sentence mentioning a country, once per country it mentions, with the sentiment
   * toward that country there (its mentions' targeted results averaged) and the sentence's own.
   */
  /** Its mentions of people by name, with the sentiment toward each, where it was scored. */
  List<PersonMention> personMentions() {
    List<String> names = MentionedPeople.of(article);
    List<PersonMention> result = new ArrayList<>();
    for (int i = 0; i < article.mentions.size(); i++) {
      Tone toward = mentionSentiments.get(i);
      if (!names.get(i).isEmpty() && toward != null) {
        result.add(
            new PersonMention(
                names.get(i),
                article.mentions.get(i).begin,
                ScoreSums.toMicros(toward.score()),
                toward.polarity()));
      }
    }
    return result;
  }

  List<CountrySentence> countrySentences() {
    Map<String, List<Tone>> bySentenceAndCountry = new TreeMap<>();
    Map<String, Integer> mentions = new TreeMap<>();
    for (int i = 0; i < article.mentions.size(); i++) {
      EntityMention m = article.mentions.get(i);
      if (!m.country.isEmpty()) {
        String key = Csv.zeroPadded(m.sentenceIndex, 8) + "\t" + m.country;
        mentions.merge(key, 1, Integer::sum);
        if (mentionSentiments.get(i) != null) {
          bySentenceAndCountry
              .computeIfAbsent(key, k -> new ArrayList<>())
              .add(mentionSentiments.get(i));
        }
      }
    }
    List<CountrySentence> result = new ArrayList<>();
    for (Map.Entry<String, Integer> e : mentions.entrySet()) {
      String[] key = e.getKey().split("\t");
      int s = Integer.parseInt(key[0]);
      SentenceSentiment sentiment = article.sentiments.get(s);
      List<Tone> toward = bySentenceAndCountry.get(e.getKey());
      if (!sentiment.scored() || toward == null) {
        result.add(new CountrySentence(key[1], article.id(), s, e.getValue(), false, 0, 0, 0));
        continue;
      }
      double negative = 0;
      double neutral = 0;
      double positive = 0;
      for (Tone r : toward) {
        negative += r.negative() / toward.size();
        neutral += r.neutral() / toward.size();
        positive += r.positive() / toward.size();
      }
      Tone average = new Tone(negative, neutral, positive);
      result.add(
          new CountrySentence(
              key[1],
              article.id(),
              s,
              e.getValue(),
              true,
              ScoreSums.toMicros(SentimentScale.score(sentiment.probabilities())),
              ScoreSums.toMicros(average.score()),
              average.polarity()));
    }
    return result;
  }
}
