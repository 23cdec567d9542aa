package org.newsbeam.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * A named-entity mention found by CoreNLP's fine-grained NER: character offsets into the article,
 * token range {@code [firstToken, endToken)} within its sentence, and the entity type (PERSON,
 * ORGANIZATION, COUNTRY, NATIONALITY, CITY, STATE_OR_PROVINCE, TITLE, ...).
 */
@DefaultSchema(JavaFieldSchema.class)
public final class EntityMention {
  public final String articleId;
  public final int sentenceIndex;
  public final int firstToken;
  public final int endToken;
  public final int begin;
  public final int end;
  public final String text;
  public final String type;

  /** ISO 3166-1 alpha-2 code of the country the mention stands for, or empty. */
  public final String country;

  /** How the mention was mapped to its country (name, demonym, capital, ...), or empty. */
  public final String countryBy;

  /**
   * Sentiment toward the mention (probabilities of negative, neutral, positive) from the targeted
   * model, or empty: its sentence was not scored, or it is not computed yet.
   */
  public final List<Double> target;

  @SchemaCreate
  public EntityMention(
      String articleId,
      int sentenceIndex,
      int firstToken,
      int endToken,
      int begin,
      int end,
      String text,
      String type,
      String country,
      String countryBy,
      List<Double> target) {
    this.articleId = articleId;
    this.sentenceIndex = sentenceIndex;
    this.firstToken = firstToken;
    this.endToken = endToken;
    this.begin = begin;
    this.end = end;
    this.text = text;
    this.type = type;
    this.country = country;
    this.countryBy = countryBy;
    // Annotations stored before this field existed have none.
    this.target = target == null ? List.of() : List.copyOf(target);
  }

  /** A mention found by NER, not yet mapped to a country. */
  public static EntityMention of(
      String articleId,
      int sentenceIndex,
      int firstToken,
      int endToken,
      int begin,
      int end,
      String text,
      String type) {
    return new EntityMention(
        articleId, sentenceIndex, firstToken, endToken, begin, end, text, type, "", "", List.of());
  }

  public EntityMention withCountry(String code, String how) {
    return with(articleId, code, how, target);
  }

  public EntityMention withTarget(List<Double> probabilities) {
    return with(articleId, country, countryBy, probabilities);
  }

  /** The same mention in another article (same text, another file). */
  public EntityMention inArticle(String id) {
    return with(id, country, countryBy, target);
  }

  private EntityMention with(String id, String code, String how, List<Double> probabilities) {
    return new EntityMention(
        id, sentenceIndex, firstToken, endToken, begin, end, text, type, code, how, probabilities);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntityMention m
        && articleId.equals(m.articleId)
        && sentenceIndex == m.sentenceIndex
        && firstToken == m.firstToken
        && endToken == m.endToken
        && begin == m.begin
        && end == m.end
        && text.equals(m.text)
        && type.equals(m.type)
        && country.equals(m.country)
        && countryBy.equals(m.countryBy)
        && target.equals(m.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, sentenceIndex, begin, end, type);
  }

  @Override
  public String toString() {
    return type + ":" + text + "@" + begin + (country.isEmpty() ? "" : "->" + country);
  }
}
