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
 * Rebuilds a CoreNLP document from one already split and tagged {@link Sentence}, so that later
 * stages annotate it without tokenizing or tagging again. Character offsets inside the document are
 * relative to the sentence's start; callers add {@code sentence.begin} to get article offsets.
 */
public final class CoreNlpDocuments {
  private CoreNlpDocuments() {}

  public static Annotation forSentence(Sentence sentence) {
    List<CoreLabel> labels = new ArrayList<>(sentence.tokens.size());
    for (int i = 0; i < sentence.tokens.size(); i++) {
      Token token = sentence.tokens.get(i);
      CoreLabel label = new CoreLabel();
      label.setWord(token.word);
      label.setValue(token.word);
      label.setOriginalText(
          sentence.text.substring(token.begin - sentence.begin, token.end - sentence.begin));
      label.setTag(token.pos);
      label.setBeginPosition(token.begin - sentence.begin);
      label.setEndPosition(token.end - sentence.begin);
      label.setIndex(i + 1);
      label.setSentIndex(0);
      labels.add(label);
    }
    CoreMap coreSentence = new ArrayCoreMap();
    coreSentence.set(CoreAnnotations.TextAnnotation.class, sentence.text);
    coreSentence.set(CoreAnnotations.TokensAnnotation.class, labels);
    coreSentence.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
    coreSentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
    coreSentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.text.length());
    coreSentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
    coreSentence.set(CoreAnnotations.TokenEndAnnotation.class, labels.size());
    Annotation document = new Annotation(sentence.text);
    document.set(CoreAnnotations.TokensAnnotation.class, labels);
    document.set(CoreAnnotations.SentencesAnnotation.class, List.of(coreSentence));
    return document;
  }
}
