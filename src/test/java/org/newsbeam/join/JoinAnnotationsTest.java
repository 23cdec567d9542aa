package org.newsbeam.join;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.newsbeam.Fixtures;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.ArticleMentions;
import org.newsbeam.model.ArticleSentences;
import org.newsbeam.model.ArticleSentiments;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;

public class JoinAnnotationsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void joinsBranchesPerArticleAndReportsFailedArticlesInstead() {
    Article good = new Article("good", "good.txt", "Title", "Title\n\nOne. Two.");
    Article bad = new Article("bad", "bad.txt", "Title", "Title\n\nBroken.");
    Sentence g0 = Fixtures.sentence("good", 0, 0, "Title");
    Sentence g2 = Fixtures.sentence("good", 2, 12, "Two.");
    Sentence g1 = Fixtures.sentence("good", 1, 7, "One.");
    Sentence b0 = Fixtures.sentence("bad", 0, 0, "Title");
    EntityMention mention = EntityMention.of("good", 1, 0, 1, 7, 10, "One", "NUMBER");

    PCollectionTuple joined =
        PCollectionTuple.of(JoinAnnotations.ARTICLES, pipeline.apply("A", Create.of(good, bad)))
            .and(
                JoinAnnotations.SENTENCES,
                pipeline.apply(
                    "S",
                    Create.of(
                        new ArticleSentences("good", List.of(g2, g0, g1)),
                        new ArticleSentences("bad", List.of(b0)))))
            .and(
                JoinAnnotations.SENTIMENTS,
                pipeline.apply(
                    "P",
                    Create.of(
                        new ArticleSentiments(
                            "good",
                            List.of(
                                Fixtures.flatSentiment(g1, Fixtures.NEUTRAL),
                                Fixtures.flatSentiment(g0, Fixtures.NEUTRAL),
                                Fixtures.flatSentiment(g2, Fixtures.NEGATIVE))),
                        new ArticleSentiments(
                            "bad", List.of(Fixtures.flatSentiment(b0, Fixtures.NEUTRAL))))))
            .and(
                JoinAnnotations.MENTIONS,
                pipeline.apply(
                    "M",
                    Create.of(
                        new ArticleMentions("good", List.of(mention)),
                        new ArticleMentions("bad", List.of()))))
            .and(
                JoinAnnotations.FAILURES,
                pipeline.apply(
                    "F",
                    Create.of(new Failure("bad", "", "sentiment", "CoreNLP failed on sentence 1"))))
            .apply(new JoinAnnotations());

    PAssert.that(joined.get(JoinAnnotations.ANNOTATED))
        .satisfies(
            annotated -> {
              AnnotatedArticle only = annotated.iterator().next();
              assertEquals("good", only.id());
              assertEquals(List.of(0, 1, 2), only.sentences.stream().map(s -> s.index).toList());
              assertEquals(List.of(0, 1, 2), only.sentiments.stream().map(s -> s.index).toList());
              assertEquals(List.of("One"), only.mentions.stream().map(m -> m.text).toList());
              int count = 0;
              for (AnnotatedArticle ignored : annotated) {
                count++;
              }
              assertEquals(1, count);
              return null;
            });
    PAssert.that(joined.get(JoinAnnotations.FAILURES))
        .containsInAnyOrder(
            new Failure("bad", "bad.txt", "sentiment", "CoreNLP failed on sentence 1"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void anArticleWithMissingSentimentFailsInsteadOfBeingReportedIncomplete() {
    Article article = new Article("a", "a.txt", "T", "T\n\nX.");
    Sentence s0 = Fixtures.sentence("a", 0, 0, "T");
    Sentence s1 = Fixtures.sentence("a", 1, 3, "X.");
    PCollectionTuple joined =
        joinWithoutMentions(
            List.of(article),
            List.of(s0, s1),
            List.of(Fixtures.flatSentiment(s0, Fixtures.NEUTRAL)));
    PAssert.that(joined.get(JoinAnnotations.ANNOTATED)).empty();
    PAssert.that(joined.get(JoinAnnotations.FAILURES))
        .containsInAnyOrder(new Failure("a", "a.txt", "join", "sentiment for 1 of 2 sentences"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void articlesSharingABucketAreEachJoinedWithTheirOwnParts() {
    // Far more articles than groups: many share one, and each must get only its own sentences.
    List<Article> articles = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<SentenceSentiment> sentiments = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String id = "article-" + i;
      String text = "Title " + i;
      articles.add(new Article(id, id + ".txt", text, text));
      Sentence only = Fixtures.sentence(id, 0, 0, text);
      sentences.add(only);
      sentiments.add(Fixtures.flatSentiment(only, Fixtures.NEUTRAL));
      expected.add(id + ": " + text);
    }
    PCollectionTuple joined = joinWithoutMentions(articles, sentences, sentiments);
    PAssert.that(
            joined
                .get(JoinAnnotations.ANNOTATED)
                .apply(
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            a ->
                                a.id()
                                    + ": "
                                    + String.join(
                                        "|", a.sentences.stream().map(x -> x.text).toList()))))
        .containsInAnyOrder(expected);
    PAssert.that(joined.get(JoinAnnotations.FAILURES)).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void anArticleWithoutItsEntityPartFailsInsteadOfBeingReportedWithoutMentions() {
    Article article = new Article("a", "a.txt", "T", "T");
    Sentence s0 = Fixtures.sentence("a", 0, 0, "T");
    PCollectionTuple joined =
        PCollectionTuple.of(JoinAnnotations.ARTICLES, pipeline.apply("A", Create.of(article)))
            .and(
                JoinAnnotations.SENTENCES,
                pipeline.apply("S", Create.of(new ArticleSentences("a", List.of(s0)))))
            .and(
                JoinAnnotations.SENTIMENTS,
                pipeline.apply(
                    "P",
                    Create.of(
                        new ArticleSentiments(
                            "a", List.of(Fixtures.flatSentiment(s0, Fixtures.NEUTRAL))))))
            .and(
                JoinAnnotations.MENTIONS,
                pipeline.apply("M", Create.empty(TypeDescriptor.of(ArticleMentions.class))))
            .and(
                JoinAnnotations.FAILURES,
                pipeline.apply("F", Create.empty(TypeDescriptor.of(Failure.class))))
            .apply(new JoinAnnotations());
    PAssert.that(joined.get(JoinAnnotations.ANNOTATED)).empty();
    PAssert.that(joined.get(JoinAnnotations.FAILURES))
        .containsInAnyOrder(
            new Failure(
                "a",
                "a.txt",
                "join",
                "annotations missing: 1 sentiment and 0 entity parts where one of each was due"));
    pipeline.run().waitUntilFinish();
  }

  /**
   * The join, in 4 groups, of articles whose sentences have no entity mentions and no failures:
   * each branch's part of an article gathers its items for that article.
   */
  private PCollectionTuple joinWithoutMentions(
      List<Article> articles, List<Sentence> sentences, List<SentenceSentiment> sentiments) {
    List<ArticleSentences> split = new ArrayList<>();
    List<ArticleSentiments> scored = new ArrayList<>();
    List<ArticleMentions> entities = new ArrayList<>();
    for (Article article : articles) {
      split.add(
          new ArticleSentences(
              article.id, sentences.stream().filter(s -> s.articleId.equals(article.id)).toList()));
      scored.add(
          new ArticleSentiments(
              article.id,
              sentiments.stream().filter(s -> s.articleId.equals(article.id)).toList()));
      entities.add(new ArticleMentions(article.id, List.of()));
    }
    return PCollectionTuple.of(JoinAnnotations.ARTICLES, pipeline.apply("A", Create.of(articles)))
        .and(JoinAnnotations.SENTENCES, pipeline.apply("S", Create.of(split)))
        .and(JoinAnnotations.SENTIMENTS, pipeline.apply("P", Create.of(scored)))
        .and(JoinAnnotations.MENTIONS, pipeline.apply("M", Create.of(entities)))
        .and(
            JoinAnnotations.FAILURES,
            pipeline.apply("F", Create.empty(TypeDescriptor.of(Failure.class))))
        .apply(new JoinAnnotations());
  }
}
