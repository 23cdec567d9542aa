package org.newsbeam.countries;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsbeam.model.EntityMention;

/**
 * The countries an article is about, as opposed to all it mentions: its dateline's country, a
 * country its title names, and any country named in at least two of its sentences. A country named
 * once in passing ("listed in Luxembourg", "Union Bank of Switzerland") is mentioned, and counted
 * in countries.csv, but the article is not about it.
 */
public final class ArticleCountries {
  /** Sentences that must name a country for the article to be about it. */
  static final int MIN_SENTENCES = 2;

  private ArticleCountries() {}

  /** ISO codes in alphabetical order. */
  public static Set<String> about(Iterable<EntityMention> mentions) {
    Map<String, Set<Integer>> sentences = new HashMap<>();
    Set<String> about = new TreeSet<>();
    for (EntityMention m : mentions) {
      if (m.country.isEmpty()) {
        continue;
      }
      sentences.computeIfAbsent(m.country, k -> new HashSet<>()).add(m.sentenceIndex);
      boolean inTitle = m.sentenceIndex == 0;
      if (inTitle || m.countryBy.equals(MappedBy.DATELINE.label())) {
        about.add(m.country);
      }
    }
    sentences.forEach(
        (code, named) -> {
          if (named.size() >= MIN_SENTENCES) {
            about.add(code);
          }
        });
    return about;
  }
}
