package org.newsbeam.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * An article's sentences, in order, as one element: the annotation branches and the join handle an
 * article at a time, not a sentence at a time.
 */
@DefaultCoder(ArticleSentencesCoder.class)
public final class ArticleSentences {
  public final String articleId;
  public final List<Sentence> sentences;

  public ArticleSentences(String articleId, List<Sentence> sentences) {
    this.articleId = articleId;
    this.sentences = List.copyOf(sentences);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleSentences a
        && articleId.equals(a.articleId)
        && sentences.equals(a.sentences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, sentences);
  }

  @Override
  public String toString() {
    return "ArticleSentences{" + articleId + " " + sentences.size() + "}";
  }
}
