package org.newsbeam.text;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class TitleLineTest {
  @Test
  public void theTitleIsTheFirstNonBlankLine() {
    String[][] cases = {
      {"Headline\n\nBody.", "Headline"},
      {"\n  \n  Headline  \r\nBody.", "Headline"},
      {"Only a title", "Only a title"},
      {"\n\n", ""},
    };
    for (String[] c : cases) {
      assertEquals(c[0], c[1], TitleLine.of(c[0]));
    }
  }

  @Test
  public void theTitleEndsBeforeItsLineBreak() {
    assertEquals(8, TitleLine.end("Headline\n\nBody."));
    assertEquals(11, TitleLine.end("\n  Headline\r\nBody."));
  }
}
