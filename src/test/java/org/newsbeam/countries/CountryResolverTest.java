package org.newsbeam.countries;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.EntityMention;

/**
 * Each table row is an article written for the test, the NER mentions CoreNLP would give it, and
 * every country mention expected back as "text=CODE/how" — no more, no fewer.
 */
public class CountryResolverTest {
  private final CountryResolver resolver = new CountryResolver();

  private record Case(ArticleFixture article, String... expected) {}

  private static Case row(ArticleFixture article, String... expected) {
    return new Case(article, expected);
  }

  private void check(Case... rows) {
    for (Case c : rows) {
      AnnotatedArticle article = c.article().build();
      assertEquals(
          article.article.text, new TreeSet<>(Arrays.asList(c.expected())), countries(article));
    }
  }

  private Set<String> countries(AnnotatedArticle article) {
    Set<String> result = new TreeSet<>();
    for (EntityMention m : resolver.resolve(article)) {
      if (!m.country.isEmpty()) {
        result.add(m.text + "=" + m.country + "/" + m.countryBy);
      }
    }
    return result;
  }

  @Test
  public void mapsCountryNamesAndTheirAlternatives() {
    check(
        row(
            ArticleFixture.body("Trade between the U.S. and the UK grew."),
            "U.S.=US/name",
            "UK=GB/name"),
        row(
            ArticleFixture.body("Both America and Britain voted no."),
            "America=US/name",
            "Britain=GB/name"),
        row(ArticleFixture.body("Cocoa from Ivory Coast got dearer."), "Ivory Coast=CI/name"),
        row(ArticleFixture.body("The USA team won in Holland."), "USA=US/name", "Holland=NL/name"),
        row(
            ArticleFixture.body("He flew to the United States.").ner("United States", "COUNTRY"),
            "United States=US/name"));
  }

  @Test
  public void aRegionWhoseNameEndsInACountrysNameIsTheRegion() {
    check(
        row(
            ArticleFixture.body("A Northern Ireland man won the title.")
                .ner("Northern", "LOCATION")
                .ner("Ireland", "COUNTRY"),
            "Ireland=GB/province"),
        row(
            ArticleFixture.body("He flew to Ireland on Monday.").ner("Ireland", "COUNTRY"),
            "Ireland=IE/name"));
  }

  @Test
  public void neverReadsTheWordUsAsTheCountry() {
    check(
        row(ArticleFixture.body("Let us know, they told us."), new String[0]),
        row(ArticleFixture.body("Us against them, he wrote."), new String[0]));
  }

  @Test
  public void mapsDemonymsToTheirCountry() {
    check(
        row(
            ArticleFixture.body("Russian, Syrian and Israeli writers met Turkish students."),
            "Russian=RU/demonym",
            "Syrian=SY/demonym",
            "Israeli=IL/demonym",
            "Turkish=TR/demonym"),
        row(
            ArticleFixture.body("Many Americans and Israelis marched.").ner("Americans", "MISC"),
            "Americans=US/demonym",
            "Israelis=IL/demonym"),
        row(
            ArticleFixture.body("Two Turks and a Briton were hurt."),
            "Turks=TR/demonym",
            "Briton=GB/demonym"),
        row(ArticleFixture.body("Three Frenchmen climbed it."), "Frenchmen=FR/demonym"));
  }

  @Test
  public void splitsANationalitySpanIntoItsCountries() {
    AnnotatedArticle article =
        ArticleFixture.body("A Russian American chemist won.")
            .ner("Russian American", "NATIONALITY")
            .build();
    assertEquals(Set.of("Russian=RU/demonym", "American=US/demonym"), countries(article));
    for (EntityMention m : resolver.resolve(article)) {
      if (m.type.equals(CountryResolver.GAZETTEER)) {
        assertEquals(m.text, article.article.text.substring(m.begin, m.end));
      }
    }
  }

  @Test
  public void mapsCapitalsAndSeatsOfGovernmentUsedForTheGovernment() {
    check(
        row(
            ArticleFixture.body("Washington refused and Moscow proposed new talks.")
                .ner("Washington", "STATE_OR_PROVINCE")
                .ner("Moscow", "CITY"),
            "Washington=US/capital",
            "Moscow=RU/capital"),
        row(
            ArticleFixture.body(
                    "The Kremlin and the White House traded barbs while the Pentagon kept quiet.")
                .ner("Kremlin", "ORGANIZATION")
                .ner("White House", "ORGANIZATION"),
            "Kremlin=RU/capital",
            "White House=US/capital",
            "Pentagon=US/capital"),
        row(
            ArticleFixture.body("A spokesman for Downing Street declined to comment."),
            "Downing Street=GB/capital"));
  }

  @Test
  public void mapsACapitalAfterALocativeWordAsACity() {
    check(
        row(
            ArticleFixture.body("The envoy arrived in Ankara on Monday.").ner("Ankara", "CITY"),
            "Ankara=TR/city"),
        row(
            ArticleFixture.body("Delegates gathered in Astana.").ner("Astana", "CITY"),
            "Astana=KZ/province"));
  }

  @Test
  public void countsCitiesAboveThePopulationThresholdOnly() {
    check(
        row(
            ArticleFixture.body("The factory is in Cholet.").ner("Cholet", "CITY"),
            "Cholet=FR/city"),
        row(
            ArticleFixture.body("The factory is in Montélimar.").ner("Montélimar", "CITY"),
            new String[0]),
        row(ArticleFixture.body("The factory is near Aleppo."), "Aleppo=SY/city"));
  }

  @Test
  public void givesASharedCityNameToTheFarBiggerCityOrToNone() {
    check(
        row(ArticleFixture.body("She studied in Paris.").ner("Paris", "CITY"), "Paris=FR/city"),
        row(
            ArticleFixture.body("She studied in Cambridge.").ner("Cambridge", "CITY"),
            new String[0]));
  }

  @Test
  public void countsUntaggedCitiesOnlyWhereTheContextMakesThemPlaces() {
    check(
        row(ArticleFixture.body("Nice work, said the coach."), new String[0]),
        row(ArticleFixture.body("Reading the file took hours."), new String[0]),
        row(ArticleFixture.body("The mobile network failed in Mobile Bay."), new String[0]),
        row(ArticleFixture.body("He said Aleppo mattered."), new String[0]),
        row(ArticleFixture.body("Talks were held in Nice."), new String[0]),
        row(ArticleFixture.body("Talks were held in Nice.").ner("Nice", "CITY"), "Nice=FR/city"),
        row(ArticleFixture.body("Buffalo wings sold out."), new String[0]),
        row(ArticleFixture.body("Ships left the Gulf.").ner("Gulf", "LOCATION"), new String[0]));
  }

  @Test
  public void mapsProvincesAndListsOfThem() {
    check(
        row(
            ArticleFixture.body("Strikes hit the provinces of Damascus, Idleb, Hama and Aleppo.")
                .ner("Damascus", "CITY"),
            "Damascus=SY/city",
            "Idleb=SY/city",
            "Hama=SY/province",
            "Aleppo=SY/city"),
        row(
            ArticleFixture.body("Floods hit Ontario and Texas.")
                .ner("Ontario", "STATE_OR_PROVINCE")
                .ner("Texas", "STATE_OR_PROVINCE"),
            "Ontario=CA/province",
            "Texas=US/province"));
  }

  @Test
  public void mapsOrganizationsNamedAfterTheirCountry() {
    check(
        row(
            ArticleFixture.body("The Russian Defense Ministry denied it.")
                .ner("Russian Defense Ministry", "ORGANIZATION"),
            "Russian Defense Ministry=RU/organization"),
        row(
            ArticleFixture.body("The US State Department objected.")
                .ner("US State Department", "ORGANIZATION"),
            "US State Department=US/organization"),
        row(
            ArticleFixture.body("Syrian armed forces advanced.").ner("Syrian", "NATIONALITY"),
            "Syrian=SY/organization"),
        row(
            ArticleFixture.body("A US defense official spoke.").ner("US", "COUNTRY"),
            "US=US/organization"),
        row(
            ArticleFixture.body("The Russian Air Force struck twice.")
                .ner("Russian", "NATIONALITY")
                .ner("Air Force", "ORGANIZATION"),
            "Russian=RU/organization"),
        row(
            ArticleFixture.body("Islamic State fighters fled.")
                .ner("Islamic State", "ORGANIZATION"),
            new String[0]),
        row(
            ArticleFixture.body("The Organization of American States met.")
                .ner("Organization of American States", "ORGANIZATION"),
            new String[0]));
  }

  @Test
  public void decidesGeorgiaFromTheRestOfTheArticle() {
    check(
        row(
            ArticleFixture.body("Crowds filled Tbilisi.", "Georgia rejected the demand.")
                .ner("Tbilisi", "CITY")
                .ner("Georgia", "STATE_OR_PROVINCE"),
            "Tbilisi=GE/capital",
            "Georgia=GE/name"),
        row(
            ArticleFixture.body("Voters queued in Atlanta.", "Georgia counts ballots by hand.")
                .ner("Atlanta", "CITY")
                .ner("Georgia", "STATE_OR_PROVINCE"),
            "Atlanta=US/city",
            "Georgia=US/province"),
        row(
            ArticleFixture.body("The firm moved to Marietta, Georgia last year.")
                .ner("Marietta", "CITY")
                .ner("Georgia", "STATE_OR_PROVINCE"),
            "Marietta=US/city",
            "Georgia=US/province"),
        row(
            ArticleFixture.body("Georgia wants a deal.").ner("Georgia", "STATE_OR_PROVINCE"),
            new String[0]));
  }

  @Test
  public void decidesJordanAndChadBetweenCountryAndPerson() {
    check(
        row(
            ArticleFixture.body("Michael Jordan scored 30 points.", "Jordan then rested.")
                .ner("Michael Jordan", "PERSON")
                .ner("Jordan", "COUNTRY"),
            new String[0]),
        row(
            ArticleFixture.body("The king flew back to Jordan.").ner("Jordan", "COUNTRY"),
            "Jordan=JO/name"),
        row(
            ArticleFixture.body("Chad Smith joined the board.").ner("Chad Smith", "PERSON"),
            new String[0]),
        row(ArticleFixture.body("Refugees crossed into Chad."), "Chad=TD/name"));
  }

  @Test
  public void readsTurkeyAsTheCountryOnlyWhenWrittenAsAName() {
    check(
        row(ArticleFixture.body("Turkey prices rose before the holiday."), new String[0]),
        row(ArticleFixture.body("The turkey was dry."), new String[0]),
        row(
            ArticleFixture.body("Turkey closed its border.").ner("Turkey", "COUNTRY"),
            "Turkey=TR/name"),
        row(ArticleFixture.body("Exports to Turkey fell."), "Turkey=TR/name"));
  }

  @Test
  public void decidesWashingtonBetweenTheGovernmentAndTheState() {
    check(
        row(
            ArticleFixture.body("Washington state passed a law.")
                .ner("Washington", "STATE_OR_PROVINCE"),
            "Washington=US/province"),
        row(
            ArticleFixture.body("She lives in Seattle, Washington now.")
                .ner("Seattle", "CITY")
                .ner("Washington", "STATE_OR_PROVINCE"),
            "Seattle=US/city",
            "Washington=US/province"),
        row(
            ArticleFixture.body("George Washington crossed the river.", "Washington later rested.")
                .ner("George Washington", "PERSON")
                .ner("Washington", "STATE_OR_PROVINCE"),
            new String[0]),
        row(
            ArticleFixture.body(
                    "George Washington was the first U.S. president.",
                    "Washington now hosts the talks.")
                .ner("George Washington", "PERSON")
                .ner("U.S.", "COUNTRY")
                .ner("Washington", "STATE_OR_PROVINCE"),
            "U.S.=US/name",
            "Washington=US/capital"));
  }

  @Test
  public void countsTheDatelineAsAMentionOfItsCountry() {
    check(
        row(
            ArticleFixture.body("MOSCOW, Oct 15 - The ministry issued a statement."),
            "MOSCOW=RU/dateline"),
        row(
            ArticleFixture.body("NEW YORK, Feb 26 - Shares closed higher."),
            "NEW YORK=US/dateline"),
        row(
            ArticleFixture.body("ROCHESTER, N.Y., Feb 26 - The board met."),
            "ROCHESTER, N.Y.=US/dateline"),
        row(
            ArticleFixture.body("EL MONTE, Calif., March 18 - Profit rose."),
            "EL MONTE, Calif.=US/dateline"),
        row(
            ArticleFixture.body("LONDON, Ontario, March 3 - Sales fell."),
            "LONDON, Ontario=CA/dateline"),
        row(ArticleFixture.body("LONDON, March 3 - Sales fell."), "LONDON=GB/dateline"),
        row(
            ArticleFixture.body("WASHINGTON (Reuters) - The vote failed."),
            "WASHINGTON=US/dateline"),
        row(
            ArticleFixture.body("TBILISI, Georgia, May 2 - Talks ended."),
            "TBILISI, Georgia=GE/dateline"),
        row(
            ArticleFixture.body("ATLANTA, Georgia, May 2 - Talks ended."),
            "ATLANTA, Georgia=US/dateline"),
        row(ArticleFixture.body("The report said - again - nothing new."), new String[0]));
  }

  @Test
  public void givesTheDatelineMentionItsTokensAndSentence() {
    AnnotatedArticle article =
        ArticleFixture.body("ROCHESTER, N.Y., Feb 26 - The board met.")
            .ner("ROCHESTER", "CITY")
            .build();
    List<EntityMention> mentions = resolver.resolve(article);
    EntityMention dateline =
        mentions.stream()
            .filter(m -> m.type.equals(CountryResolver.DATELINE))
            .findFirst()
            .orElseThrow();
    assertEquals(1, dateline.sentenceIndex);
    assertEquals(0, dateline.firstToken);
    assertEquals(3, dateline.endToken);
    assertEquals("ROCHESTER, N.Y.", article.article.text.substring(dateline.begin, dateline.end));
    EntityMention city =
        mentions.stream().filter(m -> m.type.equals("CITY")).findFirst().orElseThrow();
    assertEquals("a place inside the dateline counts once, through the dateline", "", city.country);
  }

  @Test
  public void mapsHistoricalNamesWithACurrentCode() {
    check(
        row(
            ArticleFixture.body("Exports from Burma, Zaire and Ceylon fell."),
            "Burma=MM/name",
            "Zaire=CD/name",
            "Ceylon=LK/name"),
        row(
            ArticleFixture.body("West Germany and East German firms agreed."),
            "West Germany=DE/name",
            "East German=DE/name"));
  }

  @Test
  public void givesFormerStatesWithoutACodeNoCountry() {
    check(
        row(
            ArticleFixture.body("The Soviet Union and Yugoslavia signed it.")
                .ner("Soviet Union", "COUNTRY"),
            new String[0]),
        row(ArticleFixture.body("Soviet tanks rolled in; the USSR denied it."), new String[0]),
        row(ArticleFixture.body("Latin American banks lent more."), new String[0]));
  }

  @Test
  public void readsPossessivesAndHyphenatedCompounds() {
    check(
        row(ArticleFixture.body("He praised Russia's economy."), "Russia=RU/name"),
        row(ArticleFixture.body("The US-led coalition grew."), "US=US/name"),
        row(ArticleFixture.body("The Turkish-backed rebels held out."), "Turkish=TR/demonym"));
  }

  @Test
  public void ignoresCommonWordsInHeadlinesInCapitals() {
    check(row(ArticleFixture.article("TURKEY SAYS NICE TALKS IN SPLIT", "Nothing else.")));
  }

  @Test
  public void returnsOtherMentionsUnchangedAndSorted() {
    AnnotatedArticle article =
        ArticleFixture.body("On Monday Anna Berg met Syrian officials in Aleppo.")
            .ner("Monday", "DATE")
            .ner("Anna Berg", "PERSON")
            .ner("Syrian", "NATIONALITY")
            .ner("Aleppo", "CITY")
            .build();
    List<EntityMention> mentions = resolver.resolve(article);
    assertEquals(4, mentions.size());
    assertEquals(article.mentions.get(0), mentions.get(0));
    assertEquals(article.mentions.get(1), mentions.get(1));
    assertEquals("organization", mentions.get(2).countryBy);
    assertEquals("SY", mentions.get(3).country);
    for (int i = 1; i < mentions.size(); i++) {
      assertTrue(mentions.get(i - 1).begin <= mentions.get(i).begin);
    }
  }

  @Test
  public void givesNewMentionsTheirTokensAndOffsets() {
    AnnotatedArticle article = ArticleFixture.body("Officials in the U.S. met.").build();
    EntityMention us = resolver.resolve(article).get(0);
    assertEquals(CountryResolver.GAZETTEER, us.type);
    assertEquals(1, us.sentenceIndex);
    assertEquals(3, us.firstToken);
    assertEquals(4, us.endToken);
    assertEquals("U.S.", article.article.text.substring(us.begin, us.end));
  }
}
