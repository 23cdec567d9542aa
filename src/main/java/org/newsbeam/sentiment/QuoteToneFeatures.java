package org.newsbeam.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbeam.model.Phrase;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Token;
import org.newsbeam.nlp.WordVectors;
import org.newsbeam.text.TokenSpans;

/**
 * What a quote's own words say, as numbers for {@link QuoteTone}: CoreNLP's phrase predictions over
 * the quoted words (their largest phrases, their words, their most negative and most positive
 * phrases), the sentiment lexicon's reading of them ({@link Lexicon}: negation, boosters,
 * contrast), and their form (a question, an exclamation, "we", quoted words inside the quote).
 * Beside them, the quote's words and the words of the sentences around it (the reporting clause:
 * "warned", "praised") as word features.
 */
public final class QuoteToneFeatures {
  /** The dense features; the model file names its weights by these names. */
  public enum Feature {
    PHRASE_SCORE,
    PHRASE_NEGATIVE,
    PHRASE_POSITIVE,
    PHRASE_VERY_NEGATIVE,
    PHRASE_VERY_POSITIVE,
    WORDS_MEAN,
    WORDS_MIN,
    WORDS_MAX,
    STRONG_NEGATIVE_SHARE,
    STRONG_POSITIVE_SHARE,
    STRONG_NEGATIVE_WORDS,
    STRONG_POSITIVE_WORDS,
    PHRASES_MIN,
    PHRASES_MAX,
    SENTENCE_SCORE,
    LEXICON_COMPOUND,
    LEXICON_POSITIVE,
    LEXICON_NEGATIVE,
    LEXICON_POSITIVE_WORDS,
    LEXICON_NEGATIVE_WORDS,
    NEGATED_POSITIVE,
    NEGATED_NEGATIVE,
    AFTER_CONTRAST,
    CONTRAST,
    CONTEXT_COMPOUND,
    QUESTION,
    EXCLAMATION,
    NEGATIONS,
    LOG_WORDS,
    WE,
    YOU,
    INNER_QUOTES,
    UNSCORED_SHARE;

    /** The model file's name for the feature. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The names of the dense features in order: the {@link Feature}s, then the dimensions of the
   * quote's mean word vector and of its sentences' other words ({@link WordVectors}).
   */
  public static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Feature f : Feature.values()) {
      keys.add(f.key());
    }
    int dimensions = WordVectors.get().dimensions();
    for (String part : List.of("quote_vector_", "context_vector_")) {
      for (int i = 0; i < dimensions; i++) {
        keys.add(part + i);
      }
    }
    return keys;
  }

  /** The features of a quote, in the order of {@link #keys}, and how many words it has. */
  public record Values(double[] dense, int wordCount) {}

  private static final double STRONG = 0.5;
  private static final int CAP = 4;

  private QuoteToneFeatures() {}

  /**
   * The features of the quote at character offsets {@code [begin, end)} of an article whose
   * sentences and their sentiment are given as parallel lists.
   */
  public static Values of(
      int begin, int end, List<Sentence> sentences, List<SentenceSentiment> sentiments) {
    int features = Feature.values().length;
    double[] f = new double[features + 2 * WordVectors.get().dimensions()];
    List<String> quoteWords = new ArrayList<>();
    List<String> contextWords = new ArrayList<>();
    double wordSum = 0;
    double wordMin = 0;
    double wordMax = 0;
    int scoredWords = 0;
    int strongNegative = 0;
    int strongPositive = 0;
    double phrasesMin = 0;
    double phrasesMax = 0;
    double sentenceSum = 0;
    int sentenceWords = 0;
    int allWords = 0;
    int unscoredWords = 0;
    int innerQuotes = 0;
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      if (sentence.end <= begin || sentence.begin >= end) {
        continue;
      }
      SentenceSentiment sentiment = sentiments.get(s);
      List<Token> tokens = sentence.tokens;
      int[] range = TokenSpans.wordsWithin(tokens, begin, end);
      for (int i = 0; i < tokens.size(); i++) {
        String word = tokens.get(i).word;
        if (i >= range[0] && i < range[1]) {
          addWord(quoteWords, tokens.get(i));
          if (isQuoteMark(word)) {
            innerQuotes++;
          }
        } else if (tokens.get(i).end <= begin || tokens.get(i).begin >= end) {
          addWord(contextWords, tokens.get(i));
        }
      }
      int words = Math.max(0, range[1] - range[0]);
      allWords += words;
      if (!sentiment.scored()) {
        unscoredWords += words;
        continue;
      }
      for (Phrase p : sentiment.phrases) {
        if (p.first < range[0] || p.end > range[1]) {
          continue;
        }
        double score = SentimentScale.score(p.probabilities);
        if (p.length() == 1) {
          wordSum += score;
          wordMin = Math.min(wordMin, score);
          wordMax = Math.max(wordMax, score);
          scoredWords++;
          strongNegative += p.negative() > STRONG ? 1 : 0;
          strongPositive += p.positive() > STRONG ? 1 : 0;
        } else {
          phrasesMin = Math.min(phrasesMin, score);
          phrasesMax = Math.max(phrasesMax, score);
        }
      }
      sentenceSum += SentimentScale.score(sentiment.probabilities()) * words;
      sentenceWords += words;
    }
    SpanSentiment.Distribution span = SpanSentiment.of(begin, end, sentences, sentiments);
    if (span.words() > 0) {
      List<Double> p = span.probabilities();
      set(f, Feature.PHRASE_SCORE, span.score());
      set(f, Feature.PHRASE_NEGATIVE, p.get(0) + p.get(1));
      set(f, Feature.PHRASE_POSITIVE, p.get(3) + p.get(4));
      set(f, Feature.PHRASE_VERY_NEGATIVE, p.get(0));
      set(f, Feature.PHRASE_VERY_POSITIVE, p.get(4));
    }
    if (scoredWords > 0) {
      set(f, Feature.WORDS_MEAN, wordSum / scoredWords);
      set(f, Feature.STRONG_NEGATIVE_SHARE, (double) strongNegative / scoredWords);
      set(f, Feature.STRONG_POSITIVE_SHARE, (double) strongPositive / scoredWords);
    }
    set(f, Feature.WORDS_MIN, wordMin);
    set(f, Feature.WORDS_MAX, wordMax);
    set(f, Feature.STRONG_NEGATIVE_WORDS, Math.min(strongNegative, CAP));
    set(f, Feature.STRONG_POSITIVE_WORDS, Math.min(strongPositive, CAP));
    set(f, Feature.PHRASES_MIN, phrasesMin);
    set(f, Feature.PHRASES_MAX, phrasesMax);
    set(f, Feature.SENTENCE_SCORE, sentenceWords == 0 ? 0 : sentenceSum / sentenceWords);

    Lexicon lexicon = Lexicon.get();
    Lexicon.Reading reading = lexicon.read(quoteWords);
    set(f, Feature.LEXICON_COMPOUND, reading.compound());
    set(f, Feature.LEXICON_POSITIVE, Math.log1p(reading.positive()));
    set(f, Feature.LEXICON_NEGATIVE, Math.log1p(reading.negative()));
    set(f, Feature.LEXICON_POSITIVE_WORDS, Math.min(reading.positiveWords(), CAP));
    set(f, Feature.LEXICON_NEGATIVE_WORDS, Math.min(reading.negativeWords(), CAP));
    set(f, Feature.NEGATED_POSITIVE, Math.min(reading.negatedPositive(), CAP));
    set(f, Feature.NEGATED_NEGATIVE, Math.min(reading.negatedNegative(), CAP));
    set(f, Feature.AFTER_CONTRAST, reading.afterContrast());
    set(f, Feature.CONTRAST, reading.contrast() ? 1 : 0);
    set(f, Feature.CONTEXT_COMPOUND, lexicon.read(contextWords).compound());

    Map<String, Integer> counts = new HashMap<>();
    for (String w : quoteWords) {
      counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    set(f, Feature.QUESTION, counts.containsKey("?") ? 1 : 0);
    set(f, Feature.EXCLAMATION, counts.containsKey("!") ? 1 : 0);
    int negations = 0;
    for (String w : quoteWords) {
      negations += lexicon.isNegation(w) ? 1 : 0;
    }
    set(f, Feature.NEGATIONS, Math.min(negations, CAP));
    set(f, Feature.LOG_WORDS, Math.log1p(allWords));
    set(
        f,
        Feature.WE,
        counts.getOrDefault("we", 0) + counts.getOrDefault("our", 0) + counts.getOrDefault("us", 0)
                > 0
            ? 1
            : 0);
    set(f, Feature.YOU, counts.getOrDefault("you", 0) + counts.getOrDefault("your", 0) > 0 ? 1 : 0);
    set(f, Feature.INNER_QUOTES, innerQuotes >= 2 ? 1 : 0);
    set(f, Feature.UNSCORED_SHARE, allWords == 0 ? 0 : (double) unscoredWords / allWords);
    double[] quoteVector = WordVectors.get().mean(quoteWords);
    double[] contextVector = WordVectors.get().mean(contextWords);
    System.arraycopy(quoteVector, 0, f, features, quoteVector.length);
    System.arraycopy(contextVector, 0, f, features + quoteVector.length, contextVector.length);
    return new Values(f, allWords);
  }

  /** Negating prefixes of words like "unconstructive" or "nonviable". */
  private static final List<String> NEGATING_PREFIXES = List.of("non-", "non", "un");

  /**
   * Adds a token's word; a word without a vector, made of a negating prefix and a word with a
   * vector or a valence ("unconstructive"), is read as "not" and that word.
   */
  private static void addWord(List<String> words, Token token) {
    String word = token.word;
    String lower = word.toLowerCase(Locale.ROOT);
    WordVectors vectors = WordVectors.get();
    Lexicon lexicon = Lexicon.get();
    if (!token.pos.equals("IN") && !vectors.has(lower)) {
      for (String prefix : NEGATING_PREFIXES) {
        String stem = lower.substring(Math.min(prefix.length(), lower.length()));
        if (lower.startsWith(prefix)
            && stem.length() >= 4
            && (lexicon.valence(stem) != 0 || vectors.has(stem))) {
          words.add("not");
          words.add(stem);
          return;
        }
      }
    }
    words.add(word);
  }

  private static void set(double[] f, Feature feature, double value) {
    f[feature.ordinal()] = value;
  }

  private static boolean isQuoteMark(String word) {
    return word.equals("``") || word.equals("''") || word.equals("`") || word.equals("'");
  }
}
