package org.newsbeam.sentiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class LexiconTest {
  private static Lexicon.Reading read(String words) {
    return Lexicon.get().read(List.of(words.split(" ")));
  }

  @Test
  public void attacksAndWarningsReadNegativePraiseAndThanksPositive() {
    assertTrue(read("this is a disaster and a disgrace").compound() < -0.5);
    assertTrue(read("they warned of a dangerous threat").compound() < -0.5);
    assertTrue(read("we are grateful and proud of this victory").compound() > 0.5);
    assertEquals(0, read("the committee meets on Tuesday").compound(), 1e-9);
  }

  @Test
  public void aNegationWithinThreeWordsTurnsAWordAround() {
    assertTrue(read("it is good").compound() > 0);
    assertTrue(read("it is not good").compound() < 0);
    assertEquals(1, read("it is not good").negatedPositive());
    // a comma ends the negation's reach
    assertTrue(read("not now , it is good").compound() > 0);
  }

  @Test
  public void boostersStrengthenAndButWeighsTheSecondHalf() {
    assertTrue(read("very bad").negative() > read("bad").negative());
    Lexicon.Reading mixed = read("the plan is good but the result is terrible");
    assertTrue(mixed.contrast());
    assertTrue(mixed.compound() < 0);
    assertTrue(mixed.afterContrast() < 0);
  }

  @Test
  public void capitalsAmongLowercaseWordsAreEmphasis() {
    assertTrue(read("this is BAD").negative() > read("this is bad").negative());
  }

  @Test
  public void inflectedFormsAndNewsWordsHaveValences() {
    assertTrue(Lexicon.get().valence("slammed") < 0); // slam, doubled consonant
    assertTrue(Lexicon.get().valence("attacks") < 0);
    assertTrue(Lexicon.get().valence("corrupt") < 0); // news-lexicon.tsv
    assertTrue(Lexicon.get().valence("unconstructive") < 0);
    assertEquals(0, Lexicon.get().valence("tuesday"), 1e-9);
  }
}
