package org.newsbeam.sentences;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
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
import org.newsbeam.model.Article;
import org.newsbeam.model.ArticleSentences;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.Stage;
import org.newsbeam.model.Token;
import org.newsbeam.nlp.CoreNlp;
import org.newsbeam.nlp.ModelsUnavailableException;
import org.newsbeam.nlp.NlpStage;
import org.newsbeam.progress.Progress;
import org.newsbeam.text.TitleLine;

/**
 * Splits each article into sentences of POS-tagged tokens with CoreNLP (tokenize, ssplit, pos). The
 * title line is always a sentence of its own; a blank line always ends a sentence; caption words
 * glued to the text are split apart before tagging (see {@link GluedWords}).
 */
public class SplitSentences extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<ArticleSentences> SENTENCES = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    return articles.apply(
        "Split", ParDo.of(new SplitFn()).withOutputTags(SENTENCES, TupleTagList.of(FAILURES)));
  }

  /** The article's sentences, tokenized and POS-tagged by the shared CoreNLP pipelines. */
  public static List<Sentence> split(Article article) {
    // The title is annotated on its own so CoreNLP cannot merge it into the first sentence.
    int titleEnd = TitleLine.end(article.text);
    List<Sentence> result = new ArrayList<>();
    annotate(article, 0, titleEnd, result);
    annotate(article, titleEnd, article.text.length(), result);
    return result;
  }

  private static void annotate(Article article, int from, int to, List<Sentence> result) {
    String part = article.text.substring(from, to);
    if (part.isBlank()) {
      return;
    }
    Annotation document = new Annotation(part);
    CoreNlp.pipeline(NlpStage.SPLIT).annotate(document);
    List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap coreSentence : coreSentences) {
      coreSentence.set(
          CoreAnnotations.TokensAnnotation.class,
          splitGluedWords(part, coreSentence.get(CoreAnnotations.TokensAnnotation.class)));
    }
    CoreNlp.pipeline(NlpStage.TAG).annotate(document);
    for (CoreMap coreSentence : coreSentences) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : coreSentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(
            new Token(
                from + label.beginPosition(),
                from + label.endPosition(),
                label.word(),
                label.tag() == null ? "X" : label.tag()));
      }
      int begin = from + coreSentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = from + coreSentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      result.add(
          new Sentence(
              article.id, result.size(), begin, end, article.text.substring(begin, end), tokens));
    }
  }

  /** The sentence's tokens with glued caption words split in two (see {@link GluedWords}). */
  static List<CoreLabel> splitGluedWords(String text, List<CoreLabel> tokens) {
    List<CoreLabel> result = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      boolean endsSlug =
          i > 0
              && tokens.get(i - 1).word().equals("-")
              && tokens.get(i - 1).endPosition() == token.beginPosition();
      boolean startsParagraph =
          token.beginPosition() == 0 || text.charAt(token.beginPosition() - 1) == '\n';
      int split = GluedWords.splitPoint(token.originalText(), endsSlug || startsParagraph);
      if (split < 0) {
        result.add(token);
      } else {
        result.add(part(token, 0, split));
        result.add(part(token, split, token.originalText().length()));
      }
    }
    for (int i = 0; i < result.size(); i++) {
      result.get(i).setIndex(i + 1);
    }
    return result;
  }

  private static CoreLabel part(CoreLabel token, int from, int to) {
    String text = token.originalText().substring(from, to);
    CoreLabel part = new CoreLabel(token);
    part.setWord(text);
    part.setValue(text);
    part.setOriginalText(text);
    part.setBeginPosition(token.beginPosition() + from);
    part.setEndPosition(token.beginPosition() + to);
    return part;
  }

  static class SplitFn extends DoFn<Article, ArticleSentences> {
    private final Counter sentences = Metrics.counter(SplitSentences.class, "sentences");
    private final Counter failed = Metrics.counter(SplitSentences.class, "articlesFailed");
    private final Counter tokens = Metrics.counter(SplitSentences.class, "tokens");

    /** Wall time spent splitting and tagging, summed over threads. */
    private final Counter micros = Metrics.counter(SplitSentences.class, "micros");

    @ProcessElement
    public void processElement(@Element Article article, MultiOutputReceiver out) {
      // There is an article to annotate: every stage will need its models. (Not in @Setup, which
      // also runs when every article's annotations come from the store.)
      CoreNlp.loadInBackground(NlpStage.ANNOTATION_STAGES);
      List<Sentence> split;
      long start = System.nanoTime();
      try {
        split = split(article);
      } catch (ModelsUnavailableException e) {
        throw e; // a broken installation stops the run; it is no article's fault
      } catch (RuntimeException e) {
        failed.inc();
        out.get(FAILURES).output(Failure.of(article.id, article.source, Stage.SPLIT, e));
        Progress.articleDropped();
        return;
      }
      long nanos = System.nanoTime() - start;
      micros.inc(nanos / 1_000);
      tokens.inc(split.stream().mapToLong(s -> s.tokens.size()).sum());
      // Registered before the sentences go out, so no branch can finish one first.
      Progress.articleSplit(article.id, split.size(), nanos);
      out.get(SENTENCES).output(new ArticleSentences(article.id, split));
      sentences.inc(split.size());
    }
  }
}
