package org.newsbeam.entities;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Sentence;

/**
 * Repairs entity mentions that scraping damaged. Web captions and URL slugs are often glued to the
 * first word of an article ("president-russe-vladimir-poutineVladimir Putin"); CoreNLP then tags
 * the slug as part of the name. The slug is cut off so that only the name remains.
 */
public final class MentionCleanup {
  /** A lowercase hyphenated slug immediately followed by a capitalized word. */
  private static final Pattern GLUED_SLUG =
      Pattern.compile("^[\\p{Ll}\\d]+(?:\\s*-\\s*[\\p{Ll}\\d]+)+(?=\\p{Lu}\\p{Ll})");

  private MentionCleanup() {}

  /** The mention without caption debris, or empty when nothing of a name is left. */
  public static Optional<EntityMention> clean(EntityMention mention, Sentence sentence) {
    Matcher slug = GLUED_SLUG.matcher(mention.text);
    if (!slug.find()) {
      return Optional.of(mention);
    }
    int begin = mention.begin + slug.end();
    if (begin >= mention.end) {
      return Optional.empty();
    }
    int firstToken = mention.firstToken;
    while (firstToken < mention.endToken - 1 && sentence.tokens.get(firstToken).end <= begin) {
      firstToken++;
    }
    String text = mention.text.substring(slug.end());
    return Optional.of(
        new EntityMention(
            mention.articleId,
            mention.sentenceIndex,
            firstToken,
            mention.endToken,
            begin,
            mention.end,
            text,
            mention.type,
            mention.country,
            mention.countryBy));
  }
}
