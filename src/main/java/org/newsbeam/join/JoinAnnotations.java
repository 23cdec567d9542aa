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
import org.newsbeam.model.ArticleMentions;
import org.newsbeam.model.ArticleSentences;
import org.newsbeam.model.ArticleSentiments;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Stage;

/**
 * Brings the parallel annotation branches of each article back together: its sentences, their
 * sentiment and its entity mentions (one element per article from each branch) become one {@link
 * AnnotatedArticle}. An article with a failure in any stage, or a branch's part missing, is not
 * reported; it comes out of {@link #FAILURES} instead, as one row with all its reasons and its
 * source file. Every article id seen produces exactly one of the two.
 */
public class JoinAnnotations extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<ArticleSentences> SENTENCES = new TupleTag<>() {};
  public static final TupleTag<ArticleSentiments> SENTIMENTS = new TupleTag<>() {};
  public static final TupleTag<ArticleMentions> MENTIONS = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  public static final TupleTag<AnnotatedArticle> ANNOTATED = new TupleTag<>() {};

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

  /** Keyed by the article's id: each group holds one article's parts, whatever the corpus. */
  private static <T> PCollection<KV<String, T>> byArticle(
      PCollection<T> elements, SerializableFunction<T, String> articleId, String name) {
    return elements.apply(
        "Key" + name, WithKeys.of(articleId).withKeyType(TypeDescriptors.strings()));
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
    public void processElement(@Element KV<String, CoGbkResult> article, MultiOutputReceiver out) {
      CoGbkResult all = article.getValue();
      Parts parts = new Parts();
      all.getAll(ARTICLES).forEach(parts.articles::add);
      all.getAll(SENTENCES).forEach(parts.split::add);
      all.getAll(SENTIMENTS).forEach(parts.sentiment::add);
      all.getAll(MENTIONS).forEach(parts.entities::add);
      all.getAll(FAILURES).forEach(parts.failures::add);
      joinOne(article.getKey(), parts, out);
    }

    private void joinOne(String id, Parts parts, MultiOutputReceiver out) {
      if (parts.articles.size() > 1) {
        // OneArticlePerId lets one text per id through; parts of two could not be told apart.
        throw new IllegalArgumentException(
            parts.articles.size() + " different articles with the id " + id);
      }
      List<Failure> failures = parts.failures;
      Article article = parts.articles.isEmpty() ? null : parts.articles.get(0);
      if (failures.isEmpty()) {
        if (article == null) {
          failures.add(Failure.at(id, "", Stage.JOIN, "annotations without an article"));
        } else {
          checkComplete(article, parts, failures);
        }
      }
      if (failures.isEmpty()) {
        out.get(ANNOTATED)
            .output(
                JoinAnnotations.assemble(
                    article,
                    parts.split.get(0).sentences,
                    parts.sentiment.get(0).sentiments,
                    parts.entities.get(0).mentions));
        annotated.inc();
      } else {
        out.get(FAILURES).output(oneFailure(id, article, failures));
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

    /** Adds a failure unless the article has sentences and exactly one part from each branch. */
    private static void checkComplete(Article article, Parts parts, List<Failure> failures) {
      String missing = "";
      if (parts.split.size() != 1 || parts.split.get(0).sentences.isEmpty()) {
        missing = "no sentences found";
      } else if (parts.sentiment.size() != 1 || parts.entities.size() != 1) {
        missing =
            "annotations missing: "
                + parts.sentiment.size()
                + " sentiment and "
                + parts.entities.size()
                + " entity parts where one of each was due";
      } else {
        int sentences = parts.split.get(0).sentences.size();
        int sentiments = parts.sentiment.get(0).sentiments.size();
        if (sentiments != sentences) {
          missing = "sentiment for " + sentiments + " of " + sentences + " sentences";
        }
      }
      if (!missing.isEmpty()) {
        failures.add(Failure.at(article.id, article.source, Stage.JOIN, missing));
      }
    }
  }

  /** One article's parts, as found in its bucket. */
  private static final class Parts {
    final List<Article> articles = new ArrayList<>();
    final List<ArticleSentences> split = new ArrayList<>();
    final List<ArticleSentiments> sentiment = new ArrayList<>();
    final List<ArticleMentions> entities = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();
  }
}
