package org.newsbeam.entities;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.newsbeam.Fixtures;
import org.newsbeam.model.Article;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Sentence;
import org.newsbeam.sentences.SplitSentences;

/** ExtractEntities with the real fine-grained NER. */
public class ExtractEntitiesContractTest {
  @Test
  public void findsPeopleCountriesAndNationalitiesWithOffsetsIntoTheArticle() {
    String text = "Talks\n\nChancellor Angela Merkel flew to Canada to meet French officials.";
    Sentence sentence = SplitSentences.split(new Article("t", "t.txt", "Talks", text)).get(1);
    List<EntityMention> mentions = ExtractEntities.recognize(List.of(sentence));
    assertTrue(mentions.toString(), has(mentions, "Angela Merkel", "PERSON"));
    assertTrue(mentions.toString(), has(mentions, "Canada", "COUNTRY"));
    assertTrue(mentions.toString(), has(mentions, "French", "NATIONALITY"));
    for (EntityMention mention : mentions) {
      assertEquals(mention.text, text.substring(mention.begin, mention.end));
      assertEquals(1, mention.sentenceIndex);
    }
  }

  @Test
  public void anArticleTaggedInOneDocumentGetsWhatItsSentencesGetOneByOne() {
    String text =
        "Summit in Ottawa\n\nAngela Merkel met Justin Trudeau. The German chancellor left.\n"
            + "Officials of the European Union in Brussels said Canada and France agreed.";
    List<Sentence> sentences = SplitSentences.split(new Article("t", "t.txt", "Summit", text));
    List<EntityMention> oneByOne =
        Fixtures.oneSentenceAtATime(sentences, ExtractEntities::recognize);
    assertEquals(4, sentences.size());
    assertTrue(oneByOne.toString(), oneByOne.size() >= 6);
    assertEquals(oneByOne, ExtractEntities.recognize(sentences));
  }

  private static boolean has(List<EntityMention> mentions, String text, String type) {
    return mentions.stream().anyMatch(m -> m.text.equals(text) && m.type.equals(type));
  }
}
