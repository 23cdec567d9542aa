package org.newsbeam.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.Fixtures;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.ArticleReport;
import org.newsbeam.model.Duplicate;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Failure;
import org.newsbeam.model.PersonMention;
import org.newsbeam.model.Quote;
import org.newsbeam.model.QuoteKind;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.Tone;
import org.newsbeam.sentiment.TargetSentiment;
import org.newsbeam.stories.FindStories;
import org.newsbeam.stories.FindStories.Story;
import org.newsbeam.stories.FindStories.StoryOf;

public class WriteReportsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder folder = new TemporaryFolder();

  private static ArticleReport article(String id, String speaker) {
    String text = "Title\n\n\u201CBad idea,\u201D said Ann Lee in France.";
    Sentence title = Fixtures.sentence(id, 0, 0, "Title");
    Sentence body = Fixtures.sentence(id, 1, 7, text.substring(7));
    EntityMention france =
        EntityMention.of(id, 1, 6, 7, 38, 44, "France", "COUNTRY").withCountry("FR", "name");
    EntityMention ann = EntityMention.of(id, 1, 3, 5, 25, 32, "Ann Lee", "PERSON");
    Quote quote =
        new Quote(
            id,
            7,
            18,
            text.substring(7, 18),
            QuoteKind.DIRECT.label(),
            speaker,
            25,
            32,
            speaker,
            "person",
            "",
            "female",
            "first name");
    // Scored toward each mention, as articles are before their rows are worked out.
    AnnotatedArticle scored =
        TargetSentiment.get()
            .scoreMentions(
                new AnnotatedArticle(
                    new Article(id, id + ".txt", "Title", text),
                    List.of(title, body),
                    List.of(
                        Fixtures.flatSentiment(title, Fixtures.NEUTRAL),
                        Fixtures.flatSentiment(body, Fixtures.NEGATIVE)),
                    List.of(ann, france),
                    List.of(quote)));
    return new ArticleRows(scored).report();
  }

  /** The sentiment toward Ann Lee where the article names her. */
  private static String towardAnn() {
    List<PersonMention> mentions = article("a", "Ann Lee").personMentions;
    assertEquals(1, mentions.size());
    assertEquals("Ann Lee", mentions.get(0).person);
    return Csv.decimal(mentions.get(0).scoreMicros / 1e6);
  }

  /** Articles "a" and "b", two copies of one story, with a failure and a duplicate. */
  private Path write(boolean countCopies) {
    Path out = folder.getRoot().toPath().resolve(countCopies ? "every-copy" : "once");
    PCollectionTuple.of(
            WriteReports.ARTICLES,
            pipeline.apply("Articles", Create.of(article("b", "Ann Lee"), article("a", "Ann Lee"))))
        .and(
            WriteReports.FAILURES,
            pipeline.apply("Failures", Create.of(new Failure("c", "c.txt", "read", "empty file"))))
        .and(
            WriteReports.DUPLICATES,
            pipeline.apply("Duplicates", Create.of(new Duplicate("a2", "a2.txt", "a"))))
        .and(
            WriteReports.MEMBERSHIP,
            pipeline.apply(
                "Membership",
                Create.of(KV.of("a", new StoryOf("a", 2)), KV.of("b", new StoryOf("a", 2)))))
        .and(
            WriteReports.STORIES,
            pipeline.apply(
                "Stories",
                Create.of(new Story("a", 2, new TreeSet<>(), "", "", "~\ta", "Title"))
                    .withCoder(new FindStories.StoryCoder())))
        .apply(new WriteReports(out.toString(), Period.MONTH, countCopies, 4));
    pipeline.run().waitUntilFinish();
    return out;
  }

  @Test
  public void writesEveryReportSortedWithHeadersAndTheFailures() throws IOException {
    Path out = write(true);

    List<String> speakers = Files.readAllLines(out.resolve("speakers.csv"));
    assertEquals(2, speakers.size());
    // The same quote in two articles: its tone twice, so the interval is the mean itself.
    Tone tone = article("a", "Ann Lee").quotes.get(0).tone().orElseThrow();
    String mean = Csv.decimal(tone.score());
    List<String> counts = new ArrayList<>(List.of("0", "0", "0"));
    counts.set(tone.polarity() + 1, "2");
    String toward = towardAnn();
    assertEquals(
        "Ann Lee,person,,female,2,2,2,0,"
            + String.join(",", mean, mean, mean)
            + ","
            + String.join(",", counts)
            + ",2,"
            + String.join(",", toward, toward, toward)
            + ",,,\"\u201CBad idea,\u201D\"",
        speakers.get(1));
    assertEquals(
        List.of(
            String.join(",", ReportFiles.GENDER_BY_PERIOD.header),
            "\"\",1,1,0,2,2,0,0,1.0000,0.0000"),
        Files.readAllLines(out.resolve("gender_by_period.csv")));
    List<String> countries = Files.readAllLines(out.resolve("countries.csv"));
    assertEquals(2, countries.size());
    // France is named in one scored sentence of each article; sentence-level mean -0.45.
    assertTrue(countries.get(1), countries.get(1).startsWith("FR,France,2,2,2,2,0,"));
    assertTrue(
        countries.get(1), countries.get(1).endsWith(",-0.4500,,")); // undated: no first or last day
    List<String> sentences = Files.readAllLines(out.resolve("sentences.csv"));
    assertEquals(5, sentences.size());
    assertEquals("a", sentences.get(1).split(",")[0]);
    assertEquals("b", sentences.get(3).split(",")[0]);
    List<String> articles = Files.readAllLines(out.resolve("articles.csv"));
    assertTrue(
        articles.get(1), articles.get(1).startsWith("a,") && articles.get(1).endsWith(",a,2"));
    assertTrue(
        articles.get(2), articles.get(2).startsWith("b,") && articles.get(2).endsWith(",a,2"));
    assertEquals(
        List.of(String.join(",", ReportFiles.STORIES.header), "a,2,,,,Title"),
        Files.readAllLines(out.resolve("stories.csv")));
    assertEquals(
        List.of(String.join(",", ReportFiles.FAILURES.header), "c,c.txt,read,empty file"),
        Files.readAllLines(out.resolve("failures.csv")));
    assertEquals(
        List.of(String.join(",", ReportFiles.DUPLICATES.header), "a2,a2.txt,a"),
        Files.readAllLines(out.resolve("duplicates.csv")));
    try (var files = Files.list(out)) {
      assertEquals(ReportFiles.values().length, files.count()); // no temporary files left behind
    }
  }

  @Test
  public void wordsThatCopiesOfAStoryShareCountOnceButEveryOutletIsCredited() throws IOException {
    Path out = write(false);

    Tone tone = article("a", "Ann Lee").quotes.get(0).tone().orElseThrow();
    String mean = Csv.decimal(tone.score());
    List<String> counts = new ArrayList<>(List.of("0", "0", "0"));
    counts.set(tone.polarity() + 1, "1");
    // One quote (the other copy a reprint) in two articles: no interval over one quote.
    assertEquals(
        "Ann Lee,person,,female,1,1,2,1,"
            + mean
            + ",,,"
            + String.join(",", counts)
            + ",1,"
            + towardAnn()
            + ",,,,,\"\u201CBad idea,\u201D\"",
        Files.readAllLines(out.resolve("speakers.csv")).get(1));
    assertTrue(
        Files.readAllLines(out.resolve("countries.csv")).get(1).startsWith("FR,France,1,1,1,2,1,"));
    assertTrue(
        Files.readAllLines(out.resolve("speakers_by_period.csv"))
            .get(1)
            .startsWith("Ann Lee,,1,1,2,1,"));
    // By source every copy counts: each outlet ran the story.
    assertTrue(
        Files.readAllLines(out.resolve("speakers_by_source.csv"))
            .get(1)
            .startsWith("Ann Lee,,2,2,2,"));
  }
}
