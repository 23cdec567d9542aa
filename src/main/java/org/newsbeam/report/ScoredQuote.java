package org.newsbeam.report;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.newsbeam.model.Quote;
import org.newsbeam.sentiment.SpanSentiment;

/** A quote with the sentiment of its words ({@link SpanSentiment}), as the reports show it. */
@DefaultSchema(JavaFieldSchema.class)
public final class ScoredQuote {
  public final Quote quote;

  /** The five classes' probabilities over the quote's words. */
  public final List<Double> probabilities;

  /** How many of the quote's words lie in scored sentences (0: the quote is not scored). */
  public final int words;

  @SchemaCreate
  public ScoredQuote(Quote quote, List<Double> probabilities, int words) {
    this.quote = quote;
    this.probabilities = List.copyOf(probabilities);
    this.words = words;
  }

  ScoredQuote(Quote quote, SpanSentiment.Distribution sentiment) {
    this(quote, sentiment.probabilities(), sentiment.words());
  }

  SpanSentiment.Distribution sentiment() {
    return new SpanSentiment.Distribution(probabilities, words);
  }

  public boolean scored() {
    return words > 0;
  }

  public ScoredQuote withQuote(Quote other) {
    return new ScoredQuote(other, probabilities, words);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoredQuote q
        && quote.equals(q.quote)
        && probabilities.equals(q.probabilities)
        && words == q.words;
  }

  @Override
  public int hashCode() {
    return Objects.hash(quote, words);
  }
}
