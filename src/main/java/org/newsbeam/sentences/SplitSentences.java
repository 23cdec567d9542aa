package org.newsbeam.sentences;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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
import org.newsbeam.model.Article;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.Token;
import org.newsbeam.nlp.CoreNlp;
import org.newsbeam.nlp.NlpStage;
import org.newsbeam.read.TitleLine;

/**
 * Splits each article into sentences of POS-tagged tokens with CoreNLP (tokenize, ssplit, pos).
 * The title line is always a sentence of its own; a blank line always ends a sentence.
 */
public class SplitSentences extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Sentence> SENTENCES = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  public static final String STAGE = "split";

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    return articles.apply(
        "Split", ParDo.of(new SplitFn()).withOutputTags(SENTENCES, TupleTagList.of(FAILURES)));
  }

  static class SplitFn extends DoFn<Article, Sentence> {
    private final Counter sentences = Metrics.counter(SplitSentences.class, "sentences");
    private final Counter failed = Metrics.counter(SplitSentences.class, "articlesFailed");
    private transient StanfordCoreNLP pipeline;

    @Setup
    public void setup() {
      pipeline = CoreNlp.pipeline(NlpStage.SPLIT);
    }

    @ProcessElement
    public void processElement(@Element Article article, MultiOutputReceiver out) {
      List<Sentence> split;
      try {
        split = split(article);
      } catch (RuntimeException e) {
        failed.inc();
        out.get(FAILURES)
            .output(new Failure(article.id, article.source, STAGE, "CoreNLP failed: " + e));
        return;
      }
      for (Sentence sentence : split) {
        out.get(SENTENCES).output(sentence);
      }
      sentences.inc(split.size());
    }

    private List<Sentence> split(Article article) {
      // The title is annotated on its own so CoreNLP cannot merge it into the first sentence.
      int titleEnd = TitleLine.end(article.text);
      List<Sentence> result = new ArrayList<>();
      annotate(article, 0, titleEnd, result);
      annotate(article, titleEnd, article.text.length(), result);
      return result;
    }

    private void annotate(Article article, int from, int to, List<Sentence> result) {
      if (article.text.substring(from, to).isBlank()) {
        return;
      }
      Annotation document = new Annotation(article.text.substring(from, to));
      pipeline.annotate(document);
      for (CoreMap coreSentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
          tokens.add(
              new Token(
                  from + label.beginPosition(), from + label.endPosition(), label.word(),
                  label.tag() == null ? "X" : label.tag()));
        }
        int begin = from + coreSentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = from + coreSentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        result.add(
            new Sentence(
                article.id, result.size(), begin, end, article.text.substring(begin, end), tokens));
      }
    }
  }
}
