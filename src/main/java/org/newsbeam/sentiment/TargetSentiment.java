package org.newsbeam.sentiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Tone;

/**
 * Sentiment toward a mention: a multinomial logistic model over two kinds of evidence, giving the
 * probabilities that the sentence is negative, neutral or positive about the mention:
 *
 * <ul>
 *   <li>what CoreNLP's sentiment model says around the mention ({@link TargetFeatures#of}, the
 *       phrase-level predictions of its tree, standardized);
 *   <li>which words stand around it ({@link TargetFeatures#words}: "blamed", "praised", ...), each
 *       with its own weights.
 * </ul>
 *
 * <p>The weights were fitted on NewsMTSC's training set ({@code FitTargetSentiment}) and are read
 * from {@code target-model.tsv} once per JVM. The score is P(positive) - P(negative), -1 to 1.
 */
public final class TargetSentiment {
  private static final String RESOURCE = "/org/newsbeam/sentiment/target-model.tsv";
  private static volatile TargetSentiment instance;

  private final SoftmaxModel model;

  public TargetSentiment(SoftmaxModel model) {
    this.model = model;
  }

  /** The model shipped with newsbeam. */
  public static TargetSentiment get() {
    if (instance == null) {
      synchronized (TargetSentiment.class) {
        if (instance == null) {
          instance = new TargetSentiment(SoftmaxModel.read(RESOURCE, TargetFeatures.NAMES));
        }
      }
    }
    return instance;
  }

  /**
   * The article with the sentiment toward each of its mentions ({@link EntityMention#target}):
   * negative, neutral and positive; empty where the mention's sentence was not scored.
   */
  public AnnotatedArticle scoreMentions(AnnotatedArticle article) {
    List<EntityMention> mentions = new ArrayList<>(article.mentions.size());
    for (EntityMention m : article.mentions) {
      SentenceSentiment sentiment = article.sentiments.get(m.sentenceIndex);
      if (!sentiment.scored()) {
        mentions.add(m.withTarget(List.of()));
        continue;
      }
      Tone r = of(article.sentences.get(m.sentenceIndex), sentiment, m.begin, m.end);
      mentions.add(m.withTarget(List.of(r.negative(), r.neutral(), r.positive())));
    }
    return article.withMentions(mentions);
  }

  /** Sentiment toward the mention at {@code [begin, end)} of a scored sentence. */
  public Tone of(Sentence sentence, SentenceSentiment sentiment, int begin, int end) {
    return predict(
        TargetFeatures.of(sentence, sentiment, begin, end),
        TargetFeatures.words(sentence, begin, end));
  }

  public Tone predict(double[] features, Collection<String> wordFeatures) {
    return Tone.of(model.probabilities(features, wordFeatures));
  }

  /** The model as TSV ({@link SoftmaxModel}). */
  public String toTsv() {
    return model.toTsv();
  }
}
