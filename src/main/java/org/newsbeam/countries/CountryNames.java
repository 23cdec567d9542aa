package org.newsbeam.countries;

import java.util.Locale;

/** English names of ISO 3166-1 alpha-2 codes, from the JDK's CLDR locale data. */
public final class CountryNames {
  private CountryNames() {}

  public static String name(String isoCode) {
    if (isoCode.isEmpty()) {
      return "";
    }
    return new Locale.Builder().setRegion(isoCode).build().getDisplayCountry(Locale.ENGLISH);
  }
}
