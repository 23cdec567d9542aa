package org.newsbeam.report;

import java.util.List;
import java.util.Optional;
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
import org.newsbeam.model.ArticleReport;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Quote;
import org.newsbeam.model.Stage;
import org.newsbeam.model.Tone;
import org.newsbeam.nlp.ModelsUnavailableException;
import org.newsbeam.sentiment.TargetSentiment;
import org.newsbeam.speakers.SpeakerAttributor;

/**
 * Annotated articles in, each article's {@link ArticleReport} out of {@link #REPORTS}: its
 * countries mapped to ISO 3166-1 codes ({@link CountryResolver}), the sentiment toward each of its
 * mentions ({@link TargetSentiment}), its quotes and their speakers, named as the article names
 * them (a {@link SpeakerAttributor}), and its rows ({@link ArticleRows}). An article one of them
 * fails on comes out of {@link #FAILURES} with that stage (countries, targets or quotes).
 *
 * <p>One step, not one per part: on Flink, a step with a second output ends a stage that copies
 * every article's annotations to each output, so each part ran over the whole corpus in turn.
 */
public class AnalyzeArticles extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  public static final TupleTag<ArticleReport> REPORTS = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  private final SpeakerAttributor attributor;

  public AnalyzeArticles(SpeakerAttributor attributor) {
    this.attributor = attributor;
  }

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    return articles.apply(
        "Analyze",
        ParDo.of(new AnalyzeFn(attributor)).withOutputTags(REPORTS, TupleTagList.of(FAILURES)));
  }

  static class AnalyzeFn extends DoFn<AnnotatedArticle, ArticleReport> {
    private final Counter countryMentions =
        Metrics.counter(AnalyzeArticles.class, "countryMentions");
    private final Counter quotes = Metrics.counter(AnalyzeArticles.class, "quotes");
    private final Counter unattributed =
        Metrics.counter(AnalyzeArticles.class, "quotesWithoutSpeaker");
    private final Counter toneMicros = Metrics.counter(AnalyzeArticles.class, "quoteToneMicros");
    private final SpeakerAttributor attributor;
    private transient CountryResolver resolver;

    AnalyzeFn(SpeakerAttributor attributor) {
      this.attributor = attributor;
    }

    @Setup
    public void setup() {
      resolver = new CountryResolver();
    }

    @ProcessElement
    public void processElement(@Element AnnotatedArticle article, MultiOutputReceiver out) {
      Stage stage = Stage.COUNTRIES;
      AnnotatedArticle analyzed;
      List<Optional<Tone>> tones;
      try {
        analyzed = article.withMentions(resolver.resolve(article));
        stage = Stage.TARGETS;
        analyzed = TargetSentiment.get().scoreMentions(analyzed);
        stage = Stage.QUOTES;
        List<Quote> found = attributor.attribute(analyzed);
        analyzed = analyzed.withQuotes(found);
        long started = System.nanoTime();
        tones = ArticleRows.quoteTones(analyzed);
        toneMicros.inc((System.nanoTime() - started) / 1000);
      } catch (ModelsUnavailableException e) {
        throw e;
      } catch (RuntimeException e) {
        out.get(FAILURES).output(Failure.of(article.id(), article.article.source, stage, e));
        return;
      }
      countryMentions.inc(analyzed.mentions.stream().filter(m -> !m.country.isEmpty()).count());
      quotes.inc(analyzed.quotes.size());
      unattributed.inc(analyzed.quotes.stream().filter(q -> !q.attributed()).count());
      out.get(REPORTS).output(new ArticleRows(analyzed, tones).report());
    }
  }
}
