package org.newsbeam.countries;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.Token;

/**
 * Builds an {@link AnnotatedArticle} by hand: a title line, a blank line, then body sentences, one
 * {@link Sentence} each, cut into tokens roughly as CoreNLP does ("'s" apart, punctuation apart,
 * "U.S." and "N.Y." whole), with NER mentions given by their surface and type.
 */
final class ArticleFixture {
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:(?:[.-]|['’](?!s\\b))[\\p{L}\\p{N}]+)*\\.?|['’]s|\\S");
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?:\\p{L}\\.)+|Calif\\.|Conn\\.|Tex\\.|Ont\\.|Gov\\.|Mr\\.");

  private final String id;
  private final String text;
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<EntityMention> mentions = new ArrayList<>();

  private ArticleFixture(String id, String title, String... body) {
    this.id = id;
    StringBuilder builder = new StringBuilder(title).append("\n\n");
    List<int[]> spans = new ArrayList<>();
    spans.add(new int[] {0, title.length()});
    for (String sentence : body) {
      if (builder.charAt(builder.length() - 1) != '\n') {
        builder.append(' ');
      }
      spans.add(new int[] {builder.length(), builder.length() + sentence.length()});
      builder.append(sentence);
    }
    this.text = builder.toString();
    for (int i = 0; i < spans.size(); i++) {
      sentences.add(sentence(i, spans.get(i)[0], spans.get(i)[1]));
    }
  }

  static ArticleFixture article(String title, String... body) {
    return new ArticleFixture("a1", title, body);
  }

  /** An article with a plain title, so that only the body matters. */
  static ArticleFixture body(String... body) {
    return article("Report", body);
  }

  private Sentence sentence(int index, int begin, int end) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(begin, end);
    while (m.find()) {
      int tokenEnd = m.end();
      String word = m.group();
      // A final period belongs to an abbreviation ("U.S.", "Calif."), not to a word ending a
      // sentence.
      if (word.endsWith(".") && word.length() > 1 && !ABBREVIATION.matcher(word).matches()) {
        tokenEnd--;
        word = word.substring(0, word.length() - 1);
        tokens.add(new Token(m.start(), tokenEnd, word, "NNP"));
        tokens.add(new Token(tokenEnd, m.end(), ".", "."));
        continue;
      }
      tokens.add(new Token(m.start(), tokenEnd, word, "NNP"));
    }
    return new Sentence(id, index, begin, end, text.substring(begin, end), tokens);
  }

  /** A NER mention over the first occurrence of {@code surface} not already a mention. */
  ArticleFixture ner(String surface, String type) {
    int from = 0;
    while (true) {
      int begin = text.indexOf(surface, from);
      if (begin < 0) {
        throw new IllegalArgumentException("not in the text: " + surface);
      }
      int end = begin + surface.length();
      if (mentions.stream().noneMatch(m -> m.begin == begin)) {
        mentions.add(mention(begin, end, type));
        return this;
      }
      from = begin + 1;
    }
  }

  private EntityMention mention(int begin, int end, String type) {
    for (Sentence s : sentences) {
      if (begin >= s.begin && end <= s.end) {
        int first = -1;
        int last = -1;
        for (int t = 0; t < s.tokens.size(); t++) {
          Token token = s.tokens.get(t);
          if (token.end > begin && token.begin < end) {
            first = first < 0 ? t : first;
            last = t;
          }
        }
        return EntityMention.of(
            id, s.index, first, last + 1, begin, end, text.substring(begin, end), type);
      }
    }
    throw new IllegalArgumentException("mention crosses sentences: " + text.substring(begin, end));
  }

  AnnotatedArticle build() {
    return new AnnotatedArticle(
        new Article(id, id + ".txt", text.substring(0, text.indexOf('\n')), text),
        sentences,
        List.of(),
        mentions,
        List.of());
  }
}
