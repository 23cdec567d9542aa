package org.newsbeam.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsbeam.model.Article;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Stage;
import org.newsbeam.progress.Progress;

/**
 * Makes the article id (the file name without its extension) name one text. Two different texts
 * under one id (files of the same name in different folders) would be mixed up in every report row
 * keyed by it, so the file with the first path keeps the id and each other one becomes a {@link
 * #FAILURES} row asking for a rename. Identical texts never get here: {@link DeduplicateArticles}
 * has already made them one article.
 *
 * <p>Grouping by id, in the given number of groups, also hands the articles to annotation grouped
 * as the annotation join groups them (see {@link org.newsbeam.join.JoinAnnotations}).
 */
public class OneArticlePerId extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Article> UNIQUE = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    return articles
        .apply(
            "KeyById",
            WithKeys.<String, Article>of(a -> a.id).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), articles.getCoder()))
        .apply("GroupById", GroupByKey.create())
        .apply(
            "KeepFirstPath",
            ParDo.of(new KeepFirstPathFn()).withOutputTags(UNIQUE, TupleTagList.of(FAILURES)));
  }

  static class KeepFirstPathFn extends DoFn<KV<String, Iterable<Article>>, Article> {
    @ProcessElement
    public void processElement(
        @Element KV<String, Iterable<Article>> sameId, MultiOutputReceiver out) {
      List<Article> articles = new ArrayList<>();
      sameId.getValue().forEach(articles::add);
      articles.sort(Comparator.comparing((Article a) -> a.source));
      Article kept = articles.get(0);
      out.get(UNIQUE).output(kept);
      for (Article other : articles.subList(1, articles.size())) {
        out.get(FAILURES)
            .output(
                Failure.at(
                    other.id,
                    other.source,
                    Stage.READ,
                    "another file with a different text has the same name ("
                        + kept.source
                        + ") and the article id is the file name: rename one of them"));
        Progress.articleDropped();
      }
    }
  }
}
