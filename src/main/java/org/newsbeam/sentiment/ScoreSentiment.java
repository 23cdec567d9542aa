package org.newsbeam.sentiment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
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
import org.ejml.simple.SimpleMatrix;
import org.newsbeam.model.ArticleSentences;
import org.newsbeam.model.ArticleSentiments;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Phrase;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Stage;
import org.newsbeam.nlp.ArticleAtOnce;
import org.newsbeam.nlp.CoreNlp;
import org.newsbeam.nlp.CoreNlpDocuments;
import org.newsbeam.nlp.NlpStage;

/**
 * Scores every sentence with CoreNLP's sentiment model over a shift-reduce parse, keeping the
 * model's prediction for every phrase of the binarized tree (not only the root), so that quotes and
 * mentions can later be scored on the words that concern them.
 */
public class ScoreSentiment extends PTransform<PCollection<ArticleSentences>, PCollectionTuple> {
  public static final TupleTag<ArticleSentiments> SENTIMENTS = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<ArticleSentences> sentences) {
    return sentences.apply(
        "Score", ParDo.of(new ScoreFn()).withOutputTags(SENTIMENTS, TupleTagList.of(FAILURES)));
  }

  static class ScoreFn extends DoFn<ArticleSentences, ArticleSentiments> {
    private final Counter scored = Metrics.counter(ScoreSentiment.class, "sentencesScored");
    private final Counter skipped = Metrics.counter(ScoreSentiment.class, "sentencesNotScored");
    private final Counter failed = Metrics.counter(ScoreSentiment.class, "sentencesFailed");

    /** Wall time spent annotating, summed over threads: where the run's time goes. */
    private final Counter micros = Metrics.counter(ScoreSentiment.class, "micros");

    @ProcessElement
    public void processElement(@Element ArticleSentences article, MultiOutputReceiver out) {
      List<SentenceSentiment> sentiments =
          ArticleAtOnce.annotate(
              article,
              Stage.SENTIMENT,
              ScoreSentiment::score,
              micros,
              failed,
              failure -> out.get(FAILURES).output(failure));
      sentiments.forEach(s -> (s.scored() ? scored : skipped).inc());
      out.get(SENTIMENTS).output(new ArticleSentiments(article.articleId, sentiments));
    }
  }

  /**
   * The phrase-level sentiment of each sentence, in order, from one CoreNLP document; a sentence
   * too long to parse (a run-on "sentence" must not stall a worker) or without words is skipped.
   */
  public static List<SentenceSentiment> score(List<Sentence> sentences) {
    List<String> skipReasons = sentences.stream().map(ScoreSentiment::skipReason).toList();
    List<Sentence> parsed = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (skipReasons.get(i).isEmpty()) {
        parsed.add(sentences.get(i));
      }
    }
    Annotation document = CoreNlpDocuments.forSentences(parsed);
    if (!parsed.isEmpty()) {
      CoreNlp.pipeline(NlpStage.SENTIMENT).annotate(document);
    }
    List<CoreMap> annotated = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<SentenceSentiment> result = new ArrayList<>(sentences.size());
    int next = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      if (!skipReasons.get(i).isEmpty()) {
        result.add(
            SentenceSentiment.skipped(sentence.articleId, sentence.index, skipReasons.get(i)));
        continue;
      }
      Tree tree = annotated.get(next++).get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
      List<Phrase> phrases = new ArrayList<>();
      collect(tree, 0, phrases);
      result.add(new SentenceSentiment(sentence.articleId, sentence.index, phrases, ""));
    }
    return result;
  }

  private static String skipReason(Sentence sentence) {
    if (sentence.tokens.size() > NlpStage.MAX_PARSE_TOKENS) {
      return "longer than " + NlpStage.MAX_PARSE_TOKENS + " tokens";
    }
    return sentence.tokens.isEmpty() ? "no words" : "";
  }

  /** Adds the phrases of {@code node} in pre-order; returns the number of words it covers. */
  private static int collect(Tree node, int first, List<Phrase> phrases) {
    if (node.isLeaf()) {
      return 1;
    }
    int slot = phrases.size();
    phrases.add(null);
    int covered = 0;
    for (Tree child : node.children()) {
      covered += collect(child, first + covered, phrases);
    }
    phrases.set(
        slot, new Phrase(first, first + covered, node.label().value(), probabilities(node)));
    return covered;
  }

  private static List<Double> probabilities(Tree node) {
    SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(node);
    List<Double> probabilities = new ArrayList<>(SentimentScale.CLASSES);
    for (int i = 0; i < SentimentScale.CLASSES; i++) {
      // Four decimals are what the reports print, and keep stored annotations compact.
      probabilities.add(Math.round(predictions.get(i) * 10_000) / 10_000.0);
    }
    return probabilities;
  }
}
