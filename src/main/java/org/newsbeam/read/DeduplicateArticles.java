package org.newsbeam.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsbeam.model.Article;
import org.newsbeam.model.Duplicate;
import org.newsbeam.progress.Progress;
import org.newsbeam.text.ContentHash;

/**
 * Counts each text once: articles with exactly the same text ({@link ContentHash}) are one article,
 * reported under the smallest id; the others come out as {@link #DUPLICATES}. Grouping by content
 * (in a given number of groups) also spreads the articles over workers before the expensive stages.
 */
public class DeduplicateArticles extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Article> UNIQUE = new TupleTag<>() {};
  public static final TupleTag<Duplicate> DUPLICATES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    KvCoder<String, Article> coder;
    try {
      coder =
          KvCoder.of(
              StringUtf8Coder.of(),
              articles.getPipeline().getSchemaRegistry().getSchemaCoder(Article.class));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
    return articles
        .apply(
            "KeyByContent",
            WithKeys.<String, Article>of(a -> ContentHash.of(a.text))
                .withKeyType(TypeDescriptors.strings()))
        .setCoder(coder)
        .apply("GroupByContent", GroupByKey.create())
        .apply(
            "KeepOne",
            ParDo.of(new KeepOneFn()).withOutputTags(UNIQUE, TupleTagList.of(DUPLICATES)));
  }

  static class KeepOneFn extends DoFn<KV<String, Iterable<Article>>, Article> {
    private final Counter duplicates = Metrics.counter(DeduplicateArticles.class, "duplicates");

    @ProcessElement
    public void processElement(
        @Element KV<String, Iterable<Article>> sameText, MultiOutputReceiver out) {
      List<Article> articles = new ArrayList<>();
      sameText.getValue().forEach(articles::add);
      articles.sort(Comparator.comparing((Article a) -> a.id).thenComparing(a -> a.source));
      Article kept = articles.get(0);
      out.get(UNIQUE).output(kept);
      for (Article other : articles.subList(1, articles.size())) {
        out.get(DUPLICATES).output(new Duplicate(other.id, other.source, kept.id));
        duplicates.inc();
        Progress.articleDropped();
      }
    }
  }
}
