package org.newsbeam.countries;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.newsbeam.model.EntityMention;

public class ArticleCountriesTest {
  private static EntityMention mention(int sentence, String code, String by) {
    return EntityMention.of("a", sentence, 0, 1, 0, 1, "x", "COUNTRY").withCountry(code, by);
  }

  @Test
  public void anArticleIsAboutItsDatelineItsTitleAndCountriesNamedInTwoSentences() {
    List<EntityMention> mentions =
        List.of(
            mention(0, "FR", "name"), // in the title
            mention(1, "GB", "dateline"),
            mention(2, "DE", "demonym"),
            mention(4, "DE", "name"), // two sentences
            mention(3, "LU", "city"), // once, in passing
            mention(5, "CH", "organization"),
            mention(5, "CH", "organization"), // twice, but in one sentence
            EntityMention.of("a", 2, 0, 1, 0, 1, "Paris", "PERSON"));
    assertEquals(Set.of("DE", "FR", "GB"), ArticleCountries.about(mentions));
  }
}
