package org.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** A token with its character offsets into the article text, CoreNLP's word form and POS tag. */
@DefaultSchema(JavaFieldSchema.class)
public final class Token {
  public final int begin;
  public final int end;

  /** CoreNLP's normalized word (quotes become {@code ``} and {@code ''}, brackets -LRB-...). */
  public final String word;

  public final String pos;

  @SchemaCreate
  public Token(int begin, int end, String word, String pos) {
    this.begin = begin;
    this.end = end;
    this.word = word;
    this.pos = pos;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t
        && begin == t.begin
        && end == t.end
        && word.equals(t.word)
        && pos.equals(t.pos);
  }

  @Override
  public int hashCode() {
    return Objects.hash(begin, end, word, pos);
  }

  @Override
  public String toString() {
    return word + "/" + pos + "@" + begin;
  }
}
