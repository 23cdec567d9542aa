package org.newsbeam.countries;

/**
 * How a mention was mapped to its country; {@link #label()} is the value stored in {@code
 * EntityMention.countryBy}.
 */
public enum MappedBy {
  /** The country's name or one of its alternatives, historical names included ("Burma"). */
  NAME,
  /** A demonym or adjective ("Russian", "Americans"). */
  DEMONYM,
  /**
   * A capital or seat of government standing for the government ("Moscow proposed", "the Kremlin").
   */
  CAPITAL,
  /** A city as a place ("arrived in Ankara"). */
  CITY,
  /** A first-level division: state, province, governorate. */
  PROVINCE,
  /** An institution of the country ("Russian Defense Ministry", "Syrian armed forces"). */
  ORGANIZATION,
  /** The place of an article's dateline ("MOSCOW, Oct 15 -"). */
  DATELINE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
