package org.newsbeam.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.newsbeam.model.Quote;
import org.newsbeam.sentiment.QuoteTone;
import org.newsbeam.sentiment.SpanSentiment;
import org.newsbeam.sentiment.Tone;

/**
 * A quote with the tone of what it says ({@link QuoteTone}) and CoreNLP's phrase score of its words
 * ({@link SpanSentiment}), as the reports show them.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class ScoredQuote {
  public final Quote quote;

  /** P(negative), P(neutral), P(positive) of what the quote says; empty if it has no words. */
  public final List<Double> tone;

  /** CoreNLP's five classes' probabilities over the quote's words. */
  public final List<Double> probabilities;

  /** How many of the quote's words lie in scored sentences (0: no phrase score). */
  public final int words;

  @SchemaCreate
  public ScoredQuote(Quote quote, List<Double> tone, List<Double> probabilities, int words) {
    this.quote = quote;
    this.tone = List.copyOf(tone);
    this.probabilities = List.copyOf(probabilities);
    this.words = words;
  }

  ScoredQuote(Quote quote, Optional<Tone> tone, SpanSentiment.Distribution phrases) {
    this(
        quote,
        tone.map(t -> List.of(t.negative(), t.neutral(), t.positive())).orElse(List.of()),
        phrases.probabilities(),
        phrases.words());
  }

  /** CoreNLP's phrase score of the quote's words. */
  SpanSentiment.Distribution phrases() {
    return new SpanSentiment.Distribution(probabilities, words);
  }

  /** The tone of what the quote says, if it has words. */
  public Optional<Tone> tone() {
    return tone.isEmpty()
        ? Optional.empty()
        : Optional.of(new Tone(tone.get(0), tone.get(1), tone.get(2)));
  }

  public ScoredQuote withQuote(Quote other) {
    return new ScoredQuote(other, tone, probabilities, words);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoredQuote q
        && quote.equals(q.quote)
        && tone.equals(q.tone)
        && probabilities.equals(q.probabilities)
        && words == q.words;
  }

  @Override
  public int hashCode() {
    return Objects.hash(quote, words);
  }
}
