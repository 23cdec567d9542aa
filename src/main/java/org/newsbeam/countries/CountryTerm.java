package org.newsbeam.countries;

/**
 * What a surface means at the country level: a name, demonym, historical name or seat of government
 * of one country; a phrase naming no country ({@link Kind#NONE}: "Soviet Union", "Latin America",
 * or a name two countries share, like "Congo"); or a country name that is also a place elsewhere
 * ({@link Kind#CONTESTED}: "Georgia").
 */
public record CountryTerm(String code, Kind kind, boolean commonWord, boolean acronym) {
  /** Kinds in order of preference when one surface has several with the same code. */
  public enum Kind {
    NAME,
    HISTORICAL,
    DEMONYM,
    SEAT,
    CONTESTED,
    NONE
  }

  static CountryTerm none() {
    return new CountryTerm("", Kind.NONE, false, false);
  }

  public boolean namesCountry() {
    return kind != Kind.NONE;
  }
}
