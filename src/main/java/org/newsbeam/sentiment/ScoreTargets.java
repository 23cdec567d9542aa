package org.newsbeam.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Failure;
import org.newsbeam.model.SentenceSentiment;

/**
 * Scores the sentiment toward every mention of an article ({@link TargetSentiment}), in sentences
 * that were scored; the reports read it from {@link EntityMention#target}. Runs after the countries
 * are mapped, since mapping adds the mentions the gazetteer finds.
 */
public class ScoreTargets extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  public static final TupleTag<AnnotatedArticle> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  public static final String STAGE = "targets";

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    return articles.apply(
        "Score", ParDo.of(new ScoreFn()).withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));
  }

  /** The article with each mention's targeted sentiment (empty where its sentence is unscored). */
  public static AnnotatedArticle scored(AnnotatedArticle article) {
    List<EntityMention> mentions = new ArrayList<>(article.mentions.size());
    for (EntityMention m : article.mentions) {
      SentenceSentiment sentiment = article.sentiments.get(m.sentenceIndex);
      if (!sentiment.scored()) {
        mentions.add(m.withTarget(List.of()));
        continue;
      }
      TargetSentiment.Result r =
          TargetSentiment.get()
              .of(article.sentences.get(m.sentenceIndex), sentiment, m.begin, m.end);
      mentions.add(m.withTarget(List.of(r.negative(), r.neutral(), r.positive())));
    }
    return article.withMentions(mentions);
  }

  static class ScoreFn extends DoFn<AnnotatedArticle, AnnotatedArticle> {
    @ProcessElement
    public void processElement(@Element AnnotatedArticle article, MultiOutputReceiver out) {
      AnnotatedArticle scored;
      try {
        scored = scored(article);
      } catch (RuntimeException e) {
        out.get(FAILURES).output(Failure.of(article.id(), article.article.source, STAGE, e));
        return;
      }
      out.get(ARTICLES).output(scored);
    }
  }
}
