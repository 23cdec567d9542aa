package org.newsbeam.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.newsbeam.join.JoinAnnotations;
import org.newsbeam.model.Article;
import org.newsbeam.model.ArticleMentions;
import org.newsbeam.model.ArticleSentences;
import org.newsbeam.model.ArticleSentencesCoder;
import org.newsbeam.model.ArticleSentiments;
import org.newsbeam.model.ArticleSentimentsCoder;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Failure;
import org.newsbeam.model.Phrase;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Token;

/**
 * CoreNLP's annotation replaced by a stand-in of the same shapes: the article cut into sentences at
 * full stops and line breaks and into words at spaces, part-of-speech tags from capitals and
 * endings, a sentiment tree of 2n - 1 phrases of five probabilities per sentence of n words (as
 * CoreNLP's binarized trees have), and country and person mentions from a short list. The parts go
 * through the same branches and the same per-article join as the real ones, so the graph after them
 * runs as it does on real annotations, in a small part of the time. It counts the bytes of the
 * parts the join carries (their coders' encodings).
 */
final class StandInAnnotation extends PTransform<PCollection<Article>, PCollectionTuple> {
  private static final Set<String> COUNTRIES =
      Set.of("Russia", "France", "Syria", "China", "Germany", "Iran", "Britain", "Japan");
  private static final List<Double> PROBABILITIES = List.of(0.1, 0.2, 0.4, 0.2, 0.1);

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollection<ArticleSentences> sentences =
        articles
            .apply("StandInSplit", ParDo.of(new SplitFn()))
            .setCoder(ArticleSentencesCoder.of());
    PCollection<ArticleSentiments> sentiments =
        sentences
            .apply("StandInSentiment", ParDo.of(new SentimentFn()))
            .setCoder(ArticleSentimentsCoder.of());
    PCollection<ArticleMentions> mentions =
        sentences.apply("StandInEntities", ParDo.of(new EntitiesFn()));
    return PCollectionTuple.of(JoinAnnotations.ARTICLES, articles)
        .and(JoinAnnotations.SENTENCES, sentences)
        .and(JoinAnnotations.SENTIMENTS, sentiments)
        .and(JoinAnnotations.MENTIONS, mentions)
        .and(
            JoinAnnotations.FAILURES,
            articles
                .getPipeline()
                .apply("NoFailures", Create.empty(TypeDescriptor.of(Failure.class))))
        .apply("JoinAnnotations", new JoinAnnotations());
  }

  static class SplitFn extends DoFn<Article, ArticleSentences> {
    private final Counter bytes = Metrics.counter(StandInAnnotation.class, "joinBytes");

    @ProcessElement
    public void processElement(@Element Article article, OutputReceiver<ArticleSentences> out)
        throws Exception {
      List<Sentence> sentences = new ArrayList<>();
      String text = article.text;
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        boolean end =
            i == text.length()
                || text.charAt(i) == '\n'
                || (text.charAt(i) == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ');
        if (end) {
          int stop = i < text.length() && text.charAt(i) == '.' ? i + 1 : i;
          List<Token> tokens = tokens(text, start, stop);
          if (!tokens.isEmpty()) {
            sentences.add(
                new Sentence(
                    article.id,
                    sentences.size(),
                    tokens.get(0).begin,
                    tokens.get(tokens.size() - 1).end,
                    text.substring(tokens.get(0).begin, tokens.get(tokens.size() - 1).end),
                    tokens));
          }
          start = i + 1;
        }
      }
      ArticleSentences split = new ArticleSentences(article.id, sentences);
      bytes.inc(
          org.apache.beam.sdk.util.CoderUtils.encodeToByteArray(ArticleSentencesCoder.of(), split)
              .length);
      out.output(split);
    }

    private static List<Token> tokens(String text, int from, int to) {
      List<Token> tokens = new ArrayList<>();
      int i = from;
      while (i < to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int begin = i;
        while (i < to && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i > begin) {
          String word = text.substring(begin, i);
          tokens.add(new Token(begin, i, word, tag(word)));
        }
      }
      return tokens;
    }

    private static String tag(String word) {
      if (Character.isUpperCase(word.charAt(0))) {
        return "NNP";
      }
      if (word.endsWith("ed")) {
        return "VBD";
      }
      return word.equals("said") || word.equals("says") ? "VBD" : "NN";
    }
  }

  static class SentimentFn extends DoFn<ArticleSentences, ArticleSentiments> {
    private final Counter bytes = Metrics.counter(StandInAnnotation.class, "joinBytes");

    @ProcessElement
    public void processElement(
        @Element ArticleSentences article, OutputReceiver<ArticleSentiments> out) throws Exception {
      List<SentenceSentiment> sentiments = new ArrayList<>();
      for (Sentence s : article.sentences) {
        List<Phrase> phrases = new ArrayList<>();
        tree(0, s.tokens.size(), phrases);
        sentiments.add(new SentenceSentiment(article.articleId, s.index, phrases, ""));
      }
      ArticleSentiments result = new ArticleSentiments(article.articleId, sentiments);
      bytes.inc(
          org.apache.beam.sdk.util.CoderUtils.encodeToByteArray(ArticleSentimentsCoder.of(), result)
              .length);
      out.output(result);
    }

    /** A balanced binary tree over [first, end), in pre-order: 2n - 1 phrases. */
    private static void tree(int first, int end, List<Phrase> out) {
      out.add(new Phrase(first, end, end - first == 1 ? "NN" : "NP", PROBABILITIES));
      if (end - first > 1) {
        int middle = (first + end) / 2;
        tree(first, middle, out);
        tree(middle, end, out);
      }
    }
  }

  static class EntitiesFn extends DoFn<ArticleSentences, ArticleMentions> {
    @ProcessElement
    public void processElement(
        @Element ArticleSentences article, OutputReceiver<ArticleMentions> out) {
      List<EntityMention> mentions = new ArrayList<>();
      for (Sentence s : article.sentences) {
        for (int t = 0; t < s.tokens.size(); t++) {
          Token token = s.tokens.get(t);
          String word = token.word.replaceAll("[^A-Za-z]", "");
          if (COUNTRIES.contains(word)) {
            mentions.add(
                EntityMention.of(
                    article.articleId,
                    s.index,
                    t,
                    t + 1,
                    token.begin,
                    token.begin + word.length(),
                    word,
                    "COUNTRY"));
          } else if (token.pos.equals("NNP") && t > 0 && s.tokens.get(t - 1).word.equals("Mr")) {
            mentions.add(
                EntityMention.of(
                    article.articleId,
                    s.index,
                    t - 1,
                    t + 1,
                    s.tokens.get(t - 1).begin,
                    token.end,
                    "Mr " + token.word,
                    "PERSON"));
          }
        }
      }
      out.output(new ArticleMentions(article.articleId, mentions));
    }
  }
}
