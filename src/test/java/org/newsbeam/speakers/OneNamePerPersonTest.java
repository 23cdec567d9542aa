package org.newsbeam.speakers;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.newsbeam.Fixtures;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.ArticleReport;
import org.newsbeam.model.Quote;
import org.newsbeam.model.QuoteKind;
import org.newsbeam.model.Sentence;
import org.newsbeam.report.ArticleRows;

public class OneNamePerPersonTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static ArticleReport quoting(String id, String name, String type) {
    Sentence sentence = Fixtures.sentence(id, 0, 0, "Title");
    Quote quote =
        new Quote(id, 0, 5, "Title", QuoteKind.DIRECT.label(), name, 6, 20, name, type, "", "", "");
    return new ArticleRows(
            new AnnotatedArticle(
                new Article(id, id + ".txt", "Title", "Title"),
                List.of(sentence),
                List.of(Fixtures.flatSentiment(sentence, Fixtures.NEUTRAL)),
                List.of(),
                List.of(quote)))
        .report();
  }

  @Test
  public void aSurnameJoinsTheFullNameFromAnotherArticle() {
    // One article says "Vladimir Putin", another only "Putin": one speaker across the corpus. An
    // organization is never renamed after a person.
    PCollection<ArticleReport> unified =
        pipeline
            .apply(
                Create.of(
                    quoting("x", "Vladimir Putin", "person"),
                    quoting("y", "Putin", "person"),
                    quoting("z", "Putin", "organization")))
            .apply(new OneNamePerPerson());
    PAssert.that(
            unified.apply(
                MapElements.into(TypeDescriptors.strings())
                    .via(r -> r.articleId + ":" + r.quotes.get(0).quote.speakerName)))
        .containsInAnyOrder("x:Vladimir Putin", "y:Vladimir Putin", "z:Putin");
    pipeline.run().waitUntilFinish();
  }
}
