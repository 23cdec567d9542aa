package org.newsbeam;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsbeam.model.Phrase;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Token;

/** Small hand-made elements for transform tests that do not need CoreNLP. */
public final class Fixtures {
  public static final List<Double> NEUTRAL = List.of(0.0, 0.1, 0.8, 0.1, 0.0);
  public static final List<Double> NEGATIVE = List.of(0.1, 0.7, 0.2, 0.0, 0.0);

  private Fixtures() {}

  /** A sentence of {@code text} starting at {@code begin}, one token per space-separated word. */
  public static Sentence sentence(String articleId, int index, int begin, String text) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String word : text.split(" ")) {
      int start = text.indexOf(word, offset);
      tokens.add(new Token(begin + start, begin + start + word.length(), word, "NN"));
      offset = start + word.length();
    }
    return new Sentence(articleId, index, begin, begin + text.length(), text, tokens);
  }

  /** A flat tree: the root and one phrase per word, all with the same probabilities. */
  public static SentenceSentiment flatSentiment(Sentence sentence, List<Double> probabilities) {
    List<Phrase> phrases = new ArrayList<>();
    phrases.add(new Phrase(0, sentence.tokens.size(), "ROOT", probabilities));
    for (int i = 0; i < sentence.tokens.size(); i++) {
      phrases.add(new Phrase(i, i + 1, "NN", probabilities));
    }
    return new SentenceSentiment(sentence.articleId, sentence.index, phrases, "");
  }

  /** What a stage gives each sentence annotated on its own, in order: to compare with one call. */
  public static <R> List<R> oneSentenceAtATime(
      List<Sentence> sentences, Function<List<Sentence>, List<R>> annotate) {
    List<R> results = new ArrayList<>();
    for (Sentence sentence : sentences) {
      results.addAll(annotate.apply(List.of(sentence)));
    }
    return results;
  }
}
