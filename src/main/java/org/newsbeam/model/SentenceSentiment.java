package org.newsbeam.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * CoreNLP's sentiment for one sentence: the phrases of its binarized tree in pre-order (the first
 * is the root, whose probabilities are the sentence's). Empty when the sentence was not scored
 * (longer than the parser's limit); {@link #skipReason} then says why.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class SentenceSentiment {
  public final String articleId;
  public final int index;
  public final List<Phrase> phrases;
  public final String skipReason;

  @SchemaCreate
  public SentenceSentiment(String articleId, int index, List<Phrase> phrases, String skipReason) {
    this.articleId = articleId;
    this.index = index;
    this.phrases = List.copyOf(phrases);
    this.skipReason = skipReason;
  }

  public static SentenceSentiment skipped(String articleId, int index, String reason) {
    return new SentenceSentiment(articleId, index, List.of(), reason);
  }

  public boolean scored() {
    return !phrases.isEmpty();
  }

  /** The sentence's class distribution: the root phrase's. */
  public List<Double> probabilities() {
    return phrases.isEmpty() ? List.of() : phrases.get(0).probabilities;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SentenceSentiment s
        && articleId.equals(s.articleId)
        && index == s.index
        && phrases.equals(s.phrases)
        && skipReason.equals(s.skipReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, index);
  }

  @Override
  public String toString() {
    return "SentenceSentiment{" + articleId + "#" + index + " " + probabilities() + "}";
  }
}
