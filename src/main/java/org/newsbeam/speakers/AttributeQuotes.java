package org.newsbeam.speakers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SetCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Quote;

/**
 * Finds each article's quotes and their speakers (with a {@link SpeakerAttributor}), then gives
 * every person one name across the corpus ({@link SpeakerDirectory}).
 */
public class AttributeQuotes extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  public static final TupleTag<AnnotatedArticle> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  public static final String STAGE = "quotes";

  private final SpeakerAttributor attributor;

  public AttributeQuotes() {
    this(new NewsAttributor());
  }

  public AttributeQuotes(SpeakerAttributor attributor) {
    this.attributor = attributor;
  }

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    PCollectionTuple attributedOrFailed =
        articles.apply(
            "Attribute",
            ParDo.of(new AttributeFn(attributor))
                .withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));
    PCollection<AnnotatedArticle> attributed = attributedOrFailed.get(ARTICLES);
    PCollectionView<Map<String, String>> directory =
        attributed
            .apply(
                "PersonSpeakers",
                FlatMapElements.into(TypeDescriptors.strings()).via(AttributeQuotes::personNames))
            .apply("BuildDirectory", Combine.globally(new DirectoryFn()).asSingletonView());
    PCollection<AnnotatedArticle> unified =
        attributed.apply(
            "UnifyNames", ParDo.of(new UnifyNamesFn(directory)).withSideInputs(directory));
    return PCollectionTuple.of(ARTICLES, unified).and(FAILURES, attributedOrFailed.get(FAILURES));
  }

  private static List<String> personNames(AnnotatedArticle article) {
    List<String> names = new ArrayList<>();
    for (Quote quote : article.quotes) {
      if (quote.speakerType.equals("person")) {
        names.add(quote.speakerName);
      }
    }
    return names;
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
        out.get(FAILURES).output(Failure.of(article.id(), article.article.source, STAGE, e));
        return;
      }
      quotes.inc(found.size());
      unattributed.inc(found.stream().filter(q -> !q.attributed()).count());
      out.get(ARTICLES).output(article.withQuotes(found));
    }
  }

  /**
   * Collects the distinct person names and builds the alias map from them. Distinct in the
   * accumulator rather than by a grouping per name: that gave the DirectRunner a bundle per name.
   */
  static class DirectoryFn extends Combine.CombineFn<String, Set<String>, Map<String, String>> {
    @Override
    public Set<String> createAccumulator() {
      return new HashSet<>();
    }

    @Override
    public Set<String> addInput(Set<String> names, String name) {
      names.add(name);
      return names;
    }

    @Override
    public Set<String> mergeAccumulators(Iterable<Set<String>> accumulators) {
      Set<String> merged = new HashSet<>();
      accumulators.forEach(merged::addAll);
      return merged;
    }

    @Override
    public Map<String, String> extractOutput(Set<String> names) {
      return SpeakerDirectory.build(names);
    }

    @Override
    public Coder<Set<String>> getAccumulatorCoder(CoderRegistry registry, Coder<String> inputCoder)
        throws CannotProvideCoderException {
      return SetCoder.of(StringUtf8Coder.of());
    }
  }

  static class UnifyNamesFn extends DoFn<AnnotatedArticle, AnnotatedArticle> {
    private final PCollectionView<Map<String, String>> directory;

    UnifyNamesFn(PCollectionView<Map<String, String>> directory) {
      this.directory = directory;
    }

    @ProcessElement
    public void processElement(ProcessContext context) {
      Map<String, String> aliases = context.sideInput(directory);
      AnnotatedArticle article = context.element();
      List<Quote> unified = new ArrayList<>(article.quotes.size());
      for (Quote q : article.quotes) {
        String name =
            q.speakerType.equals("person")
                ? aliases.getOrDefault(q.speakerName, q.speakerName)
                : q.speakerName;
        unified.add(
            name.equals(q.speakerName)
                ? q
                : new Quote(
                    q.articleId,
                    q.begin,
                    q.end,
                    q.text,
                    q.kind,
                    q.speakerMention,
                    q.speakerBegin,
                    q.speakerEnd,
                    name,
                    q.speakerType,
                    q.speakerCountry));
      }
      context.output(article.withQuotes(unified));
    }
  }
}
