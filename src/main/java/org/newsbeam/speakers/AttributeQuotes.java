package org.newsbeam.speakers;

import java.util.List;
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
import org.newsbeam.model.Failure;
import org.newsbeam.model.Quote;
import org.newsbeam.model.Stage;

/**
 * Finds each article's quotes and their speakers (with a {@link SpeakerAttributor}), named as the
 * article names them; {@link OneNamePerPerson} later gives every person one name across the corpus.
 */
public class AttributeQuotes extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  public static final TupleTag<AnnotatedArticle> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  private final SpeakerAttributor attributor;

  public AttributeQuotes() {
    this(new NewsAttributor());
  }

  public AttributeQuotes(SpeakerAttributor attributor) {
    this.attributor = attributor;
  }

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    return articles.apply(
        "Attribute",
        ParDo.of(new AttributeFn(attributor)).withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));
  }

  static class AttributeFn extends DoFn<AnnotatedArticle, AnnotatedArticle> {
    private final Counter quotes = Metrics.counter(AttributeQuotes.class, "quotes");
    private final Counter unattributed =
        Metrics.counter(AttributeQuotes.class, "quotesWithoutSpeaker");
    private final SpeakerAttributor attributor;

    AttributeFn(SpeakerAttributor attributor) {
      this.attributor = attributor;
    }

    @ProcessElement
    public void processElement(@Element AnnotatedArticle article, MultiOutputReceiver out) {
      List<Quote> found;
      try {
        found = attributor.attribute(article);
      } catch (RuntimeException e) {
        out.get(FAILURES).output(Failure.of(article.id(), article.article.source, Stage.QUOTES, e));
        return;
      }
      quotes.inc(found.size());
      unattributed.inc(found.stream().filter(q -> !q.attributed()).count());
      out.get(ARTICLES).output(article.withQuotes(found));
    }
  }
}
