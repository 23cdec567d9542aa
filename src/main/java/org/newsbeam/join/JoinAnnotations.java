package org.newsbeam.join;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;

/**
 * Brings the parallel annotation branches of each article back together: its sentences, their
 * sentiment and its entity mentions become one {@link AnnotatedArticle}. An article with a failure
 * in any stage is not reported; it comes out of {@link #FAILURES} instead, as one row with all its
 * reasons and its source file. Every article id seen produces exactly one of the two.
 */
public class JoinAnnotations extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Sentence> SENTENCES = new TupleTag<>() {};
  public static final TupleTag<SentenceSentiment> SENTIMENTS = new TupleTag<>() {};
  public static final TupleTag<EntityMention> MENTIONS = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  public static final TupleTag<AnnotatedArticle> ANNOTATED = new TupleTag<>() {};
  public static final String STAGE = "join";

  @Override
  public PCollectionTuple expand(PCollectionTuple parts) {
    PCollection<KV<String, CoGbkResult>> grouped =
        KeyedPCollectionTuple.of(ARTICLES, byArticle(parts.get(ARTICLES), a -> a.id, "Articles"))
            .and(SENTENCES, byArticle(parts.get(SENTENCES), s -> s.articleId, "Sentences"))
            .and(SENTIMENTS, byArticle(parts.get(SENTIMENTS), s -> s.articleId, "Sentiments"))
            .and(MENTIONS, byArticle(parts.get(MENTIONS), m -> m.articleId, "Mentions"))
            .and(FAILURES, byArticle(parts.get(FAILURES), f -> f.article, "Failures"))
            .apply("GroupByArticle", CoGroupByKey.create());
    return grouped.apply(
        "Assemble",
        ParDo.of(new AssembleFn()).withOutputTags(ANNOTATED, TupleTagList.of(FAILURES)));
  }

  private static <T> PCollection<KV<String, T>> byArticle(
      PCollection<T> elements, SerializableFunction<T, String> key, String name) {
    return elements.apply("Key" + name, WithKeys.of(key).withKeyType(TypeDescriptors.strings()));
  }

  /**
   * One article's annotations in their canonical order: sentences and their sentiment by index,
   * mentions by position in the text.
   */
  public static AnnotatedArticle assemble(
      Article article,
      Iterable<Sentence> sentences,
      Iterable<SentenceSentiment> sentiments,
      Iterable<EntityMention> mentions) {
    return new AnnotatedArticle(
        article,
        sorted(sentences, Comparator.comparingInt(s -> s.index)),
        sorted(sentiments, Comparator.comparingInt(s -> s.index)),
        sorted(
            mentions,
            Comparator.<EntityMention>comparingInt(m -> m.begin)
                .thenComparingInt(m -> m.end)
                .thenComparing(m -> m.type)),
        List.of());
  }

  private static <T> List<T> sorted(Iterable<T> items, Comparator<T> order) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    list.sort(order);
    return list;
  }

  static class AssembleFn extends DoFn<KV<String, CoGbkResult>, AnnotatedArticle> {
    private final Counter annotated = Metrics.counter(JoinAnnotations.class, "articlesAnnotated");
    private final Counter failed = Metrics.counter(JoinAnnotations.class, "articlesFailed");

    @ProcessElement
    public void processElement(@Element KV<String, CoGbkResult> group, MultiOutputReceiver out) {
      CoGbkResult parts = group.getValue();
      List<Failure> failures = new ArrayList<>();
      parts.getAll(FAILURES).forEach(failures::add);
      Article article = parts.getOnly(ARTICLES, null);
      if (failures.isEmpty()) {
        if (article == null) {
          failures.add(new Failure(group.getKey(), "", STAGE, "annotations without an article"));
        } else {
          checkComplete(article, parts, failures);
        }
      }
      if (failures.isEmpty()) {
        out.get(ANNOTATED).output(assemble(article, parts));
        annotated.inc();
      } else {
        out.get(FAILURES).output(oneFailure(group.getKey(), article, failures));
        failed.inc();
      }
    }

    /**
     * An article's failures as one row: its stages and reasons, in a fixed order, with the source
     * file (stages that see sentences only do not know it).
     */
    private static Failure oneFailure(String id, Article article, List<Failure> failures) {
      TreeSet<String> stages = new TreeSet<>();
      TreeSet<String> reasons = new TreeSet<>();
      for (Failure failure : failures) {
        stages.add(failure.stage);
        reasons.add(failure.reason);
      }
      String source = article == null ? failures.get(0).source : article.source;
      return new Failure(id, source, String.join("+", stages), String.join("; ", reasons));
    }

    private static void checkComplete(Article article, CoGbkResult parts, List<Failure> failures) {
      int sentences = count(parts.getAll(SENTENCES));
      int sentiments = count(parts.getAll(SENTIMENTS));
      if (sentences == 0) {
        failures.add(new Failure(article.id, article.source, STAGE, "no sentences found"));
      } else if (sentiments != sentences) {
        failures.add(
            new Failure(
                article.id,
                article.source,
                STAGE,
                "sentiment for " + sentiments + " of " + sentences + " sentences"));
      }
    }

    private static AnnotatedArticle assemble(Article article, CoGbkResult parts) {
      return JoinAnnotations.assemble(
          article, parts.getAll(SENTENCES), parts.getAll(SENTIMENTS), parts.getAll(MENTIONS));
    }

    private static int count(Iterable<?> items) {
      int n = 0;
      for (Object ignored : items) {
        n++;
      }
      return n;
    }
  }
}
