package org.newsbeam.store;

import java.io.IOException;
import java.io.Serializable;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.ArticleReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves each article's annotations, or its report, in the {@link AnnotationStore} and passes it on.
 * A failure to save is logged and counted but does not fail the article: what it carries is still
 * good.
 */
public class StoreAnnotations<T> extends PTransform<PCollection<T>, PCollection<T>> {
  /** How one element is saved. */
  interface Saver<T> extends Serializable {
    void save(AnnotationStore store, T element) throws IOException;
  }

  private final AnnotationStore store;
  private final String what;
  private final Saver<T> saver;
  private final SerializableFunction<T, String> articleId;

  private StoreAnnotations(
      AnnotationStore store,
      String what,
      Saver<T> saver,
      SerializableFunction<T, String> articleId) {
    this.store = store;
    this.what = what;
    this.saver = saver;
    this.articleId = articleId;
  }

  /** Saves each article's CoreNLP annotations. */
  public static StoreAnnotations<AnnotatedArticle> annotations(AnnotationStore store) {
    return new StoreAnnotations<>(
        store, "annotations", AnnotationStore::save, AnnotatedArticle::id);
  }

  /** Saves each article's report, as this build of newsbeam worked it out. */
  public static StoreAnnotations<ArticleReport> reports(AnnotationStore store) {
    return new StoreAnnotations<>(
        store, "report", AnnotationStore::saveReport, report -> report.articleId);
  }

  @Override
  public PCollection<T> expand(PCollection<T> elements) {
    return elements.apply("Store", ParDo.of(new StoreFn<>(this))).setCoder(elements.getCoder());
  }

  static class StoreFn<T> extends DoFn<T, T> {
    private static final Logger LOG = LoggerFactory.getLogger("newsbeam.annotations");
    private final Counter stored;
    private final Counter notStored;
    private final AnnotationStore store;
    private final String what;
    private final Saver<T> saver;
    private final SerializableFunction<T, String> articleId;

    StoreFn(StoreAnnotations<T> spec) {
      this.store = spec.store;
      this.what = spec.what;
      this.saver = spec.saver;
      this.articleId = spec.articleId;
      this.stored = Metrics.counter(StoreAnnotations.class, what + "Stored");
      this.notStored = Metrics.counter(StoreAnnotations.class, what + "NotStored");
    }

    @ProcessElement
    public void processElement(@Element T element, OutputReceiver<T> out) {
      try {
        saver.save(store, element);
        stored.inc();
      } catch (IOException | RuntimeException e) {
        notStored.inc();
        LOG.warn("Could not store the {} of {}: {}", what, articleId.apply(element), e.toString());
      }
      out.output(element);
    }
  }
}
