package org.newsbeam.report;

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
  public final long scoreMicros;
  public final int predictedClass;

  @SchemaCreate
  public CountrySentence(
      String country,
      String articleId,
      int sentenceIndex,
      int mentions,
      boolean scored,
      long scoreMicros,
      int predictedClass) {
    this.country = country;
    this.articleId = articleId;
    this.sentenceIndex = sentenceIndex;
    this.mentions = mentions;
    this.scored = scored;
    this.scoreMicros = scoreMicros;
    this.predictedClass = predictedClass;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountrySentence c
        && country.equals(c.country)
        && articleId.equals(c.articleId)
        && sentenceIndex == c.sentenceIndex
        && mentions == c.mentions
        && scored == c.scored
        && scoreMicros == c.scoreMicros
        && predictedClass == c.predictedClass;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(country, articleId, sentenceIndex);
  }
}
