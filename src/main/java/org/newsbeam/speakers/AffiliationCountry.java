package org.newsbeam.speakers;

import java.util.Locale;
import java.util.Set;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Token;
import org.newsbeam.text.AttributionWords;

/**
 * Whether a country mention in a speaker's title or apposition says whom the speaker belongs to
 * ("Russian President", "a US defense official", "White House spokesman"), or only where something
 * happened, what an event is called or where their family came from ("in Houston", "East Midlands
 * MEP", "Australian Open champion", "Spanish-speaking son of Dominican immigrants"). A wrong
 * country is worse than none, so only the first kind is evidence.
 */
final class AffiliationCountry {
  /** Places as places: a city or region names where, not for whom. */
  private static final Set<String> PLACE_TYPES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");

  /** Nouns of people whose work is about a country, not for it. */
  private static final Set<String> TOPIC_NOUNS =
      Set.of(
          "scholar",
          "scholars",
          "expert",
          "experts",
          "specialist",
          "specialists",
          "watcher",
          "watchers",
          "correspondent",
          "correspondents",
          "hand",
          "hands",
          "historian",
          "historians");

  private AffiliationCountry() {}

  /** The mention's country if it is evidence of the speaker's affiliation, else "". */
  static String of(ArticleIndex index, int s, EntityMention mention) {
    if (mention.country.isEmpty() || PLACE_TYPES.contains(mention.type)) {
      return "";
    }
    String text = index.article.article.text;
    if ((mention.end < text.length() && text.charAt(mention.end) == '-')
        || (mention.begin > 0 && text.charAt(mention.begin - 1) == '-')) {
      // "Spanish-speaking", "Mexican-born", "Cuban-American": a language or an origin.
      return "";
    }
    if (coordinated(index, s, mention.firstToken - 2, mention.firstToken - 1)
        || coordinated(index, s, mention.endToken + 1, mention.endToken)) {
      // "British and Irish Lions coach": a body of several countries, none of them alone.
      return "";
    }
    if (mention.endToken < index.tokenCount(s)) {
      String after = index.token(s, mention.endToken).word.toLowerCase(Locale.ROOT);
      if (TOPIC_NOUNS.contains(after)) {
        return ""; // "a Korea scholar", "a China correspondent": the country is their subject
      }
      if (mention.type.equals("NATIONALITY") && (after.equals("'s") || after.equals("\u2019s"))) {
        return ""; // "German's brother": a demonym owns nothing; here it is a name
      }
    }
    if (mention.endToken < index.tokenCount(s)) {
      Token next = index.token(s, mention.endToken);
      if (next.pos.startsWith("NNP")
          && index.mentionAt(s, mention.endToken) == null
          && !AttributionWords.isRoleWord(next.word.toLowerCase(Locale.ROOT))) {
        // Part of a name no entity covers ("Australian Open"), unlike "US Federal Reserve".
        return "";
      }
    }
    return mention.country;
  }

  /** Whether token {@code other} is a country's mention joined by "and" at token {@code and}. */
  private static boolean coordinated(ArticleIndex index, int s, int other, int and) {
    if (other < 0 || other >= index.tokenCount(s) || and < 0 || and >= index.tokenCount(s)) {
      return false;
    }
    String word = index.token(s, and).word;
    EntityMention neighbour = index.mentionAt(s, other);
    return (word.equalsIgnoreCase("and") || word.equals("&"))
        && neighbour != null
        && !neighbour.country.isEmpty();
  }
}
