package org.newsbeam.speakers;

import java.util.ArrayList;
import java.util.List;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.Token;

/**
 * Look-ups over one article that attribution needs: which quote a token is in, which entity mention
 * covers it, which paragraph a sentence is in.
 */
final class ArticleIndex {
  final AnnotatedArticle article;
  final List<QuoteFinder.Span> quotes;
  private final int[][] quoteOfToken;
  private final EntityMention[][] mentionOfToken;
  private final int[] paragraphOfSentence;

  ArticleIndex(AnnotatedArticle article, List<QuoteFinder.Span> quotes) {
    this.article = article;
    this.quotes = quotes;
    int n = article.sentences.size();
    quoteOfToken = new int[n][];
    mentionOfToken = new EntityMention[n][];
    paragraphOfSentence = new int[n];
    int paragraph = 0;
    for (int s = 0; s < n; s++) {
      Sentence sentence = article.sentences.get(s);
      if (s > 0
          && hasLineBreak(article.article.text, article.sentences.get(s - 1).end, sentence.begin)) {
        paragraph++;
      }
      paragraphOfSentence[s] = paragraph;
      quoteOfToken[s] = new int[sentence.tokens.size()];
      mentionOfToken[s] = new EntityMention[sentence.tokens.size()];
      for (int t = 0; t < sentence.tokens.size(); t++) {
        quoteOfToken[s][t] = quoteContaining(sentence.tokens.get(t));
      }
    }
    for (EntityMention mention : article.mentions) {
      EntityMention[] row = mentionOfToken[mention.sentenceIndex];
      for (int t = mention.firstToken; t < mention.endToken && t < row.length; t++) {
        if (row[t] == null || rank(mention) > rank(row[t])) {
          row[t] = mention;
        }
      }
    }
  }

  Sentence sentence(int s) {
    return article.sentences.get(s);
  }

  int sentenceCount() {
    return article.sentences.size();
  }

  Token token(int s, int t) {
    return article.sentences.get(s).tokens.get(t);
  }

  int tokenCount(int s) {
    return article.sentences.get(s).tokens.size();
  }

  /** The index of the quote holding token t of sentence s, or -1. */
  int quoteOf(int s, int t) {
    return quoteOfToken[s][t];
  }

  /** The entity mention covering a token (a PERSON or ORGANIZATION wins over others), or null. */
  EntityMention mentionAt(int s, int t) {
    return mentionOfToken[s][t];
  }

  int paragraph(int s) {
    return paragraphOfSentence[s];
  }

  /** Indices of the first and last sentence overlapping {@code [begin, end)}. */
  int[] sentencesOf(int begin, int end) {
    int first = -1;
    int last = -1;
    for (int s = 0; s < sentenceCount(); s++) {
      Sentence sentence = sentence(s);
      if (sentence.end > begin && sentence.begin < end) {
        if (first < 0) {
          first = s;
        }
        last = s;
      }
    }
    return new int[] {first, last};
  }

  /** All mentions of a type, in text order. */
  List<EntityMention> mentionsOfType(String type) {
    List<EntityMention> result = new ArrayList<>();
    for (EntityMention mention : article.mentions) {
      if (mention.type.equals(type)) {
        result.add(mention);
      }
    }
    return result;
  }

  private int quoteContaining(Token token) {
    for (int q = 0; q < quotes.size(); q++) {
      QuoteFinder.Span span = quotes.get(q);
      if (token.begin >= span.begin() && token.end <= span.end()) {
        return q;
      }
    }
    return -1;
  }

  private static int rank(EntityMention mention) {
    return switch (mention.type) {
      case "PERSON" -> 3;
      case "ORGANIZATION" -> 2;
      case "TITLE" -> 0;
      default -> 1;
    };
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return true;
      }
    }
    return false;
  }
}
