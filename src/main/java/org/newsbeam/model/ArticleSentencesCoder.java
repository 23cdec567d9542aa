package org.newsbeam.model;

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
 * The coder of {@link ArticleSentences}, written by hand: each field in order, counts and offsets
 * as variable-length integers. Deterministic.
 *
 * <p>Why not a schema coder: an article's sentences, with every token, are the second largest part
 * the join carries; runners encode what they shuffle or copy, and a hand-written coder does that in
 * a fraction of a schema's time and bytes (docs/decisions/hand-written-coders.md).
 */
public final class ArticleSentencesCoder extends AtomicCoder<ArticleSentences> {
  private static final ArticleSentencesCoder INSTANCE = new ArticleSentencesCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();

  private ArticleSentencesCoder() {}

  public static ArticleSentencesCoder of() {
    return INSTANCE;
  }

  /** Found by {@code @DefaultCoder} on {@link ArticleSentences}. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(ArticleSentences.class), INSTANCE);
  }

  @Override
  public void encode(ArticleSentences value, OutputStream out) throws IOException {
    STRING.encode(value.articleId, out);
    VarInt.encode(value.sentences.size(), out);
    for (Sentence sentence : value.sentences) {
      STRING.encode(sentence.articleId, out);
      VarInt.encode(sentence.index, out);
      VarInt.encode(sentence.begin, out);
      VarInt.encode(sentence.end, out);
      STRING.encode(sentence.text, out);
      VarInt.encode(sentence.tokens.size(), out);
      for (Token token : sentence.tokens) {
        VarInt.encode(token.begin, out);
        VarInt.encode(token.end, out);
        STRING.encode(token.word, out);
        STRING.encode(token.pos, out);
      }
    }
  }

  @Override
  public ArticleSentences decode(InputStream in) throws IOException {
    String articleId = STRING.decode(in);
    int count = VarInt.decodeInt(in);
    List<Sentence> sentences = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      String sentenceArticleId = STRING.decode(in);
      int index = VarInt.decodeInt(in);
      int begin = VarInt.decodeInt(in);
      int end = VarInt.decodeInt(in);
      String text = STRING.decode(in);
      int tokenCount = VarInt.decodeInt(in);
      List<Token> tokens = new ArrayList<>(tokenCount);
      for (int t = 0; t < tokenCount; t++) {
        int tokenBegin = VarInt.decodeInt(in);
        int tokenEnd = VarInt.decodeInt(in);
        tokens.add(new Token(tokenBegin, tokenEnd, STRING.decode(in), STRING.decode(in)));
      }
      sentences.add(new Sentence(sentenceArticleId, index, begin, end, text, tokens));
    }
    return new ArticleSentences(articleId, sentences);
  }
}
