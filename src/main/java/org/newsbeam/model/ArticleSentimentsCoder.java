package org.newsbeam.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.VarInt;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The coder of {@link ArticleSentiments}, written by hand: each field in order, counts and offsets
 * as variable-length integers, probabilities as the bits of their doubles. Deterministic.
 *
 * <p>Why not a schema coder: an article's sentiment is the largest part the join carries (a phrase
 * of the parse tree per constituent, five probabilities each), and a schema's rows box every
 * probability; runners encode what they shuffle or copy, so this coder saves time and bytes on each
 * (docs/decisions/hand-written-coders.md).
 */
public final class ArticleSentimentsCoder extends AtomicCoder<ArticleSentiments> {
  private static final ArticleSentimentsCoder INSTANCE = new ArticleSentimentsCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();

  private ArticleSentimentsCoder() {}

  public static ArticleSentimentsCoder of() {
    return INSTANCE;
  }

  /** Found by {@code @DefaultCoder} on {@link ArticleSentiments}. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(ArticleSentiments.class), INSTANCE);
  }

  @Override
  public void encode(ArticleSentiments value, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    STRING.encode(value.articleId, out);
    VarInt.encode(value.sentiments.size(), out);
    for (SentenceSentiment sentence : value.sentiments) {
      STRING.encode(sentence.articleId, out);
      VarInt.encode(sentence.index, out);
      STRING.encode(sentence.skipReason, out);
      VarInt.encode(sentence.phrases.size(), out);
      for (Phrase phrase : sentence.phrases) {
        VarInt.encode(phrase.first, out);
        VarInt.encode(phrase.end, out);
        STRING.encode(phrase.label, out);
        // A phrase keeps its probabilities as Probabilities (see its constructor).
        Probabilities probabilities = (Probabilities) phrase.probabilities;
        VarInt.encode(probabilities.size(), out);
        for (int i = 0; i < probabilities.size(); i++) {
          data.writeDouble(probabilities.valueAt(i));
        }
      }
    }
    data.flush();
  }

  @Override
  public ArticleSentiments decode(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    String articleId = STRING.decode(in);
    int count = VarInt.decodeInt(in);
    List<SentenceSentiment> sentiments = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      String sentenceArticleId = STRING.decode(in);
      int index = VarInt.decodeInt(in);
      String skipReason = STRING.decode(in);
      int phraseCount = VarInt.decodeInt(in);
      List<Phrase> phrases = new ArrayList<>(phraseCount);
      for (int p = 0; p < phraseCount; p++) {
        int first = VarInt.decodeInt(in);
        int end = VarInt.decodeInt(in);
        String label = STRING.decode(in);
        double[] probabilities = new double[VarInt.decodeInt(in)];
        for (int i = 0; i < probabilities.length; i++) {
          probabilities[i] = data.readDouble();
        }
        phrases.add(new Phrase(first, end, label, Probabilities.of(probabilities)));
      }
      sentiments.add(new SentenceSentiment(sentenceArticleId, index, phrases, skipReason));
    }
    return new ArticleSentiments(articleId, sentiments);
  }
}
