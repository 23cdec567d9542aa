package org.newsbeam.speakers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.newsbeam.RealModels;
import org.newsbeam.model.Quote;
import org.newsbeam.model.QuoteKind;

/**
 * The attribution shapes of news, each in a short article of our own, annotated by the real CoreNLP
 * models.
 */
public class NewsAttributorContractTest {
  private static List<Quote> quotes(String body) {
    return new NewsAttributor().attribute(RealModels.annotate("t", "A headline\n\n" + body));
  }

  private static Quote only(String body) {
    List<Quote> quotes = quotes(body);
    assertEquals(quotes.toString(), 1, quotes.size());
    return quotes.get(0);
  }

  private static void assertSpeaker(String expected, Quote quote) {
    assertEquals(quote.text, expected, quote.speakerName);
  }

  @Test
  public void saidThenNameAfterTheQuote() {
    assertSpeaker(
        "Maria Lopez",
        only("\u201CWe will rebuild the bridge,\u201D said Maria Lopez, the city engineer."));
  }

  @Test
  public void nameThenSaidAfterTheQuote() {
    assertSpeaker("Tom Baker", only("\u201CPrices will fall next year,\u201D Tom Baker said."));
  }

  @Test
  public void nameSaidColonBeforeTheQuote() {
    Quote quote = only("Anna Berg said: \u201CThe vote was fair and the count was clean.\u201D");
    assertSpeaker("Anna Berg", quote);
    assertEquals(QuoteKind.DIRECT.label(), quote.kind);
  }

  @Test
  public void anAppositiveBetweenNameAndVerb() {
    Quote quote =
        only(
            "Olaf Nilsson, the Swedish trade minister, said the deal was \u201Ca good start for"
                + " both sides.\u201D");
    assertSpeaker("Olaf Nilsson", quote);
    assertEquals(QuoteKind.PARTIAL.label(), quote.kind);
    assertEquals("SE", quote.speakerCountry);
  }

  @Test
  public void accordingTo() {
    assertSpeaker(
        "Helen Park",
        only("The plant is \u201Cno longer profitable at all,\u201D according to Helen Park."));
  }

  @Test
  public void toldReporters() {
    assertSpeaker(
        "Sam Reyes",
        only("Governor Sam Reyes told reporters: \u201CWe need more buses now.\u201D"));
  }

  @Test
  public void aDescriptionWithAParticipleBeforeTheNameAfterSaid() {
    assertSpeaker(
        "Paula Grant",
        only(
            "\u201CThe plan will not survive the winter,\u201D said retired engineer Paula Grant."));
  }

  @Test
  public void reportingVerbsBeyondSaid() {
    assertSpeaker("Linda Cho", only("\u201CThe data is very clear,\u201D warned Linda Cho."));
    assertSpeaker("Grant", only("\u201CThat never happened at all,\u201D Mr Grant insisted."));
    assertSpeaker(
        "Ruth Adams",
        only("Ruth Adams denied the claim. \u201CI was never there,\u201D she wrote."));
  }

  @Test
  public void heAddedCarriesThePreviousSpeaker() {
    List<Quote> quotes =
        quotes(
            "\u201CTaxes will not rise this year,\u201D said Peter Hall. \u201CWe have a clear plan"
                + " for the budget,\u201D he added.");
    assertEquals(2, quotes.size());
    assertSpeaker("Peter Hall", quotes.get(0));
    assertSpeaker("Peter Hall", quotes.get(1));
    assertEquals("he", quotes.get(1).speakerMention);
  }

  @Test
  public void aPronounGoesToThePersonOfItsGender() {
    Quote quote =
        only(
            "Julia Stone spoke after Mark Webb at the rally on Sunday.\n\n\u201COur town deserves"
                + " much better than this,\u201D she said.");
    assertSpeaker("Julia Stone", quote);
  }

  @Test
  public void organizationsSpeak() {
    Quote quote = only("\u201CNo decision has been made yet,\u201D the White House said.");
    assertSpeaker("White House", quote);
    assertEquals("organization", quote.speakerType);
    assertEquals("US", quote.speakerCountry);
  }

  @Test
  public void unnamedSourcesStayUnnamed() {
    Quote quote =
        only(
            "Peter Hall left early. \u201CThe talks will resume next week,\u201D a senior European"
                + " diplomat said.");
    assertEquals("unnamed", quote.speakerType);
    assertEquals("senior European diplomat", quote.speakerName);
  }

  @Test
  public void aScareQuoteHasNoSpeaker() {
    Quote quote = only("Mayor Ann Lee opened a \u201Cgreen zone\u201D near the port on Monday.");
    assertEquals(QuoteKind.SCARE.label(), quote.kind);
    assertEquals("", quote.speakerName);
  }

  @Test
  public void oneNamePerPersonWithinTheArticle() {
    List<Quote> quotes =
        quotes(
            "Vladimir Putin arrived in Astana on Monday. \u201CWe want a lasting peace,\u201D Mr"
                + " Putin said.\n\nLater Putin said: \u201CThe talks went very well.\u201D");
    assertEquals(2, quotes.size());
    assertSpeaker("Vladimir Putin", quotes.get(0));
    assertSpeaker("Vladimir Putin", quotes.get(1));
  }

  @Test
  public void aSignatureAfterTheQuote() {
    assertSpeaker(
        "Rosa Diaz", only("\u201CI will vote for change this time.\u201D \u2015 Rosa Diaz"));
  }

  @Test
  public void aQuoteReopenedInTheNextParagraphIsOneQuote() {
    List<Quote> quotes =
        quotes(
            "Carl Jensen spoke first.\n\n\u201CThe river has risen every year since 1990.\n\n"
                + "\u201CWe cannot wait any longer,\u201D he said.");
    assertEquals(quotes.toString(), 1, quotes.size());
    assertSpeaker("Carl Jensen", quotes.get(0));
    assertTrue(quotes.get(0).text.contains("cannot wait"));
  }

  private static void assertCountry(String speaker, String country, String body) {
    Quote quote = only(body);
    assertSpeaker(speaker, quote);
    assertEquals(quote.text, country, quote.speakerCountry);
  }

  @Test
  public void aSpeakersCountryComesFromTheirTitleNotFromAPlaceOrAnEventNearby() {
    assertCountry(
        "Boris Orlov",
        "RU",
        "\u201CThe talks will go on,\u201D said Russian President Boris Orlov.");
    assertCountry(
        "Peter Hall",
        "",
        "Peter Hall, in Brussels for a summit, said: \u201CWe have a deal that works for"
            + " everyone.\u201D");
    assertCountry(
        "Ivan Petrov",
        "",
        "Newly crowned Australian Open champion Ivan Petrov said: \u201CI have given up on"
            + " winning on grass.\u201D");
    assertCountry(
        "Mark Fogel",
        "",
        "\u201CThe market will double by next year,\u201D said Houston analyst Mark Fogel.");
  }

  @Test
  public void aSpeakersGenderFromTheirFirstName() {
    assertEquals(
        "female",
        only("\u201CWe will rebuild the bridge,\u201D said Maria Lopez, the city engineer.")
            .speakerGender);
    assertEquals(
        "male", only("\u201CPrices will fall next year,\u201D Tom Baker said.").speakerGender);
  }

  @Test
  public void thePronounsAnArticleUsesForAPersonOverruleTheirFirstName() {
    // "Robin" is a name of both; "Kim" is listed female, but the article calls this Kim "he".
    List<Quote> quotes =
        quotes(
            "Kim Okafor runs the port authority. \u201CThe cranes are old,\u201D Kim Okafor"
                + " said.\n\n\u201CWe need new ones by spring,\u201D he said.");
    assertEquals(quotes.toString(), 2, quotes.size());
    for (Quote quote : quotes) {
      assertSpeaker("Kim Okafor", quote);
      assertEquals("male", quote.speakerGender);
      assertEquals("pronoun", quote.speakerGenderBy);
    }
  }

  @Test
  public void anHonorificTellsGenderWhereNoNameListDoes() {
    Quote quote = only("\u201CThe report is late,\u201D said Mrs Adeyemi.");
    assertEquals("female", quote.speakerGender);
    assertEquals("honorific", quote.speakerGenderBy);
    assertEquals("", only("\u201CThe report is late,\u201D said Zorbu Adeyemi.").speakerGender);
  }

  @Test
  public void anOrganizationHasNoGender() {
    Quote quote =
        only(
            "\u201CThe plant will close in May,\u201D the Ford Motor Company said in a statement.");
    assertEquals("", quote.speakerGender);
  }

  @Test
  public void anHonorificPicksThePersonOfASharedSurnameWhoseFirstNameFitsIt() {
    List<Quote> quotes =
        quotes(
            "Hillary Clinton and Bill Clinton arrived in Iowa on Monday. \u201CWe are ready,\u201D"
                + " Mrs. Clinton said.");
    assertEquals(quotes.toString(), 1, quotes.size());
    assertSpeaker("Hillary Clinton", quotes.get(0));
    assertEquals("female", quotes.get(0).speakerGender);
  }

  @Test
  public void anUnnamedSourceIsKnownByWhomTheySpeakFor() {
    Quote quote =
        only(
            "\u201CThe rules will not change this year,\u201D a spokesman for the Home Office"
                + " said.");
    assertSpeaker("Home Office spokesman", quote);
    assertEquals("unnamed", quote.speakerType);
  }

  @Test
  public void theCompanyIsTheOrganizationTheArticleLastNamed() {
    List<Quote> quotes =
        quotes(
            "General Motors cut its forecast on Tuesday. \u201CSales in Europe were weak,\u201D"
                + " the company said.");
    assertEquals(quotes.toString(), 1, quotes.size());
    assertSpeaker("General Motors", quotes.get(0));
    assertEquals("organization", quotes.get(0).speakerType);
  }

  @Test
  public void aTimeOrAnAmountIsNoSpeaker() {
    for (String body :
        List.of(
            "Voting ends soon. \u201CThe lines were very long this morning,\u201D Friday said.",
            "The poll closed. \u201CWe like the plan a great deal,\u201D 14 percent said.")) {
      for (Quote quote : quotes(body)) {
        assertTrue(quote.speakerName, !quote.speakerName.contains("Friday"));
        assertTrue(quote.speakerName, !quote.speakerName.contains("percent"));
      }
    }
  }

  @Test
  public void aLanguageOrAnOriginIsNoCountryOfTheSpeaker() {
    Quote quote =
        only(
            "Ana Ruiz, a Spanish-speaking lawyer, said the ruling was \u201Ca defeat for working"
                + " families.\u201D");
    assertSpeaker("Ana Ruiz", quote);
    assertEquals("", quote.speakerCountry);
  }

  @Test
  public void aTeamOfSeveralCountriesGivesItsCoachNone() {
    Quote quote =
        only(
            "British and Irish Lions coach Clive Woodward named his squad. \u201CIt is an open"
                + " book,\u201D said Woodward.");
    assertSpeaker("Clive Woodward", quote);
    assertEquals("", quote.speakerCountry);
  }

  @Test
  public void aKingKnownByOneNameIsNoOtherPersonOfThatFirstName() {
    List<Quote> quotes =
        quotes(
            "Michael Howard spoke in London on Monday. In Bucharest, ex-King Michael of Romania"
                + " said: \u201CThe country must look forward.\u201D");
    assertEquals(quotes.toString(), 1, quotes.size());
    assertTrue(quotes.get(0).speakerName, !quotes.get(0).speakerName.equals("Michael Howard"));
  }

  @Test
  public void aPlaceAfterOfOrFromSaysWhereTheSpeakerIsFromNotWhoSpeaks() {
    assertSpeaker(
        "Stacy Baker",
        only(
            "Stacy Baker of Columbia, South Carolina says she thinks Cruz will \u201Cblow away"
                + " expectations.\u201D"));
    assertSpeaker(
        "Harry Bond",
        only(
            "\u201CBoth candidates scare me,\u201D Harry Bond, 30, of Raleigh, N.C., who was"
                + " among those polled, said in a follow-up interview."));
  }

  @Test
  public void aCountryThatIsTheSpeakersSubjectIsNotTheirs() {
    Quote quote =
        only(
            "\u201CThe sanctions have not worked,\u201D said Victor Cha, a Korea scholar at a"
                + " Washington institute.");
    assertSpeaker("Victor Cha", quote);
    assertEquals("", quote.speakerCountry);
  }

  @Test
  public void whoIsToldIsNotWhoSpeaks() {
    assertSpeaker(
        "Howard",
        only(
            "The Tory leader spoke on Monday. Mr Howard told BBC News: \u201CI'm determined to"
                + " lower taxes.\u201D"));
  }

  /** The speaker of the last of {@code body}'s quotes. */
  private static String lastSpeaker(String body) {
    List<Quote> quotes = quotes(body);
    return quotes.get(quotes.size() - 1).speakerName;
  }

  @Test
  public void aPronounIsWhomTheSentenceBeforeReportsNotItsSubject() {
    assertEquals(
        "Tom Henson",
        lastSpeaker(
            "Paul Cruz won over the small crowds with long speeches, Tom Henson said.\n\n\u201CThe"
                + " crowds were sold,\u201D he said."));
  }

  @Test
  public void aPersonInAnOpeningPhraseIsNotTheSubject() {
    assertEquals(
        "Donald Trump",
        lastSpeaker(
            "During an interview with Sean Hannity that aired on Wednesday, Donald Trump"
                + " discussed the wall.\n\n\u201CIt will be very tall,\u201D he said."));
  }

  @Test
  public void whomAPronounTellsIsNotThePronoun() {
    assertEquals(
        "Donald Trump",
        lastSpeaker(
            "Sean Hannity asked Donald Trump about the wall.\n\n\u201CIt will be very"
                + " tall,\u201D he told Hannity."));
  }

  @Test
  public void aSharedSurnameIsThePersonWhoseGenderFitsThePronoun() {
    assertEquals(
        "Betsy Ebeling",
        lastSpeaker(
            "Betsy Ebeling and her husband Tom Ebeling live in Chicago.\n\nThe visit meant a lot"
                + " to Ebeling. \u201CIt was the best day of the year,\u201D she said."));
  }

  @Test
  public void saidAndANameAfterAClauseName() {
    assertSpeaker(
        "Alan Reed",
        only(
            "The promise to \u201Ctake the country back\u201D appeals to older voters, said Alan"
                + " Reed, a pollster at Emory University."));
    assertSpeaker(
        "Steve Huhn",
        only(
            "In an interview, Steve Huhn, a former sales chief, said Carla Fiorina \u201Cwas very"
                + " involved in all those talks.\u201D"));
  }

  @Test
  public void aQuoteSplitByItsReportingClauseIsOneSpeakers() {
    List<Quote> quotes =
        quotes(
            "\u201CThe risk,\u201D said Edward Lane, an economist at the university, \u201Cis that"
                + " the jobs will leave.\u201D");
    assertTrue(quotes.toString(), quotes.size() >= 1);
    for (Quote quote : quotes) {
      assertSpeaker("Edward Lane", quote);
    }
  }

  @Test
  public void aPlaceOrAnAppositionBetweenASubjectAndItsVerb() {
    assertSpeaker(
        "Paul Ryan",
        only(
            "House Speaker Paul Ryan of Wisconsin lamented the \u201Cdisheartened\u201D state of"
                + " the campaign."));
    assertSpeaker(
        "Mitch Harlow",
        only(
            "Senator Mitch Harlow, a Republican, delivered a blunt message: \u201CIt is time to"
                + " stop attacking people.\u201D"));
  }

  @Test
  public void aCueThatNamesNoOneLeavesTheQuoteToTheClausesSubject() {
    assertEquals(
        "Tom Reed",
        lastSpeaker(
            "Tom Reed ran the data team for the campaign.\n\nHe called it their \u201Ccrystal"
                + " ball\u201D and said it was often right."));
  }

  @Test
  public void whoReportsAClauseSpeaksForTheQuoteInIt() {
    assertSpeaker(
        "Catherine Frazier",
        only(
            "Campaign spokeswoman Catherine Frazier said Thursday that Marco Rubio's claim about"
                + " the bill is \u201Csimply not true.\u201D"));
    assertSpeaker(
        "Jane Doe",
        only("After Tom Smith said no, Jane Doe called the whole plan \u201Cabsurd.\u201D"));
  }

  @Test
  public void aParagraphOfANameAloneSignsTheQuoteAboveIt() {
    assertSpeaker(
        "Bernie Sanders",
        only(
            "Bernie Sanders spoke in Iowa.\n\n\u201CBig companies pay zero taxes.\u201D\n\n-"
                + " Bernie Sanders.\n\nThis is a complex issue."));
  }

  @Test
  public void furtherBackAPersonKnownToFitGoesBeforeOneOfUnknownGender() {
    assertEquals(
        "Hillary Clinton",
        lastSpeaker(
            "A steel plant in Ohio welcomed Hillary Clinton on Monday.\n\nThe visit came after a"
                + " long call with Kowalczyk.\n\n\u201CWe will bring these jobs back,\u201D she"
                + " said."));
  }

  @Test
  public void aDocumentSpeaksAsADocument() {
    Quote report = only("\u201CUnemployment will fall next year,\u201D the report said.");
    assertEquals("document", report.speakerType);
    Quote emails =
        only(
            "The server was \u201Cnot secure at any time,\u201D according to emails released by"
                + " WikiLeaks.");
    assertEquals("document", emails.speakerType);
    Quote official = only("\u201CThe talks are over,\u201D a US defense official said on Monday.");
    assertEquals("unnamed", official.speakerType);
  }

  /** The speakers of {@code body}'s quotes, in order. */
  private static List<String> speakers(String body) {
    return quotes(body).stream().map(q -> q.speakerName).toList();
  }

  @Test
  public void aRoundUpOfReactionsNamesEachSpeakerAboveOrBesideTheirWords() {
    List<String> expected = List.of("Maria Gomez", "Tom Reed");
    assertEquals(
        "a label paragraph above each quote",
        expected,
        speakers(
            "Leaders reacted to the ruling on Friday.\n\nMaria Gomez, Center for Budget"
                + " Studies:\n\n\u201CThis ruling will hurt working families for years.\u201D\n\n"
                + "Tom Reed, Heritage Council:\n\n\u201CThe court got it right, and we welcome"
                + " it.\u201D"));
    assertEquals(
        "bulleted",
        expected,
        speakers(
            "Reactions:\n\n\u2022 Maria Gomez, mayor of Springfield: \u201CWe will rebuild every"
                + " house.\u201D\n\n\u2022 Tom Reed, a local pastor: \u201CThe town has never been so"
                + " united.\u201D"));
    assertEquals(
        "signed below",
        expected,
        speakers(
            "\u201CThis ruling will hurt working families for years.\u201D\n\n\u2014 Maria Gomez,"
                + " Center for Budget Studies\n\n\u201CThe court got it right, and we welcome"
                + " it.\u201D\n\n\u2014 Tom Reed, Heritage Council"));
  }

  @Test
  public void aTranscriptsTurnsAreTheirSpeakers() {
    assertEquals(
        List.of("Jake Dunn", "Ann Miller"),
        speakers(
            "Senator Ann Miller spoke with host Jake Dunn on Sunday.\n\nDUNN: Will you vote for"
                + " the bill?\n\nMILLER: I will not vote for a bill that raises taxes on"
                + " families."));
    assertEquals(
        List.of("Jake Dunn", "Ann Miller"),
        speakers(
            "Senator Ann Miller spoke on Sunday.\n\nJAKE DUNN: Will you vote for the bill?\n\n"
                + "ANN MILLER: I will not vote for a bill that raises taxes on families."));
    assertEquals(
        "the answer is the interviewee's; the question is no quote",
        List.of("Ann Miller: I have not decided yet, but I am leaning toward yes."),
        quotes(
                "Ann Miller answered our questions.\n\nQ: Will you run again?\n\nA: I have not"
                    + " decided yet, but I am leaning toward yes.")
            .stream()
            .map(q -> q.speakerName + ": " + q.text)
            .toList());
  }
}
