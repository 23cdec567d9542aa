package org.newsbeam.annotations;

import java.io.IOException;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.model.AnnotatedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves each article's annotations, or its resolved mentions, in the {@link AnnotationStore} and
 * passes it on. A failure to save is logged and counted but does not fail the article: what it
 * carries is still good.
 */
public class StoreAnnotations
    extends PTransform<PCollection<AnnotatedArticle>, PCollection<AnnotatedArticle>> {
  /** What is saved: the CoreNLP annotations, or the mentions as newsbeam resolved them. */
  public enum What {
    ANNOTATIONS,
    RESOLVED_MENTIONS
  }

  private final AnnotationStore store;
  private final What what;

  public StoreAnnotations(AnnotationStore store, What what) {
    this.store = store;
    this.what = what;
  }

  @Override
  public PCollection<AnnotatedArticle> expand(PCollection<AnnotatedArticle> articles) {
    return articles.apply("Store", ParDo.of(new StoreFn(store, what)));
  }

  static class StoreFn extends DoFn<AnnotatedArticle, AnnotatedArticle> {
    private static final Logger LOG = LoggerFactory.getLogger("newsbeam.annotations");
    private final Counter stored;
    private final Counter notStored;
    private final AnnotationStore store;
    private final What what;

    StoreFn(AnnotationStore store, What what) {
      this.store = store;
      this.what = what;
      String name = what == What.ANNOTATIONS ? "articles" : "resolvedMentions";
      this.stored = Metrics.counter(StoreAnnotations.class, name + "Stored");
      this.notStored = Metrics.counter(StoreAnnotations.class, name + "NotStored");
    }

    @ProcessElement
    public void processElement(
        @Element AnnotatedArticle article, OutputReceiver<AnnotatedArticle> out) {
      try {
        if (what == What.ANNOTATIONS) {
          store.save(article);
        } else {
          store.saveResolvedMentions(article);
        }
        stored.inc();
      } catch (IOException | RuntimeException e) {
        notStored.inc();
        LOG.warn("Could not store the {} of {}: {}", what, article.id(), e.toString());
      }
      out.output(article);
    }
  }
}
