package org.newsbeam.speakers;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class QuoteFinderTest {
  private static List<String> quotes(String text) {
    List<String> found = new ArrayList<>();
    for (QuoteFinder.Span span : QuoteFinder.find(text)) {
      found.add(text.substring(span.begin(), span.end()));
    }
    return found;
  }

  @Test
  public void findsCurlyAndStraightQuotes() {
    assertEquals(
        List.of("\u201CWe will win,\u201D", "\"Not today.\""),
        quotes("\u201CWe will win,\u201D she said. He replied: \"Not today.\""));
  }

  @Test
  public void aQuoteOpenAtAParagraphEndContinuesWhenTheNextParagraphReopensIt() {
    String text = "\u201CThe first part.\n\n\u201CThe second part,\u201D she said.";
    assertEquals(List.of(text.substring(0, text.indexOf(" she"))), quotes(text));
  }

  @Test
  public void aQuoteLeftOpenWithoutContinuationEndsWithItsParagraph() {
    String text = "\u201CThe mayor never finished\n\nThe council met later.";
    assertEquals(List.of("\u201CThe mayor never finished"), quotes(text));
  }

  @Test
  public void anOpeningMarkWithNoCloserLeftIsAMisplacedCloser() {
    String text = "\u201CThere is nothing to talk about \u201Cwith them, said the minister.";
    assertEquals(List.of("\u201CThere is nothing to talk about \u201C"), quotes(text));
  }

  @Test
  public void nestedQuotesBelongToTheOuterQuote() {
    String text = "\u201CThey shouted \u201Cno\u201D at us,\u201D he said.";
    assertEquals(List.of("\u201CThey shouted \u201Cno\u201D at us,\u201D"), quotes(text));
  }

  @Test
  public void aStrayClosingMarkIsIgnored() {
    assertEquals(List.of(), quotes("The player is 6\u201D taller than his rival."));
  }

  @Test
  public void guillemetsAreQuotes() {
    assertEquals(List.of("\u00ABNon\u00BB"), quotes("Il a dit \u00ABNon\u00BB hier."));
  }

  @Test
  public void theTurnsOfATranscriptWithoutQuotationMarksAreQuotes() {
    assertEquals(
        List.of("I will not vote for it.", "Then it fails."),
        quotes(
                "Host Jake Dunn spoke to Ann Miller.\n\nDUNN: Will it pass?\n\nMILLER: I will not"
                    + " vote for it.\n\nQ: And then?\n\nA: Then it fails.")
            .subList(1, 3));
  }

  @Test
  public void aLoneDatelineOrHeadingsAreNoTranscript() {
    assertEquals(List.of(), quotes("LONDON: The prime minister spoke on Monday."));
    assertEquals(
        List.of(),
        quotes("UPDATE: The vote was moved.\n\nRELATED: Who votes today.\n\nThe vote went on."));
  }
}
