package org.newsbeam;

import java.util.List;
import org.newsbeam.countries.CountryResolver;
import org.newsbeam.entities.ExtractEntities;
import org.newsbeam.join.JoinAnnotations;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.Sentence;
import org.newsbeam.sentences.SplitSentences;
import org.newsbeam.sentiment.ScoreSentiment;
import org.newsbeam.text.TitleLine;

/**
 * Annotates a text with the real CoreNLP models, stage by stage as the pipeline does but without
 * Beam (countries mapped too), for contract tests. The models load once per test JVM (surefire
 * reuses one fork).
 */
public final class RealModels {
  private RealModels() {}

  public static AnnotatedArticle annotate(String id, String text) {
    Article article = new Article(id, id + ".txt", TitleLine.of(text), text);
    List<Sentence> sentences = SplitSentences.split(article);
    AnnotatedArticle annotated =
        JoinAnnotations.assemble(
            article,
            sentences,
            ScoreSentiment.score(sentences),
            ExtractEntities.recognize(sentences));
    return annotated.withMentions(new CountryResolver().resolve(annotated));
  }
}
