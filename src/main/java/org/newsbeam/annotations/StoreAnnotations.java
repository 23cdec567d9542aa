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
 * Saves each newly annotated article in the {@link AnnotationStore} and passes it on. A failure to
 * save is logged and counted but does not fail the article: its annotations are still good.
 */
public class StoreAnnotations
    extends PTransform<PCollection<AnnotatedArticle>, PCollection<AnnotatedArticle>> {
  private final AnnotationStore store;

  public StoreAnnotations(AnnotationStore store) {
    this.store = store;
  }

  @Override
  public PCollection<AnnotatedArticle> expand(PCollection<AnnotatedArticle> articles) {
    return articles.apply("Store", ParDo.of(new StoreFn(store)));
  }

  static class StoreFn extends DoFn<AnnotatedArticle, AnnotatedArticle> {
    private static final Logger LOG = LoggerFactory.getLogger("newsbeam.annotations");
    private final Counter stored = Metrics.counter(StoreAnnotations.class, "articlesStored");
    private final Counter notStored = Metrics.counter(StoreAnnotations.class, "articlesNotStored");
    private final AnnotationStore store;

    StoreFn(AnnotationStore store) {
      this.store = store;
    }

    @ProcessElement
    public void processElement(
        @Element AnnotatedArticle article, OutputReceiver<AnnotatedArticle> out) {
      try {
        store.save(article);
        stored.inc();
      } catch (IOException | RuntimeException e) {
        notStored.inc();
        LOG.warn("Could not store the annotations of {}: {}", article.id(), e.toString());
      }
      out.output(article);
    }
  }
}
