package org.newsbeam.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.EntityMention;

/**
 * Who each mention of a person stands for, by the rules that name speakers ({@link ArticlePeople}):
 * "Putin" after "Vladimir Putin" is Vladimir Putin. What is said about a speaker is read from
 * these.
 */
public final class MentionedPeople {
  private MentionedPeople() {}

  /**
   * For each of the article's mentions in order, the person it names as the article names them, or
   * empty (not a person by name: a pronoun, a place, an organization).
   */
  public static List<String> of(AnnotatedArticle article) {
    ArticlePeople people =
        new ArticlePeople(new ArticleIndex(article, QuoteFinder.find(article.article.text)));
    Map<Integer, String> byBegin = people.namesByMention();
    List<String> names = new ArrayList<>(article.mentions.size());
    for (EntityMention mention : article.mentions) {
      names.add(mention.type.equals("PERSON") ? byBegin.getOrDefault(mention.begin, "") : "");
    }
    return names;
  }
}
