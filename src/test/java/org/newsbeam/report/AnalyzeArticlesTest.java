package org.newsbeam.report;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.newsbeam.Fixtures;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.ArticleReport;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Quote;
import org.newsbeam.model.QuoteKind;
import org.newsbeam.model.Sentence;
import org.newsbeam.speakers.SpeakerAttributor;

public class AnalyzeArticlesTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  /** Attributes one quote in every article, and fails on the article "bad". */
  static class FailsOnBad implements SpeakerAttributor {
    @Override
    public List<Quote> attribute(AnnotatedArticle article) {
      if (article.id().equals("bad")) {
        throw new IllegalStateException("cannot attribute");
      }
      return List.of(
          new Quote(
              article.id(),
              0,
              5,
              "\u201Cyes\u201D",
              QuoteKind.DIRECT.label(),
              "Putin",
              6,
              11,
              "Putin",
              "person",
              "",
              "",
              ""));
    }
  }

  private static AnnotatedArticle article(String id) {
    Sentence sentence = Fixtures.sentence(id, 0, 0, "Title");
    return new AnnotatedArticle(
        new Article(id, id + ".txt", "Title", "Title"),
        List.of(sentence),
        List.of(Fixtures.flatSentiment(sentence, Fixtures.NEUTRAL)),
        List.of(),
        List.of());
  }

  @Test
  public void eachArticleGetsItsReportAndAnExceptionFailsOnlyItsArticle() {
    PCollectionTuple result =
        pipeline
            .apply(Create.of(article("a"), article("bad"), article("c")))
            .apply(new AnalyzeArticles(new FailsOnBad()));
    PAssert.that(
            result
                .get(AnalyzeArticles.REPORTS)
                .apply(
                    MapElements.into(TypeDescriptors.strings())
                        .via((ArticleReport r) -> r.articleId + " " + r.quotes.size())))
        .containsInAnyOrder("a 1", "c 1");
    PAssert.that(result.get(AnalyzeArticles.FAILURES))
        .containsInAnyOrder(
            new Failure(
                "bad",
                "bad.txt",
                "quotes",
                "quotes failed: IllegalStateException: cannot attribute"));
    pipeline.run().waitUntilFinish();
  }
}
