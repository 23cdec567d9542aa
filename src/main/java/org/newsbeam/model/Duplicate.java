package org.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** An input article whose text is exactly another's: it is counted once, under the other's id. */
@DefaultSchema(JavaFieldSchema.class)
public final class Duplicate {
  public final String article;
  public final String source;

  /** The id of the article reported in its place. */
  public final String duplicateOf;

  @SchemaCreate
  public Duplicate(String article, String source, String duplicateOf) {
    this.article = article;
    this.source = source;
    this.duplicateOf = duplicateOf;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Duplicate d
        && article.equals(d.article)
        && source.equals(d.source)
        && duplicateOf.equals(d.duplicateOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(article, source, duplicateOf);
  }

  @Override
  public String toString() {
    return "Duplicate{" + article + " of " + duplicateOf + "}";
  }
}
