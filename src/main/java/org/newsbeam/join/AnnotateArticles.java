package org.newsbeam.join;

import java.util.List;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newsbeam.entities.ExtractEntities;
import org.newsbeam.model.Article;
import org.newsbeam.model.ArticleSentences;
import org.newsbeam.sentences.SplitSentences;
import org.newsbeam.sentiment.ScoreSentiment;

/**
 * All CoreNLP work on articles: split into sentences, then sentiment and entities as parallel
 * branches over the same sentences, joined back per article. Outputs {@link
 * JoinAnnotations#ANNOTATED} and {@link JoinAnnotations#FAILURES}.
 */
public class AnnotateArticles extends PTransform<PCollection<Article>, PCollectionTuple> {
  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple split = articles.apply("SplitSentences", new SplitSentences());
    PCollection<ArticleSentences> sentences = split.get(SplitSentences.SENTENCES);
    PCollectionTuple sentiment = sentences.apply("ScoreSentiment", new ScoreSentiment());
    PCollectionTuple entities = sentences.apply("ExtractEntities", new ExtractEntities());
    return PCollectionTuple.of(JoinAnnotations.ARTICLES, articles)
        .and(JoinAnnotations.SENTENCES, sentences)
        .and(JoinAnnotations.SENTIMENTS, sentiment.get(ScoreSentiment.SENTIMENTS))
        .and(JoinAnnotations.MENTIONS, entities.get(ExtractEntities.MENTIONS))
        .and(
            JoinAnnotations.FAILURES,
            PCollectionList.of(
                    List.of(
                        split.get(SplitSentences.FAILURES),
                        sentiment.get(ScoreSentiment.FAILURES),
                        entities.get(ExtractEntities.FAILURES)))
                .apply("CollectFailures", Flatten.pCollections()))
        .apply("JoinAnnotations", new JoinAnnotations());
  }
}
