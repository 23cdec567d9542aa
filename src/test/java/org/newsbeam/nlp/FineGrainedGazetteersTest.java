package org.newsbeam.nlp;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.Test;
import org.newsbeam.model.Article;
import org.newsbeam.model.Sentence;
import org.newsbeam.sentences.SplitSentences;

public class FineGrainedGazetteersTest {
  private static final FineGrainedGazetteers.MappingFile CASELESS =
      new FineGrainedGazetteers.MappingFile("ignorecase=true,", "caseless.tab", true);
  private static final FineGrainedGazetteers.MappingFile CASED =
      new FineGrainedGazetteers.MappingFile("", "cased.tab", false);

  @Test
  public void mergesOneWordExpressionsOfTheSameKindAtTheFirstOnesPlace() {
    List<String> cased =
        List.of(
            "Calif\\.?\tSTATE_OR_PROVINCE\tMISC\t1",
            "US\tCOUNTRY\tLOCATION\t1",
            "Sgt\\.?\tTITLE\tMISC\t1",
            "Ariz\\.?\tSTATE_OR_PROVINCE\tMISC\t1",
            "tech\\. sgt\\.\tTITLE\tMISC\t1",
            "Mass\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1",
            "(\\w)\\1\tMISC\tMISC\t1",
            "( [{word:/a/}] )\tMISC\tMISC\t1");
    List<String> rewritten = FineGrainedGazetteers.rewrite(List.of(CASED), List.of(cased)).get(0);
    assertEquals(
        List.of(
            "(?:Calif\\.?)|(?:Ariz\\.?)\tSTATE_OR_PROVINCE\tMISC\t1",
            "US\tCOUNTRY\tLOCATION\t1",
            "(?:Sgt\\.?)\tTITLE\tMISC\t1",
            "tech\\. sgt\\.\tTITLE\tMISC\t1",
            "(?:Mass\\.?)\tSTATE_OR_PROVINCE\tLOCATION\t1",
            "(\\w)\\1\tMISC\tMISC\t1",
            "( [{word:/a/}] )\tMISC\tMISC\t1"),
        rewritten);
    Pattern merged = Pattern.compile(rewritten.get(0).split("\t")[0]);
    for (String word : List.of("Calif", "Calif.", "Ariz", "Ariz.")) {
      assertTrue(word, merged.matcher(word).matches());
    }
    for (String word : List.of("Cal", "Calif..", "Ariz.Calif", "")) {
      assertFalse(word, merged.matcher(word).matches());
    }
  }

  @Test
  public void leavesAnExpressionThatAnotherEntryRepeatsToCoreNlpsRuleForRepeats() {
    // CoreNLP keys a caseless entry by its lower case and a cased one as written: "GA\.?" in the
    // caseless file repeats "ga\.?" in the cased one, and CoreNLP keeps one of the two by priority,
    // so neither is merged. "KY\.?" repeats nothing ("Ky\.?" in the cased file is another key).
    List<String> caseless = List.of("GA\\.?\tCITY\tMISC\t1", "KY\\.?\tCITY\tMISC\t1");
    List<String> cased =
        List.of("ga\\.?\tSTATE_OR_PROVINCE\tMISC\t1", "Ky\\.?\tSTATE_OR_PROVINCE\tMISC\t1");
    List<List<String>> rewritten =
        FineGrainedGazetteers.rewrite(List.of(CASELESS, CASED), List.of(caseless, cased));
    assertEquals(List.of("GA\\.?\tCITY\tMISC\t1", "(?:KY\\.?)\tCITY\tMISC\t1"), rewritten.get(0));
    assertEquals(
        List.of("ga\\.?\tSTATE_OR_PROVINCE\tMISC\t1", "(?:Ky\\.?)\tSTATE_OR_PROVINCE\tMISC\t1"),
        rewritten.get(1));
  }

  @Test
  public void readsCoreNlpsMappingSetting() {
    List<FineGrainedGazetteers.MappingFile> files =
        FineGrainedGazetteers.MappingFile.parse(DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS);
    assertEquals(2, files.size());
    assertTrue(files.get(0).ignoreCase());
    assertEquals(DefaultPaths.DEFAULT_KBP_REGEXNER_CASELESS, files.get(0).path());
    assertTrue(files.get(0).options().contains("validpospattern="));
    assertFalse(files.get(1).ignoreCase());
    assertEquals(DefaultPaths.DEFAULT_KBP_REGEXNER_CASED, files.get(1).path());
  }

  /**
   * The rewritten gazetteers, with the real models, tag every token and find every mention as
   * CoreNLP's own do, on text full of the abbreviations and titles the merged entries are.
   */
  @Test
  public void annotatesExactlyAsCoreNlpsOwnGazetteers() throws Exception {
    String setting = FineGrainedGazetteers.mappingSetting();
    assertNotEquals(
        "the rewrite fell back to CoreNLP's files",
        DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS,
        setting);
    long defaultLines = 0;
    long rewrittenLines = 0;
    for (FineGrainedGazetteers.MappingFile file :
        FineGrainedGazetteers.MappingFile.parse(setting)) {
      rewrittenLines += Files.readAllLines(Path.of(file.path())).size();
    }
    for (FineGrainedGazetteers.MappingFile file :
        FineGrainedGazetteers.MappingFile.parse(
            DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS)) {
      try (var reader = edu.stanford.nlp.io.IOUtils.readerFromString(file.path())) {
        defaultLines += reader.lines().count();
      }
    }
    assertTrue(defaultLines - rewrittenLines > 500);

    String text =
        "Troops\n\nLt. Gen. Ann Hill of Calif. met Sgt. Maj. Bob Ray and Pvt. Li in Ga. on Monday, "
            + "then flew to N.Y. and Mass. with the Rev. Al Sharpton.\n"
            + "A Buddhist monk, a Marxist economist and the mayor of Reading spoke in Fla. and "
            + "Ky., said the U.S. Army, and @newsbeam wrote to info@example.com about it.\n"
            + "Chancellor Angela Merkel flew to Canada to meet French officials in Paris.";
    StanfordCoreNLP rewritten = CoreNlp.pipeline(NlpStage.ENTITIES);
    StanfordCoreNLP coreNlpsOwn = new StanfordCoreNLP(NlpStage.ENTITIES.properties());
    int tagged = 0;
    for (Sentence sentence : SplitSentences.split(new Article("t", "t.txt", "Troops", text))) {
      List<String> expected = tagsAndMentions(coreNlpsOwn, sentence);
      assertEquals(expected, tagsAndMentions(rewritten, sentence));
      tagged += expected.stream().filter(t -> t.endsWith("/TITLE")).count();
    }
    assertTrue("no TITLE among the tags: the text does not exercise the gazetteers", tagged > 0);
  }

  private static List<String> tagsAndMentions(StanfordCoreNLP pipeline, Sentence sentence) {
    Annotation document = CoreNlpDocuments.forSentences(List.of(sentence));
    pipeline.annotate(document);
    List<String> result = new ArrayList<>();
    for (CoreLabel token : document.get(CoreAnnotations.TokensAnnotation.class)) {
      result.add(token.word() + "/" + token.ner());
    }
    for (CoreMap mention : document.get(CoreAnnotations.MentionsAnnotation.class)) {
      result.add(mention + " = " + mention.get(CoreAnnotations.NamedEntityTagAnnotation.class));
    }
    return result;
  }
}
