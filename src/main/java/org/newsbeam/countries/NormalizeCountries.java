package org.newsbeam.countries;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.model.AnnotatedArticle;

/**
 * Maps every way an article names a country (names, demonyms, capitals and seats of government,
 * cities, provinces, organizations, datelines) to ISO 3166-1 codes; see {@link CountryResolver}.
 */
public class NormalizeCountries
    extends PTransform<PCollection<AnnotatedArticle>, PCollection<AnnotatedArticle>> {
  @Override
  public PCollection<AnnotatedArticle> expand(PCollection<AnnotatedArticle> articles) {
    return articles.apply("Resolve", ParDo.of(new ResolveFn()));
  }

  static class ResolveFn extends DoFn<AnnotatedArticle, AnnotatedArticle> {
    private final Counter countryMentions =
        Metrics.counter(NormalizeCountries.class, "countryMentions");
    private transient CountryResolver resolver;

    @Setup
    public void setup() {
      resolver = new CountryResolver();
    }

    @ProcessElement
    public void processElement(
        @Element AnnotatedArticle article, OutputReceiver<AnnotatedArticle> out) {
      AnnotatedArticle resolved = article.withMentions(resolver.resolve(article));
      countryMentions.inc(resolved.mentions.stream().filter(m -> !m.country.isEmpty()).count());
      out.output(resolved);
    }
  }
}
