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
import org.newsbeam.annotations.EachSentence;
import org.newsbeam.model.ArticleMentions;
import org.newsbeam.model.ArticleSentences;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Sentence;
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
  public static final String STAGE = "entities";

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

    @Setup
    public void setup() {
      CoreNlp.pipeline(NlpStage.ENTITIES);
    }

    @ProcessElement
    public void processElement(@Element ArticleSentences article, MultiOutputReceiver out) {
      List<EntityMention> found = new ArrayList<>();
      EachSentence.annotate(
              article,
              STAGE,
              ExtractEntities::recognize,
              micros,
              failed,
              failure -> out.get(FAILURES).output(failure))
          .forEach(found::addAll);
      mentions.inc(found.size());
      out.get(MENTIONS).output(new ArticleMentions(article.articleId, found));
    }
  }

  /**
   * The sentence's entity mentions, with article offsets. Sentences longer than the NER limit get
   * none: CRF tagging a run-on "sentence" of thousands of tokens would stall a worker.
   */
  public static List<EntityMention> recognize(Sentence sentence) {
    List<EntityMention> result = new ArrayList<>();
    if (sentence.tokens.isEmpty() || sentence.tokens.size() > NlpStage.MAX_NER_TOKENS) {
      return result;
    }
    Annotation document = CoreNlpDocuments.forSentence(sentence);
    CoreNlp.pipeline(NlpStage.ENTITIES).annotate(document);
    CoreMap annotated = document.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    List<CoreMap> coreMentions = annotated.get(CoreAnnotations.MentionsAnnotation.class);
    if (coreMentions == null) {
      return result;
    }
    for (CoreMap m : coreMentions) {
      int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      result.add(
          EntityMention.of(
              sentence.articleId,
              sentence.index,
              m.get(CoreAnnotations.TokenBeginAnnotation.class),
              m.get(CoreAnnotations.TokenEndAnnotation.class),
              sentence.begin + begin,
              sentence.begin + end,
              sentence.text.substring(begin, end),
              m.get(CoreAnnotations.NamedEntityTagAnnotation.class)));
    }
    return result;
  }
}
