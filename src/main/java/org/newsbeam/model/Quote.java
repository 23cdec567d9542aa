package org.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * A quotation in an article and who said it. The quote span {@code [begin, end)} holds the quoted
 * words with their quotation marks; the speaker span is where the text names the speaker (may be a
 * pronoun), {@link #speakerName} is who that is by name within the article. An unattributed quote
 * (a scare quote, or no speaker found) has empty speaker fields.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Quote {

  public final String articleId;
  public final int begin;
  public final int end;
  public final String text;

  /** a {@link QuoteKind}'s label. */
  public final String kind;

  /** The speaker as written where the quote is attributed ("Mr Putin", "he"), or empty. */
  public final String speakerMention;

  public final int speakerBegin;
  public final int speakerEnd;

  /** Who the speaker is by name within the article ("Vladimir Putin"), or empty. */
  public final String speakerName;

  /** person, organization, unnamed, document, or empty when there is no speaker. */
  public final String speakerType;

  /** ISO code of the country the text ties the speaker to ("Russian President"), or empty. */
  public final String speakerCountry;

  /**
   * {@code female}, {@code male} or empty: a person's gender as the article tells it (an honorific,
   * the pronouns it uses for them, else their first name).
   */
  public final String speakerGender;

  /** What tells the gender: {@code honorific}, {@code pronoun}, {@code first name}, or empty. */
  public final String speakerGenderBy;

  @SchemaCreate
  public Quote(
      String articleId,
      int begin,
      int end,
      String text,
      String kind,
      String speakerMention,
      int speakerBegin,
      int speakerEnd,
      String speakerName,
      String speakerType,
      String speakerCountry,
      String speakerGender,
      String speakerGenderBy) {
    this.articleId = articleId;
    this.begin = begin;
    this.end = end;
    this.text = text;
    this.kind = kind;
    this.speakerMention = speakerMention;
    this.speakerBegin = speakerBegin;
    this.speakerEnd = speakerEnd;
    this.speakerName = speakerName;
    this.speakerType = speakerType;
    this.speakerCountry = speakerCountry;
    this.speakerGender = speakerGender;
    this.speakerGenderBy = speakerGenderBy;
  }

  /** A quote no speaker was found for (a scare quote, or no reporting clause). */
  public static Quote unattributed(String articleId, int begin, int end, String text, String kind) {
    return new Quote(articleId, begin, end, text, kind, "", -1, -1, "", "", "", "", "");
  }

  /** Whether the speaker is of this type. */
  public boolean spokenBy(SpeakerType type) {
    return type.is(speakerType);
  }

  /** The same quote, its speaker known by another name. */
  public Quote withSpeakerName(String name) {
    return new Quote(
        articleId,
        begin,
        end,
        text,
        kind,
        speakerMention,
        speakerBegin,
        speakerEnd,
        name,
        speakerType,
        speakerCountry,
        speakerGender,
        speakerGenderBy);
  }

  /** The same quote, its speaker's gender given, and what tells it. */
  public Quote withSpeakerGender(String gender, String by) {
    return new Quote(
        articleId,
        begin,
        end,
        text,
        kind,
        speakerMention,
        speakerBegin,
        speakerEnd,
        speakerName,
        speakerType,
        speakerCountry,
        gender,
        by);
  }

  public boolean attributed() {
    return !speakerName.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quote q
        && articleId.equals(q.articleId)
        && begin == q.begin
        && end == q.end
        && text.equals(q.text)
        && kind.equals(q.kind)
        && speakerMention.equals(q.speakerMention)
        && speakerBegin == q.speakerBegin
        && speakerEnd == q.speakerEnd
        && speakerName.equals(q.speakerName)
        && speakerType.equals(q.speakerType)
        && speakerCountry.equals(q.speakerCountry)
        && speakerGender.equals(q.speakerGender)
        && speakerGenderBy.equals(q.speakerGenderBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, begin, end, speakerName);
  }

  @Override
  public String toString() {
    return "Quote{" + kind + " [" + begin + "," + end + ") by '" + speakerName + "'}";
  }
}
