package org.newsbeam.speakers;

import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
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
    // Names that could be one person share a surname: each group holds the distinct names of one
    // surname with their quotes, however many articles quote them.
    PCollectionView<Map<String, String>> aliases =
        reports
            .apply(
                "PersonNames",
                FlatMapElements.into(TypeDescriptors.strings()).via(ArticleReport::personNames))
            .apply("QuotesPerName", Count.perElement())
            .apply(
                "BySurname",
                WithKeys.of((KV<String, Long> name) -> SpeakerDirectory.surnameKey(name.getKey()))
                    .withKeyType(TypeDescriptors.strings()))
            .apply("GroupBySurname", GroupByKey.create())
            .apply("Aliases", ParDo.of(new AliasesFn()))
            .apply("AliasDirectory", View.asMap());
    return reports.apply("UnifyNames", ParDo.of(new UnifyNamesFn(aliases)).withSideInputs(aliases));
  }

  /** The names of one surname: each to the name of the person it stands for, where another. */
  static class AliasesFn extends DoFn<KV<String, Iterable<KV<String, Long>>>, KV<String, String>> {
    @ProcessElement
    public void processElement(
        @Element KV<String, Iterable<KV<String, Long>>> surname,
        OutputReceiver<KV<String, String>> out) {
      Map<String, Long> quotesByName = new TreeMap<>();
      surname.getValue().forEach(name -> quotesByName.put(name.getKey(), name.getValue()));
      SpeakerDirectory.build(quotesByName).forEach((name, full) -> out.output(KV.of(name, full)));
    }
  }

  static class UnifyNamesFn extends DoFn<ArticleReport, ArticleReport> {
    private final PCollectionView<Map<String, String>> aliases;

    UnifyNamesFn(PCollectionView<Map<String, String>> aliases) {
      this.aliases = aliases;
    }

    @ProcessElement
    public void processElement(ProcessContext context) {
      context.output(context.element().withPersonNames(context.sideInput(aliases)));
    }
  }
}
