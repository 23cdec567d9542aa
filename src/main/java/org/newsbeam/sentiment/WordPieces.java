package org.newsbeam.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as the quote-tone encoder was trained with: text lower-cased
 * and stripped of accents, split at white space and around punctuation and CJK characters, each
 * word then cut greedily into the longest pieces of the vocabulary ("##" marks a piece inside a
 * word); a word with no such cut is {@code [UNK]}.
 */
final class WordPieces {
  private static final int MAX_WORD_CHARS = 100;

  private final Map<String, Integer> ids;
  private final int unknown;
  private final int start;
  private final int end;

  WordPieces(List<String> vocabulary) {
    ids = new HashMap<>(vocabulary.size() * 2);
    for (int i = 0; i < vocabulary.size(); i++) {
      ids.putIfAbsent(vocabulary.get(i), i);
    }
    unknown = id("[UNK]");
    start = id("[CLS]");
    end = id("[SEP]");
  }

  /** The vocabulary in a resource: one piece per line, its id the line's number from 0. */
  static WordPieces read(String resource) {
    try (InputStream in = WordPieces.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> vocabulary = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        vocabulary.add(line);
      }
      return new WordPieces(vocabulary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int id(String piece) {
    Integer id = ids.get(piece);
    if (id == null) {
      throw new IllegalStateException("vocabulary lacks " + piece);
    }
    return id;
  }

  /** The ids of {@code [CLS]}, at most {@code maxLength - 2} pieces of the text, {@code [SEP]}. */
  long[] encode(String text, int maxLength) {
    List<Integer> pieces = new ArrayList<>();
    for (String word : words(text)) {
      if (pieces.size() >= maxLength - 2) {
        break;
      }
      pieces(word, pieces);
    }
    int n = Math.min(pieces.size(), maxLength - 2);
    long[] encoded = new long[n + 2];
    encoded[0] = start;
    for (int i = 0; i < n; i++) {
      encoded[i + 1] = pieces.get(i);
    }
    encoded[n + 1] = end;
    return encoded;
  }

  static List<String> words(String text) {
    StringBuilder cleaned = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (isSpace(c) || c == 0 || c == 0xFFFD || isControl(c)) {
                cleaned.append(' ');
              } else {
                cleaned.appendCodePoint(c);
              }
            });
    String folded =
        Normalizer.normalize(cleaned.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    folded
        .codePoints()
        .forEach(
            c -> {
              if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return;
              }
              if (isSpace(c)) {
                flush(word, words);
              } else if (isPunctuation(c) || isCjk(c)) {
                flush(word, words);
                words.add(new String(Character.toChars(c)));
              } else {
                word.appendCodePoint(c);
              }
            });
    flush(word, words);
    return words;
  }

  private void pieces(String word, List<Integer> out) {
    if (word.length() > MAX_WORD_CHARS) {
      out.add(unknown);
      return;
    }
    int size = out.size();
    int from = 0;
    while (from < word.length()) {
      Integer hit = null;
      int to = word.length();
      for (; to > from; to--) {
        String piece = from == 0 ? word.substring(0, to) : "##" + word.substring(from, to);
        hit = ids.get(piece);
        if (hit != null) {
          break;
        }
      }
      if (hit == null) {
        out.subList(size, out.size()).clear();
        out.add(unknown);
        return;
      }
      out.add(hit);
      from = to;
    }
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /** Java's white space and the no-break spaces it leaves out. */
  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static boolean isControl(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  private static boolean isPunctuation(int c) {
    if ((c >= 33 && c <= 47)
        || (c >= 58 && c <= 64)
        || (c >= 91 && c <= 96)
        || (c >= 123 && c <= 126)) {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  private static boolean isCjk(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F)
        || (c >= 0x2B740 && c <= 0x2B81F)
        || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x2F800 && c <= 0x2FA1F);
  }
}
