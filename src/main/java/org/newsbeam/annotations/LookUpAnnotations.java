package org.newsbeam.annotations;

import java.io.IOException;
import java.util.Optional;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.nlp.CoreNlp;
import org.newsbeam.nlp.NlpStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Separates articles whose text was annotated by an earlier run, read back from the {@link
 * AnnotationStore}, from those still to annotate ({@link #UNSEEN}). Stored articles whose mentions
 * this build of newsbeam already resolved come out of {@link #RESOLVED}, ready for attribution; the
 * others out of {@link #STORED}, to have their mentions resolved.
 */
public class LookUpAnnotations extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<AnnotatedArticle> RESOLVED = new TupleTag<>() {};
  public static final TupleTag<AnnotatedArticle> STORED = new TupleTag<>() {};
  public static final TupleTag<Article> UNSEEN = new TupleTag<>() {};

  private final AnnotationStore store;

  public LookUpAnnotations(AnnotationStore store) {
    this.store = store;
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    return articles.apply(
        "LookUp",
        ParDo.of(new LookUpFn(store))
            .withOutputTags(RESOLVED, TupleTagList.of(STORED).and(UNSEEN)));
  }

  static class LookUpFn extends DoFn<Article, AnnotatedArticle> {
    private static final Logger LOG = LoggerFactory.getLogger("newsbeam.annotations");
    private final Counter reused = Metrics.counter(LookUpAnnotations.class, "articlesReused");
    private final AnnotationStore store;

    LookUpFn(AnnotationStore store) {
      this.store = store;
    }

    @ProcessElement
    public void processElement(@Element Article article, MultiOutputReceiver out) {
      Optional<AnnotatedArticle> stored;
      try {
        stored = store.load(article);
      } catch (IOException | RuntimeException e) {
        LOG.warn(
            "Annotating {} again: its stored annotations are unreadable ({})",
            article.id,
            e.toString());
        stored = Optional.empty();
      }
      if (stored.isPresent()) {
        Optional<AnnotatedArticle> resolved = Optional.empty();
        try {
          resolved = store.withResolvedMentions(stored.get());
        } catch (IOException | RuntimeException e) {
          LOG.warn(
              "Resolving the mentions of {} again: the stored ones are unreadable ({})",
              article.id,
              e.toString());
        }
        if (resolved.isPresent()) {
          out.get(RESOLVED).output(resolved.get());
        } else {
          out.get(STORED).output(stored.get());
        }
        reused.inc();
        Progress.articleDone();
      } else {
        // This article will be annotated: start loading the models now rather than when it
        // reaches the first annotation step, after the rest of its group has been looked up.
        CoreNlp.loadInBackground(NlpStage.ANNOTATION_STAGES);
        out.get(UNSEEN).output(article);
      }
    }
  }
}
