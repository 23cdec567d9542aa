package org.newsbeam.speakers;

import java.util.Locale;
import java.util.Set;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Token;
import org.newsbeam.text.AttributionWords;

/**
 * Whether a country mention in a speaker's title or apposition says whom the speaker belongs to
 * ("Russian President", "a US defense official", "White House spokesman"), or only where something
 * happened or what an event is called ("in Houston", "East Midlands MEP", "Australian Open
 * champion"). A wrong country is worse than none, so only the first kind is evidence.
 */
final class AffiliationCountry {
  /** Places as places: a city or region names where, not for whom. */
  private static final Set<String> PLACE_TYPES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");

  private AffiliationCountry() {}

  /** The mention's country if it is evidence of the speaker's affiliation, else "". */
  static String of(ArticleIndex index, int s, EntityMention mention) {
    if (mention.country.isEmpty() || PLACE_TYPES.contains(mention.type)) {
      return "";
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
}
