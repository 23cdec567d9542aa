package org.newsbeam.sentiment;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Stage;

/**
 * Annotated articles in, each with the sentiment toward each of its mentions ({@link
 * TargetSentiment}) out of {@link #ARTICLES}; an article the model fails on comes out of {@link
 * #FAILURES}, stage targets.
 */
public class ScoreTargets extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  public static final TupleTag<AnnotatedArticle> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    return articles.apply(
        "Score", ParDo.of(new ScoreFn()).withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));
  }

  static class ScoreFn extends DoFn<AnnotatedArticle, AnnotatedArticle> {
    @ProcessElement
    public void processElement(@Element AnnotatedArticle article, MultiOutputReceiver out) {
      AnnotatedArticle scored;
      try {
        scored = TargetSentiment.get().scoreMentions(article);
      } catch (RuntimeException e) {
        out.get(FAILURES)
            .output(Failure.of(article.id(), article.article.source, Stage.TARGETS, e));
        return;
      }
      out.get(ARTICLES).output(scored);
    }
  }
}
