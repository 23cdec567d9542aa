package org.newsbeam.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * What one article contributes to the reports, worked out once from its annotations (the report
 * step AnalyzeArticles, by ArticleRows): its rows of sentences.csv, mentions.csv and articles.csv
 * (CSV text), its quotes with their tone, and the sentences in which it mentions countries.
 * Speakers carry the names found in this article until the corpus-wide step OneNamePerPerson gives
 * every person one name; the quote rows are written after that.
 *
 * <p>The annotation store keeps these per build of newsbeam, so a rerun reads one small file for an
 * article it has seen instead of its annotations.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class ArticleReport {
  public final String articleId;
  public final String source;

  /** How the file was decoded; empty when not known. */
  public final String encoding;

  /** The publication day "YYYY-MM-DD", or empty. */
  public final String published;

  /** The outlet, or empty. */
  public final String outlet;

  public final String url;

  /** The SHA-256 of the article's text. */
  public final String textSha256;

  public final int sentenceCount;
  public final String sentenceRows;
  public final String mentionRows;
  public final String articleRow;
  public final List<ScoredQuote> quotes;
  public final List<CountrySentence> countrySentences;

  /** Its mentions of people by name that have a targeted sentiment. */
  public final List<PersonMention> personMentions;

  @SchemaCreate
  public ArticleReport(
      String articleId,
      String source,
      String encoding,
      String published,
      String outlet,
      String url,
      String textSha256,
      int sentenceCount,
      String sentenceRows,
      String mentionRows,
      String articleRow,
      List<ScoredQuote> quotes,
      List<CountrySentence> countrySentences,
      List<PersonMention> personMentions) {
    this.articleId = articleId;
    this.source = source;
    this.encoding = encoding;
    this.published = published;
    this.outlet = outlet;
    this.url = url;
    this.textSha256 = textSha256;
    this.sentenceCount = sentenceCount;
    this.sentenceRows = sentenceRows;
    this.mentionRows = mentionRows;
    this.articleRow = articleRow;
    this.quotes = List.copyOf(quotes);
    this.countrySentences = List.copyOf(countrySentences);
    this.personMentions = List.copyOf(personMentions);
  }

  /**
   * Whether this is the report of this very article: the same file, decoded the same way, with the
   * same date, outlet and URL (the rows name them). The text is known to be the same by its hash.
   */
  public boolean isFor(Article article) {
    return articleId.equals(article.id)
        && source.equals(article.source)
        && encoding.equals(Objects.requireNonNullElse(article.encoding, ""))
        && published.equals(article.publishedDay())
        && outlet.equals(article.outletName())
        && url.equals(article.urlText());
  }

  /** The names of the people quoted, as this article names them. */
  public List<String> personNames() {
    List<String> names = new ArrayList<>();
    for (ScoredQuote q : quotes) {
      if (q.quote.spokenBy(SpeakerType.PERSON)) {
        names.add(q.quote.speakerName);
      }
    }
    return names;
  }

  /**
   * This report with each person quoted or mentioned renamed by {@code aliases} (unlisted names
   * stay).
   */
  public ArticleReport withPersonNames(Map<String, String> aliases) {
    List<ScoredQuote> renamed = new ArrayList<>(quotes.size());
    for (ScoredQuote q : quotes) {
      String name = q.quote.speakerName;
      String alias = q.quote.spokenBy(SpeakerType.PERSON) ? aliases.get(name) : null;
      renamed.add(
          alias == null || alias.equals(name) ? q : q.withQuote(q.quote.withSpeakerName(alias)));
    }
    List<PersonMention> people = new ArrayList<>(personMentions.size());
    for (PersonMention m : personMentions) {
      people.add(m.withPerson(aliases.getOrDefault(m.person, m.person)));
    }
    return new ArticleReport(
        articleId,
        source,
        encoding,
        published,
        outlet,
        url,
        textSha256,
        sentenceCount,
        sentenceRows,
        mentionRows,
        articleRow,
        renamed,
        countrySentences,
        people);
  }

  /**
   * Each attributed quote, as it counts for its speaker; not a quote whose speaker is a bare noun
   * (quotes.csv keeps it).
   */
  public List<SpeakerQuote> speakerQuotes() {
    List<SpeakerQuote> result = new ArrayList<>();
    for (ScoredQuote scored : quotes) {
      Quote quote = scored.quote;
      if (!quote.attributed() || SpeakerQuote.isBareNoun(quote.speakerName, quote.speakerType)) {
        continue;
      }
      Optional<Tone> tone = scored.tone();
      result.add(
          new SpeakerQuote(
              quote.speakerName,
              quote.speakerType,
              quote.speakerCountry,
              quote.speakerGender,
              !quote.speakerGenderBy.isEmpty() && !quote.speakerGenderBy.equals("first name"),
              articleId,
              quote.begin,
              quote.text,
              tone.isPresent(),
              tone.map(t -> ScoreSums.toMicros(t.score())).orElse(0L),
              tone.map(Tone::polarity).orElse(0)));
    }
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleReport r
        && articleId.equals(r.articleId)
        && source.equals(r.source)
        && encoding.equals(r.encoding)
        && published.equals(r.published)
        && outlet.equals(r.outlet)
        && url.equals(r.url)
        && textSha256.equals(r.textSha256)
        && sentenceCount == r.sentenceCount
        && sentenceRows.equals(r.sentenceRows)
        && mentionRows.equals(r.mentionRows)
        && articleRow.equals(r.articleRow)
        && quotes.equals(r.quotes)
        && countrySentences.equals(r.countrySentences)
        && personMentions.equals(r.personMentions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, textSha256);
  }

  @Override
  public String toString() {
    return "ArticleReport{" + articleId + ", " + quotes.size() + " quotes}";
  }
}
