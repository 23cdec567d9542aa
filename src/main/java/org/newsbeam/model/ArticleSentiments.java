package org.newsbeam.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/** The sentiment of an article's sentences, in order of their index, as one element. */
@DefaultCoder(ArticleSentimentsCoder.class)
public final class ArticleSentiments {
  public final String articleId;
  public final List<SentenceSentiment> sentiments;

  public ArticleSentiments(String articleId, List<SentenceSentiment> sentiments) {
    this.articleId = articleId;
    this.sentiments = List.copyOf(sentiments);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleSentiments a
        && articleId.equals(a.articleId)
        && sentiments.equals(a.sentiments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, sentiments);
  }

  @Override
  public String toString() {
    return "ArticleSentiments{" + articleId + " " + sentiments.size() + "}";
  }
}
