package org.newsbeam.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** A quote with the tone of what it says and CoreNLP's phrase score of its words. */
@DefaultSchema(JavaFieldSchema.class)
public final class ScoredQuote {
  public final Quote quote;

  /** P(negative), P(neutral), P(positive) of what the quote says; empty if it has no words. */
  public final List<Double> tone;

  /** CoreNLP's phrase score of the quote's words, -1 to 1 (0 when {@link #phraseWords} is 0). */
  public final double phraseScore;

  /** How many of the quote's words lie in parsed sentences: what the phrase score rests on. */
  public final int phraseWords;

  @SchemaCreate
  public ScoredQuote(Quote quote, List<Double> tone, double phraseScore, int phraseWords) {
    this.quote = quote;
    this.tone = List.copyOf(tone);
    this.phraseScore = phraseScore;
    this.phraseWords = phraseWords;
  }

  public ScoredQuote(Quote quote, Optional<Tone> tone, double phraseScore, int phraseWords) {
    this(
        quote,
        tone.map(t -> List.of(t.negative(), t.neutral(), t.positive())).orElse(List.of()),
        phraseScore,
        phraseWords);
  }

  /** The tone of what the quote says, if it has words. */
  public Optional<Tone> tone() {
    return tone.isEmpty()
        ? Optional.empty()
        : Optional.of(new Tone(tone.get(0), tone.get(1), tone.get(2)));
  }

  public ScoredQuote withQuote(Quote other) {
    return new ScoredQuote(other, tone, phraseScore, phraseWords);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoredQuote q
        && quote.equals(q.quote)
        && tone.equals(q.tone)
        && phraseScore == q.phraseScore
        && phraseWords == q.phraseWords;
  }

  @Override
  public int hashCode() {
    return Objects.hash(quote, phraseWords);
  }
}
