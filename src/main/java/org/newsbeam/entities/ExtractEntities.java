package org.newsbeam.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
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
import org.newsbeam.model.ArticleMentions;
import org.newsbeam.model.ArticleSentences;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.Stage;
import org.newsbeam.nlp.ArticleAtOnce;
import org.newsbeam.nlp.CoreNlp;
import org.newsbeam.nlp.CoreNlpDocuments;
import org.newsbeam.nlp.NlpStage;

/**
 * Finds the named-entity mentions of every sentence with CoreNLP's fine-grained NER (PERSON,
 * ORGANIZATION, COUNTRY, NATIONALITY, CITY, STATE_OR_PROVINCE, TITLE, ...), with offsets into the
 * article.
 */
public class ExtractEntities extends PTransform<PCollection<ArticleSentences>, PCollectionTuple> {
  public static final TupleTag<ArticleMentions> MENTIONS = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<ArticleSentences> sentences) {
    return sentences.apply(
        "Recognize",
        ParDo.of(new RecognizeFn()).withOutputTags(MENTIONS, TupleTagList.of(FAILURES)));
  }

  static class RecognizeFn extends DoFn<ArticleSentences, ArticleMentions> {
    private final Counter mentions = Metrics.counter(ExtractEntities.class, "mentions");
    private final Counter failed = Metrics.counter(ExtractEntities.class, "sentencesFailed");

    /** Wall time spent annotating, summed over threads: where the run's time goes. */
    private final Counter micros = Metrics.counter(ExtractEntities.class, "micros");

    @ProcessElement
    public void processElement(@Element ArticleSentences article, MultiOutputReceiver out) {
      List<EntityMention> found =
          ArticleAtOnce.annotate(
              article,
              Stage.ENTITIES,
              ExtractEntities::recognize,
              micros,
              failed,
              failure -> out.get(FAILURES).output(failure));
      mentions.inc(found.size());
      out.get(MENTIONS).output(new ArticleMentions(article.articleId, found));
    }
  }

  /**
   * The sentences' entity mentions, with article offsets, from one CoreNLP document. Sentences
   * longer than the NER limit get none: CRF tagging a run-on "sentence" of thousands of tokens
   * would stall a worker.
   */
  public static List<EntityMention> recognize(List<Sentence> sentences) {
    List<Sentence> tagged = new ArrayList<>();
    for (Sentence sentence : sentences) {
      if (!sentence.tokens.isEmpty() && sentence.tokens.size() <= NlpStage.MAX_NER_TOKENS) {
        tagged.add(sentence);
      }
    }
    List<EntityMention> result = new ArrayList<>();
    if (tagged.isEmpty()) {
      return result;
    }
    Annotation document = CoreNlpDocuments.forSentences(tagged);
    CoreNlp.pipeline(NlpStage.ENTITIES).annotate(document);
    int base = CoreNlpDocuments.base(tagged);
    List<CoreMap> annotated = document.get(CoreAnnotations.SentencesAnnotation.class);
    for (int i = 0; i < tagged.size(); i++) {
      Sentence sentence = tagged.get(i);
      CoreMap coreSentence = annotated.get(i);
      List<CoreMap> coreMentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (coreMentions == null) {
        continue;
      }
      int firstToken = coreSentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      for (CoreMap m : coreMentions) {
        int begin = base + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = base + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        result.add(
            EntityMention.of(
                sentence.articleId,
                sentence.index,
                m.get(CoreAnnotations.TokenBeginAnnotation.class) - firstToken,
                m.get(CoreAnnotations.TokenEndAnnotation.class) - firstToken,
                begin,
                end,
                sentence.text.substring(begin - sentence.begin, end - sentence.begin),
                m.get(CoreAnnotations.NamedEntityTagAnnotation.class)));
      }
    }
    return result;
  }
}
