package org.newsbeam.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** An article's entity mentions, as one element. */
@DefaultSchema(JavaFieldSchema.class)
public final class ArticleMentions {
  public final String articleId;
  public final List<EntityMention> mentions;

  @SchemaCreate
  public ArticleMentions(String articleId, List<EntityMention> mentions) {
    this.articleId = articleId;
    this.mentions = List.copyOf(mentions);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleMentions a
        && articleId.equals(a.articleId)
        && mentions.equals(a.mentions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, mentions);
  }

  @Override
  public String toString() {
    return "ArticleMentions{" + articleId + " " + mentions.size() + "}";
  }
}
