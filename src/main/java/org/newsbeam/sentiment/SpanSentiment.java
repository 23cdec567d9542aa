package org.newsbeam.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.newsbeam.model.Phrase;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.text.TokenSpans;

/**
 * The sentiment of a span of text (a quote) from the phrase predictions of the sentences it
 * overlaps: the largest phrases lying wholly inside the span, averaged with their word counts as
 * weights. A quote is thereby scored on the quoted words alone, never on its reporting clause.
 */
public final class SpanSentiment {
  /** A class distribution and the number of words it rests on. */
  public record Distribution(List<Double> probabilities, int words) {
    public double score() {
      return SentimentScale.score(probabilities);
    }

    public int predictedClass() {
      return SentimentScale.predictedClass(probabilities);
    }
  }

  private SpanSentiment() {}

  /**
   * The distribution of the words in {@code [begin, end)}, or words = 0 if none of them lies in a
   * scored sentence. {@code sentences} and {@code sentiments} are parallel lists.
   */
  public static Distribution of(
      int begin, int end, List<Sentence> sentences, List<SentenceSentiment> sentiments) {
    double[] sums = new double[SentimentScale.CLASSES];
    int words = 0;
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      SentenceSentiment sentiment = sentiments.get(s);
      if (sentence.end <= begin || sentence.begin >= end || !sentiment.scored()) {
        continue;
      }
      int[] range = TokenSpans.wordsWithin(sentence.tokens, begin, end);
      for (Phrase phrase : largestPhrasesWithin(sentiment.phrases, range[0], range[1])) {
        for (int i = 0; i < SentimentScale.CLASSES; i++) {
          sums[i] += phrase.probabilities.get(i) * phrase.length();
        }
        words += phrase.length();
      }
    }
    return distribution(sums, words);
  }

  /** Phrases of at most this many words are the chunks a sentence's phrase score averages. */
  public static final int CHUNK_WORDS = 12;

  /**
   * A sentence's score from its parts: the largest phrases of at most {@link #CHUNK_WORDS} words,
   * averaged with their word counts as weights. CoreNLP's prediction for a whole long sentence
   * tends to one constant; its parts keep what each clause says.
   */
  public static Distribution ofChunks(SentenceSentiment sentiment) {
    double[] sums = new double[SentimentScale.CLASSES];
    int words = 0;
    for (Phrase phrase : largestPhrases(sentiment.phrases, p -> p.length() <= CHUNK_WORDS)) {
      for (int i = 0; i < SentimentScale.CLASSES; i++) {
        sums[i] += phrase.probabilities.get(i) * phrase.length();
      }
      words += phrase.length();
    }
    return distribution(sums, words);
  }

  private static Distribution distribution(double[] sums, int words) {
    List<Double> probabilities = new ArrayList<>(SentimentScale.CLASSES);
    for (double sum : sums) {
      probabilities.add(words == 0 ? 0.0 : sum / words);
    }
    return new Distribution(probabilities, words);
  }

  /** The phrases lying wholly inside {@code [first, end)}, largest first (see below). */
  static List<Phrase> largestPhrasesWithin(List<Phrase> phrases, int first, int end) {
    return largestPhrases(phrases, p -> p.first >= first && p.end <= end);
  }

  /**
   * The largest phrases that qualify: in pre-order, a qualifying phrase is taken and hides its
   * descendants.
   */
  static List<Phrase> largestPhrases(List<Phrase> phrases, Predicate<Phrase> qualifies) {
    List<Phrase> largest = new ArrayList<>();
    Phrase lastTaken = null;
    for (Phrase phrase : phrases) {
      boolean hidden =
          lastTaken != null && phrase.first >= lastTaken.first && phrase.end <= lastTaken.end;
      if (!hidden && qualifies.test(phrase)) {
        largest.add(phrase);
        lastTaken = phrase;
      }
    }
    return largest;
  }
}
