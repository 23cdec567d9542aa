package org.newsbeam.mentions;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsbeam.countries.CountryResolver;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Failure;
import org.newsbeam.sentiment.TargetSentiment;

/**
 * What newsbeam works out about each mention of an article, once per article: the country it stands
 * for, every way the article names a country (names, demonyms, capitals and seats of government,
 * cities, provinces, organizations, datelines) mapped to ISO 3166-1 codes, with the places the
 * gazetteer finds added as mentions ({@link CountryResolver}); then the sentiment toward each
 * mention ({@link TargetSentiment#scoreMentions}). One step rather than two: on the DirectRunner a
 * step of its own cost more than the scoring (160 BBC articles, newsbeam / limit 0.69-0.76 with two
 * steps, 0.79-0.89 with one).
 */
public class ResolveMentions extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  public static final TupleTag<AnnotatedArticle> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  public static final String COUNTRIES_STAGE = "countries";
  public static final String TARGETS_STAGE = "targets";

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    return articles.apply(
        "Resolve", ParDo.of(new ResolveFn()).withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));
  }

  static class ResolveFn extends DoFn<AnnotatedArticle, AnnotatedArticle> {
    private final Counter countryMentions =
        Metrics.counter(ResolveMentions.class, "countryMentions");
    private transient CountryResolver resolver;

    @Setup
    public void setup() {
      resolver = new CountryResolver();
    }

    @ProcessElement
    public void processElement(@Element AnnotatedArticle article, MultiOutputReceiver out) {
      String stage = COUNTRIES_STAGE;
      AnnotatedArticle resolved;
      try {
        resolved = article.withMentions(resolver.resolve(article));
        stage = TARGETS_STAGE;
        resolved = TargetSentiment.get().scoreMentions(resolved);
      } catch (RuntimeException e) {
        out.get(FAILURES).output(Failure.of(article.id(), article.article.source, stage, e));
        return;
      }
      countryMentions.inc(resolved.mentions.stream().filter(m -> !m.country.isEmpty()).count());
      out.get(ARTICLES).output(resolved);
    }
  }
}
