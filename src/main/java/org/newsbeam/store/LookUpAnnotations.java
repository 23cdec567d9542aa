package org.newsbeam.store;

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
import org.newsbeam.model.ArticleReport;
import org.newsbeam.nlp.CoreNlp;
import org.newsbeam.nlp.NlpStage;
import org.newsbeam.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Separates the articles an earlier run saw, read back from the {@link AnnotationStore}, from those
 * still to annotate ({@link #UNSEEN}). Articles this build of newsbeam already reported on come out
 * of {@link #REPORTED} as their {@link ArticleReport}, ready for the corpus-wide steps; other
 * stored articles out of {@link #STORED} as their annotations, to be worked on from there.
 */
public class LookUpAnnotations extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<ArticleReport> REPORTED = new TupleTag<>() {};
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
            .withOutputTags(REPORTED, TupleTagList.of(STORED).and(UNSEEN)));
  }

  static class LookUpFn extends DoFn<Article, ArticleReport> {
    private static final Logger LOG = LoggerFactory.getLogger("newsbeam.annotations");
    private final Counter reused = Metrics.counter(LookUpAnnotations.class, "articlesReused");
    private final AnnotationStore store;

    LookUpFn(AnnotationStore store) {
      this.store = store;
    }

    @ProcessElement
    public void processElement(@Element Article article, MultiOutputReceiver out) {
      Optional<ArticleReport> report =
          readOrRedo(() -> store.loadReport(article), "Reporting on {} again", article);
      Optional<AnnotatedArticle> stored =
          report.isPresent()
              ? Optional.empty()
              : readOrRedo(() -> store.load(article), "Annotating {} again", article);
      if (report.isPresent() || stored.isPresent()) {
        report.ifPresent(out.get(REPORTED)::output);
        stored.ifPresent(out.get(STORED)::output);
        reused.inc();
        Progress.articleReused();
      } else {
        // This article will be annotated: start loading the models now rather than when it
        // reaches the first annotation step, after the rest of its group has been looked up.
        CoreNlp.loadInBackground(NlpStage.ANNOTATION_STAGES);
        out.get(UNSEEN).output(article);
      }
    }

    /** Something read from the store; an unreadable file is logged and taken as not stored. */
    private static <T> Optional<T> readOrRedo(StoreRead<T> read, String redo, Article article) {
      try {
        return read.read();
      } catch (IOException | RuntimeException e) {
        LOG.warn(
            redo + ": what the store holds for it is unreadable ({})", article.id, e.toString());
        return Optional.empty();
      }
    }
  }

  private interface StoreRead<T> {
    Optional<T> read() throws IOException;
  }
}
