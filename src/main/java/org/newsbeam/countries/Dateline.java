package org.newsbeam.countries;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbeam.text.TitleLine;

/**
 * The dateline that opens an article's body ("MOSCOW, Oct 15 -", "ROCHESTER, N.Y., Feb 26 -",
 * "LONDON, Ontario, March 3 -", "WASHINGTON (Reuters) -") and the country it names: the qualifier's
 * country when there is one (a US state abbreviation, a province, a country), else the place's.
 * Offsets {@code [begin, end)} cover the place and its qualifier in the article's text.
 */
record Dateline(int begin, int end, String code) {
  private static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}";
  private static final Pattern PATTERN =
      Pattern.compile(
          "(?<place>\\p{Lu}[\\p{L}\\p{M} .'’&-]*?)"
              + "(?:,\\s*(?<qualifier>\\p{Lu}[\\p{L}.' ]{0,30}?))?"
              + "(?:,\\s*(?<date>"
              + MONTH
              + "))?"
              + "\\s*(?<agency>\\([A-Za-z ]{2,20}\\))?"
              + "\\s*(?:--|-|–|—)\\s");

  /** The dateline of an article whose first line is its title, if the body opens with one. */
  static Optional<Dateline> find(String text, CountryGazetteer gazetteer) {
    int body = TitleLine.end(text);
    while (body < text.length() && Character.isWhitespace(text.charAt(body))) {
      body++;
    }
    Matcher m = PATTERN.matcher(text).region(body, Math.min(text.length(), body + 120));
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String place = m.group("place").strip();
    boolean shouting = place.equals(place.toUpperCase(java.util.Locale.ROOT));
    if (!shouting && m.group("date") == null && m.group("agency") == null) {
      return Optional.empty();
    }
    String qualifier = m.group("qualifier");
    Optional<String> placeCode = placeCode(place, gazetteer);
    Optional<String> code =
        qualifier == null
            ? Optional.empty()
            : qualifierCode(qualifier.strip(), placeCode, gazetteer);
    if (code.isEmpty()) {
      code = placeCode;
      qualifier = null;
    }
    int begin = m.start("place");
    int end =
        qualifier == null
            ? begin + place.length()
            : m.start("qualifier") + qualifier.strip().length();
    return code.map(c -> new Dateline(begin, end, c));
  }

  /**
   * The qualifier's country: an abbreviation's, a country name's, or a province's. A contested
   * qualifier ("TBILISI, Georgia" or "ATLANTA, Georgia") is settled by the place before it.
   */
  private static Optional<String> qualifierCode(
      String qualifier, Optional<String> placeCode, CountryGazetteer gazetteer) {
    Optional<String> abbreviation = gazetteer.abbreviation(qualifier);
    if (abbreviation.isPresent()) {
      return abbreviation;
    }
    Optional<String> province =
        CountryGazetteer.dominant(gazetteer.places(qualifier), p -> !p.city()).map(Place::code);
    Optional<CountryTerm> term = gazetteer.term(qualifier);
    if (term.isPresent() && term.get().kind() == CountryTerm.Kind.CONTESTED) {
      String country = term.get().code();
      return placeCode.filter(c -> c.equals(country) || province.equals(Optional.of(c)));
    }
    Optional<String> country = gazetteer.country(qualifier);
    return country.isPresent() ? country : province;
  }

  private static Optional<String> placeCode(String place, CountryGazetteer gazetteer) {
    Optional<CountryTerm> term = gazetteer.term(place);
    if (term.isPresent()) {
      CountryTerm.Kind kind = term.get().kind();
      boolean names =
          kind == CountryTerm.Kind.NAME
              || kind == CountryTerm.Kind.HISTORICAL
              || kind == CountryTerm.Kind.SEAT;
      return names ? Optional.of(term.get().code()) : Optional.empty();
    }
    return CountryGazetteer.dominant(gazetteer.places(place), p -> true).map(Place::code);
  }
}
