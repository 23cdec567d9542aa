package org.newsbeam.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.Test;

/** The hand-written coders of the two large parts the annotation branches give the join. */
public class PartCodersTest {
  private static final String LONG_TEXT = "Ünïcödé — “quoted” 引用 ".repeat(4000);

  private static ArticleSentences sentences() {
    return new ArticleSentences(
        "bbc_politics_001",
        List.of(
            new Sentence(
                "bbc_politics_001",
                0,
                0,
                12,
                "Mr Blair said",
                List.of(new Token(0, 2, "Mr", "NNP"), new Token(3, 8, "Blair", "NNP"))),
            new Sentence("bbc_politics_001", 1, 14, 14 + LONG_TEXT.length(), LONG_TEXT, List.of()),
            new Sentence(
                "other",
                2,
                70_000,
                70_005,
                "Côte",
                List.of(new Token(70_000, 70_005, "Côte", "")))));
  }

  private static ArticleSentiments sentiments() {
    return new ArticleSentiments(
        "bbc_politics_001",
        List.of(
            new SentenceSentiment(
                "bbc_politics_001",
                0,
                List.of(
                    new Phrase(0, 2, "ROOT", List.of(0.1, 0.2, 0.4, 0.2, 0.1)),
                    new Phrase(0, 1, "NP", List.of(-0.0, Double.MIN_VALUE, 1.0, 0.0, 1e-300)),
                    new Phrase(1, 2, "VP", List.of())),
                ""),
            SentenceSentiment.skipped("bbc_politics_001", 1, "sentence too long: 400 tokens"),
            new SentenceSentiment("bbc_politics_001", 2, List.of(), "")));
  }

  @Test
  public void sentencesSurviveTheirCoderExactly() throws Exception {
    ArticleSentences value = sentences();
    ArticleSentences decoded = CoderUtils.clone(ArticleSentencesCoder.of(), value);
    assertEquals(value, decoded);
    assertEquals(LONG_TEXT, decoded.sentences.get(1).text);
    CoderProperties.coderDecodeEncodeEqual(ArticleSentencesCoder.of(), value);
    CoderProperties.coderDeterministic(ArticleSentencesCoder.of(), value, sentences());
    CoderProperties.coderDecodeEncodeEqual(
        ArticleSentencesCoder.of(), new ArticleSentences("empty", List.of()));
  }

  @Test
  public void sentimentsSurviveTheirCoderBitForBit() throws Exception {
    ArticleSentiments value = sentiments();
    ArticleSentiments decoded = CoderUtils.clone(ArticleSentimentsCoder.of(), value);
    assertEquals(value, decoded);
    List<Double> probabilities = decoded.sentiments.get(0).phrases.get(1).probabilities;
    assertEquals(
        Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(probabilities.get(0)));
    assertEquals(Double.MIN_VALUE, probabilities.get(1), 0.0);
    assertEquals("sentence too long: 400 tokens", decoded.sentiments.get(1).skipReason);
    CoderProperties.coderDecodeEncodeEqual(ArticleSentimentsCoder.of(), value);
    CoderProperties.coderDeterministic(ArticleSentimentsCoder.of(), value, sentiments());
  }

  @Test
  public void pipelinesUseTheseCodersForTheParts() throws Exception {
    CoderRegistry registry = Pipeline.create(PipelineOptionsFactory.create()).getCoderRegistry();
    assertSame(ArticleSentencesCoder.of(), registry.getCoder(ArticleSentences.class));
    assertSame(ArticleSentimentsCoder.of(), registry.getCoder(ArticleSentiments.class));
  }
}
