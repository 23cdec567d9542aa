package org.newsbeam.model;

import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** One attributed quote as it counts toward its speaker's row in speakers.csv. */
@DefaultSchema(JavaFieldSchema.class)
public final class SpeakerQuote {
  public final String speaker;
  public final String type;
  public final String country;

  /** {@code female}, {@code male} or empty, as the article tells it. */
  public final String gender;

  /** Whether the article tells the gender (an honorific, a pronoun), not only a first name. */
  public final boolean genderTold;

  public final String articleId;
  public final int begin;
  public final String text;

  /** Whether the quote has a tone (it has words). */
  public final boolean scored;

  /** The tone's score, in millionths. */
  public final long scoreMicros;

  /** The tone's polarity: -1, 0 or 1. */
  public final int polarity;

  @SchemaCreate
  public SpeakerQuote(
      String speaker,
      String type,
      String country,
      String gender,
      boolean genderTold,
      String articleId,
      int begin,
      String text,
      boolean scored,
      long scoreMicros,
      int polarity) {
    this.speaker = speaker;
    this.type = type;
    this.country = country;
    this.gender = gender;
    this.genderTold = genderTold;
    this.articleId = articleId;
    this.begin = begin;
    this.text = text;
    this.scored = scored;
    this.scoreMicros = scoreMicros;
    this.polarity = polarity;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpeakerQuote q
        && speaker.equals(q.speaker)
        && articleId.equals(q.articleId)
        && begin == q.begin
        && type.equals(q.type)
        && country.equals(q.country)
        && gender.equals(q.gender)
        && genderTold == q.genderTold
        && text.equals(q.text)
        && scored == q.scored
        && scoreMicros == q.scoreMicros
        && polarity == q.polarity;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(speaker, articleId, begin);
  }

  /**
   * Whether a speaker is a bare noun with nothing to tie it to ("spokesman", "report", "company"):
   * an unnamed source or a document of one lower-case word. Whose spokesman? Such a row would pool
   * unrelated voices, so it is no speaker row of its own.
   */
  public static boolean isBareNoun(String speaker, String type) {
    if (!(SpeakerType.UNNAMED.is(type) || SpeakerType.DOCUMENT.is(type)) || speaker.isEmpty()) {
      return false;
    }
    for (int i = 0; i < speaker.length(); i++) {
      if (!Character.isLowerCase(speaker.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
