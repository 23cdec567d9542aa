package org.newsbeam.countries;

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
import org.newsbeam.model.Stage;

/**
 * Annotated articles in, each with every way it names a country mapped to an ISO 3166-1 alpha-2
 * code ({@link CountryResolver}) out of {@link #ARTICLES}; an article the resolver fails on comes
 * out of {@link #FAILURES}, stage countries.
 */
public class MapCountries extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  public static final TupleTag<AnnotatedArticle> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    return articles.apply(
        "Map", ParDo.of(new MapFn()).withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));
  }

  static class MapFn extends DoFn<AnnotatedArticle, AnnotatedArticle> {
    private final Counter countryMentions = Metrics.counter(MapCountries.class, "countryMentions");
    private transient CountryResolver resolver;

    @Setup
    public void setup() {
      resolver = new CountryResolver();
    }

    @ProcessElement
    public void processElement(@Element AnnotatedArticle article, MultiOutputReceiver out) {
      AnnotatedArticle mapped;
      try {
        mapped = article.withMentions(resolver.resolve(article));
      } catch (RuntimeException e) {
        out.get(FAILURES)
            .output(Failure.of(article.id(), article.article.source, Stage.COUNTRIES, e));
        return;
      }
      countryMentions.inc(mapped.mentions.stream().filter(m -> !m.country.isEmpty()).count());
      out.get(ARTICLES).output(mapped);
    }
  }
}
