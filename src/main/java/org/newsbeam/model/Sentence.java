package org.newsbeam.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** One sentence of an article (index 0 is the title) with its tokens; offsets into the article. */
@DefaultSchema(JavaFieldSchema.class)
public final class Sentence {
  public final String articleId;
  public final int index;
  public final int begin;
  public final int end;
  public final String text;
  public final List<Token> tokens;

  @SchemaCreate
  public Sentence(
      String articleId, int index, int begin, int end, String text, List<Token> tokens) {
    this.articleId = articleId;
    this.index = index;
    this.begin = begin;
    this.end = end;
    this.text = text;
    this.tokens = List.copyOf(tokens);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sentence s
        && articleId.equals(s.articleId)
        && index == s.index
        && begin == s.begin
        && end == s.end
        && text.equals(s.text)
        && tokens.equals(s.tokens);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, index, begin, end);
  }

  @Override
  public String toString() {
    return "Sentence{" + articleId + "#" + index + " [" + begin + "," + end + ")}";
  }
}
