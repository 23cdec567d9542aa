package org.newsbeam.speakers;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SetCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsbeam.model.ArticleReport;

/**
 * Gives every person quoted one name across the corpus: "Putin" in one article and "Vladimir Putin"
 * in another are one speaker ({@link SpeakerDirectory}, built from every article's names).
 */
public class OneNamePerPerson
    extends PTransform<PCollection<ArticleReport>, PCollection<ArticleReport>> {
  @Override
  public PCollection<ArticleReport> expand(PCollection<ArticleReport> reports) {
    PCollectionView<Map<String, String>> directory =
        reports
            .apply(
                "PersonNames",
                FlatMapElements.into(TypeDescriptors.strings()).via(ArticleReport::personNames))
            .apply("BuildDirectory", Combine.globally(new DirectoryFn()).asSingletonView());
    return reports.apply(
        "UnifyNames", ParDo.of(new UnifyNamesFn(directory)).withSideInputs(directory));
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

  static class UnifyNamesFn extends DoFn<ArticleReport, ArticleReport> {
    private final PCollectionView<Map<String, String>> directory;

    UnifyNamesFn(PCollectionView<Map<String, String>> directory) {
      this.directory = directory;
    }

    @ProcessElement
    public void processElement(ProcessContext context) {
      context.output(context.element().withPersonNames(context.sideInput(directory)));
    }
  }
}
