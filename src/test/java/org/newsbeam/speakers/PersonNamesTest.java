package org.newsbeam.speakers;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class PersonNamesTest {
  @Test
  public void honorificsTitlesAndPossessivesAreNotPartOfTheName() {
    String[][] cases = {
      {"Mr Putin", "Putin"},
      {"Mr. Putin", "Putin"},
      {"President Barack Obama", "Barack Obama"},
      {"Sen. Bernie Sanders's", "Bernie Sanders"},
      {"Prime Minister Dmitry Medvedev", "Dmitry Medvedev"},
      {"Angela Merkel\u2019s", "Angela Merkel"},
      {"Vladimir Putin", "Vladimir Putin"},
      {"JAKE TAPPER", "Jake Tapper"},
      {"BETO O'ROURKE-SMITH III", "Beto O'Rourke-Smith III"},
    };
    for (String[] c : cases) {
      assertEquals(c[0], c[1], PersonNames.clean(c[0]));
    }
  }

  @Test
  public void theSurnameIsTheLastWordThatIsNotASuffix() {
    assertEquals("Putin", PersonNames.surname("Vladimir Putin"));
    assertEquals("King", PersonNames.surname("Martin Luther King Jr."));
    assertEquals("Obama", PersonNames.surname("Obama"));
  }

  @Test
  public void genderComesFromHonorificsOrFirstNames() {
    assertEquals(PersonNames.Gender.MALE, PersonNames.gender("Mr Putin"));
    assertEquals(PersonNames.Gender.FEMALE, PersonNames.gender("Mrs Smith"));
    assertEquals(PersonNames.Gender.FEMALE, PersonNames.gender("Hillary Clinton"));
    assertEquals(PersonNames.Gender.MALE, PersonNames.gender("John Kerry"));
    assertEquals(PersonNames.Gender.UNKNOWN, PersonNames.gender("Kerry"));
  }
}
