package org.newsbeam.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.Token;

/**
 * Rebuilds a CoreNLP document from sentences already split and tagged, so that later stages
 * annotate them without tokenizing or tagging again. The sentences keep their own boundaries and
 * their places relative to the first one: character offsets inside the document are relative to the
 * first sentence's start ({@link #base}); callers add it to get article offsets. Token indices of
 * the document's sentences ({@code TokenBeginAnnotation}) count from the document's first token.
 */
public final class CoreNlpDocuments {
  private CoreNlpDocuments() {}

  /** The article offset that the document's character offsets are relative to. */
  public static int base(List<Sentence> sentences) {
    return sentences.isEmpty() ? 0 : sentences.get(0).begin;
  }

  /**
   * One document of the sentences, in order (one call of a CoreNLP pipeline annotates them all).
   * Its text has each sentence's text at the sentence's place, and spaces between them.
   */
  public static Annotation forSentences(List<Sentence> sentences) {
    int base = base(sentences);
    StringBuilder text = new StringBuilder();
    List<CoreLabel> allLabels = new ArrayList<>();
    List<CoreMap> coreSentences = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      int begin = sentence.begin - base;
      text.append(" ".repeat(Math.max(0, begin - text.length()))).append(sentence.text);
      List<CoreLabel> labels = labels(sentence, base, coreSentences.size());
      CoreMap coreSentence = new ArrayCoreMap();
      coreSentence.set(CoreAnnotations.TextAnnotation.class, sentence.text);
      coreSentence.set(CoreAnnotations.TokensAnnotation.class, labels);
      coreSentence.set(CoreAnnotations.SentenceIndexAnnotation.class, coreSentences.size());
      coreSentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      coreSentence.set(
          CoreAnnotations.CharacterOffsetEndAnnotation.class, begin + sentence.text.length());
      coreSentence.set(CoreAnnotations.TokenBeginAnnotation.class, allLabels.size());
      coreSentence.set(CoreAnnotations.TokenEndAnnotation.class, allLabels.size() + labels.size());
      allLabels.addAll(labels);
      coreSentences.add(coreSentence);
    }
    Annotation document = new Annotation(text.toString());
    document.set(CoreAnnotations.TokensAnnotation.class, allLabels);
    document.set(CoreAnnotations.SentencesAnnotation.class, coreSentences);
    return document;
  }

  private static List<CoreLabel> labels(Sentence sentence, int base, int sentenceIndex) {
    List<CoreLabel> labels = new ArrayList<>(sentence.tokens.size());
    for (int i = 0; i < sentence.tokens.size(); i++) {
      Token token = sentence.tokens.get(i);
      CoreLabel label = new CoreLabel();
      label.setWord(token.word);
      label.setValue(token.word);
      label.setOriginalText(
          sentence.text.substring(token.begin - sentence.begin, token.end - sentence.begin));
      label.setTag(token.pos);
      label.setBeginPosition(token.begin - base);
      label.setEndPosition(token.end - base);
      label.setIndex(i + 1);
      label.setSentIndex(sentenceIndex);
      labels.add(label);
    }
    return labels;
  }
}
