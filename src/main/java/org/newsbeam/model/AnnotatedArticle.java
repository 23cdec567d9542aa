package org.newsbeam.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * Everything known about one article once its annotation branches are joined: its sentences (in
 * order), their sentiment (same order), entity mentions (in text order) and, once attributed, its
 * quotes (in text order).
 */
@DefaultSchema(JavaFieldSchema.class)
public final class AnnotatedArticle {
  public final Article article;
  public final List<Sentence> sentences;
  public final List<SentenceSentiment> sentiments;
  public final List<EntityMention> mentions;
  public final List<Quote> quotes;

  @SchemaCreate
  public AnnotatedArticle(
      Article article,
      List<Sentence> sentences,
      List<SentenceSentiment> sentiments,
      List<EntityMention> mentions,
      List<Quote> quotes) {
    this.article = article;
    this.sentences = List.copyOf(sentences);
    this.sentiments = List.copyOf(sentiments);
    this.mentions = List.copyOf(mentions);
    this.quotes = List.copyOf(quotes);
  }

  public String id() {
    return article.id;
  }

  public AnnotatedArticle withQuotes(List<Quote> newQuotes) {
    return new AnnotatedArticle(article, sentences, sentiments, mentions, newQuotes);
  }

  public AnnotatedArticle withMentions(List<EntityMention> newMentions) {
    return new AnnotatedArticle(article, sentences, sentiments, newMentions, quotes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnnotatedArticle a
        && article.equals(a.article)
        && sentences.equals(a.sentences)
        && sentiments.equals(a.sentiments)
        && mentions.equals(a.mentions)
        && quotes.equals(a.quotes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(article.id, sentences.size(), mentions.size(), quotes.size());
  }

  @Override
  public String toString() {
    return "AnnotatedArticle{" + article.id + ", " + sentences.size() + " sentences}";
  }
}
