package org.newsbeam.countries;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import java.util.function.Function;
import org.junit.Test;

public class CountryGazetteerTest {
  private final CountryGazetteer gazetteer = CountryGazetteer.get();

  /** Each row: surface, expected code ("" for none). */
  private static void table(Function<String, Optional<String>> lookup, String[][] rows) {
    for (String[] row : rows) {
      assertEquals(row[0], row[1], lookup.apply(row[0]).orElse(""));
    }
  }

  @Test
  public void loadsOncePerJvm() {
    assertSame(gazetteer, CountryGazetteer.get());
  }

  @Test
  public void namesEveryIsoCode() {
    assertEquals(Optional.of("Russia"), gazetteer.name("RU"));
    assertEquals(Optional.of("Germany"), gazetteer.name("DE"));
    assertEquals(Optional.empty(), gazetteer.name("ZZ"));
    assertTrue(gazetteer.codes().size() >= 249);
  }

  @Test
  public void findsNamesWhateverTheirPunctuationAndCase() {
    table(
        gazetteer::country,
        new String[][] {
          {"US", "US"},
          {"U.S.", "US"},
          {"USA", "US"},
          {"U.S.A.", "US"},
          {"America", "US"},
          {"Britain", "GB"},
          {"UK", "GB"},
          {"U.K.", "GB"},
          {"Ivory Coast", "CI"},
          {"Côte d’Ivoire", "CI"},
          {"the Netherlands", "NL"},
          {"Russia's", "RU"},
          {"Türkiye", "TR"},
          {"Turkey", "TR"},
          {"DR Congo", "CD"},
          {"Congo", ""},
          {"Atlantis", ""}
        });
  }

  @Test
  public void findsDemonymsAndTheirPlurals() {
    table(
        gazetteer::demonym,
        new String[][] {
          {"Russian", "RU"}, {"Syrian", "SY"}, {"Israeli", "IL"}, {"Israelis", "IL"},
          {"Turkish", "TR"}, {"Turks", "TR"}, {"Americans", "US"}, {"Frenchmen", "FR"},
          {"Swiss", "CH"}, {"Welsh", "GB"}, {"Dominican", ""}
        });
  }

  @Test
  public void findsSeatsOfGovernment() {
    table(
        gazetteer::seat,
        new String[][] {
          {"the Kremlin", "RU"},
          {"Kremlin", "RU"},
          {"White House", "US"},
          {"Pentagon", "US"},
          {"Downing Street", "GB"},
          {"Washington", "US"},
          {"Moscow", ""}
        });
  }

  @Test
  public void mapsHistoricalNamesAndBlocksFormerStates() {
    table(
        gazetteer::country,
        new String[][] {
          {"Burma", "MM"}, {"Zaire", "CD"}, {"Ceylon", "LK"}, {"West Germany", "DE"},
          {"East Germany", "DE"}, {"Soviet Union", ""}, {"USSR", ""}, {"Yugoslavia", ""}
        });
    assertFalse(gazetteer.term("Soviet Union").orElseThrow().namesCountry());
    assertFalse(gazetteer.term("Czechoslovakia").orElseThrow().namesCountry());
  }

  @Test
  public void findsCitiesAboveThePopulationThreshold() {
    table(
        s -> gazetteer.city(s).map(Place::code),
        new String[][] {
          {"Moscow", "RU"},
          {"Paris", "FR"},
          {"Aleppo", "SY"},
          {"Cholet", "FR"},
          {"Kiev", "UA"},
          {"Idleb", "SY"},
          {"Peking", "CN"},
          {"Montélimar", ""},
          {"Cambridge", ""}
        });
    assertTrue(gazetteer.city("Moscow").orElseThrow().capital());
    assertTrue(gazetteer.city("Nice").orElseThrow().commonWord());
  }

  @Test
  public void findsProvincesAndPrefersTheFarBiggerOne() {
    table(
        s -> gazetteer.province(s).map(Place::code),
        new String[][] {
          {"Ontario", "CA"},
          {"Texas", "US"},
          {"Florida", "US"},
          {"Hama", "SY"},
          {"Scotland", "GB"},
          {"Gaza", "PS"},
          {"Deir Ezzor", "SY"},
          {"Deir ez-Zor", "SY"}
        });
  }

  @Test
  public void readsDatelineAbbreviations() {
    table(
        gazetteer::abbreviation,
        new String[][] {
          {"N.Y.", "US"}, {"Calif.", "US"}, {"D.C.", "US"}, {"Ont.", "CA"}, {"Moscow", ""}
        });
  }

  @Test
  public void normalizesSurfacesToOneKey() {
    assertEquals("us", SurfaceKey.of("U.S."));
    assertEquals("kremlin", SurfaceKey.of("the Kremlin"));
    assertEquals("russia", SurfaceKey.of("Russia’s"));
    assertEquals("americans", SurfaceKey.of("Americans'"));
    assertEquals("saint louis", SurfaceKey.of("St. Louis"));
    assertEquals("saint john", SurfaceKey.of("St John's"));
    assertEquals("mount saint helens", SurfaceKey.of("Mount St Helens"));
    assertEquals("saint", SurfaceKey.of("St"));
    assertEquals("first minister stan", SurfaceKey.of("First Minister Stan"));
    assertEquals("cote d'ivoire", SurfaceKey.of("Côte d’Ivoire"));
    assertEquals("guinea bissau", SurfaceKey.of("Guinea-Bissau"));
    // Plain words take a shorter path: the same keys.
    assertEquals("hague", SurfaceKey.of("The Hague"));
    assertEquals("saint kitts and nevis", SurfaceKey.of("St Kitts and Nevis"));
    assertEquals("east timor", SurfaceKey.of("East Timor"));
    assertEquals("the", SurfaceKey.of("The"));
    assertEquals("g7", SurfaceKey.of("G7"));
    assertEquals("new york", SurfaceKey.of("New  York"));
    assertEquals("cote d'ivoire", SurfaceKey.of("Côte d’Ivoire"));
    assertTrue(SurfaceKey.isAcronym("U.S."));
    assertFalse(SurfaceKey.isAcronym("Us"));
  }
}
