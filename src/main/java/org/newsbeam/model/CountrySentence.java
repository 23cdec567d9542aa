package org.newsbeam.model;

import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** One sentence that mentions a country, as it counts toward that country's row. */
@DefaultSchema(JavaFieldSchema.class)
public final class CountrySentence {
  public final String country;
  public final String articleId;
  public final int sentenceIndex;

  /** How many mentions of the country the sentence holds. */
  public final int mentions;

  public final boolean scored;

  /** The sentence's own score (CoreNLP's root), in millionths. */
  public final long sentenceMicros;

  /** Sentiment toward the country: its mentions' targeted scores averaged, in millionths. */
  public final long targetedMicros;

  /** -1, 0 or 1: the most probable polarity toward the country in this sentence. */
  public final int polarity;

  @SchemaCreate
  public CountrySentence(
      String country,
      String articleId,
      int sentenceIndex,
      int mentions,
      boolean scored,
      long sentenceMicros,
      long targetedMicros,
      int polarity) {
    this.country = country;
    this.articleId = articleId;
    this.sentenceIndex = sentenceIndex;
    this.mentions = mentions;
    this.scored = scored;
    this.sentenceMicros = sentenceMicros;
    this.targetedMicros = targetedMicros;
    this.polarity = polarity;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountrySentence c
        && country.equals(c.country)
        && articleId.equals(c.articleId)
        && sentenceIndex == c.sentenceIndex
        && mentions == c.mentions
        && scored == c.scored
        && sentenceMicros == c.sentenceMicros
        && targetedMicros == c.targetedMicros
        && polarity == c.polarity;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(country, articleId, sentenceIndex);
  }
}
