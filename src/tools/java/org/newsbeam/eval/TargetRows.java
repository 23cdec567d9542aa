package org.newsbeam.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.report.Csv;
import org.newsbeam.sentiment.SentimentScale;
import org.newsbeam.sentiment.TargetFeatures;
import org.newsbeam.store.AnnotationStore;
import org.newsbeam.text.TitleLine;

/**
 * Rows of a targeted-sentiment CSV (NewsMTSC format: sentence, target offsets, polarity) with what
 * newsbeam's pipeline makes of them: each distinct sentence is run through the real pipeline as an
 * article of its own, and each target gets its {@link TargetFeatures} and the sentence-level score
 * of the sentence holding it.
 */
final class TargetRows {
  /** One target: gold polarity, the sentence-level score, the target's features and words. */
  record Row(String id, int polarity, double sentenceScore, double[] features, Set<String> words) {}

  private TargetRows() {}

  static List<Row> load(Path csv, String annotations) throws IOException {
    List<CSVRecord> records = Csv.records(csv);
    Map<String, String> idBySentence = new LinkedHashMap<>();
    for (CSVRecord r : records) {
      idBySentence.computeIfAbsent(
          oneLine(r.get("sentence")), s -> String.format("s%06d", idBySentence.size()));
    }
    AnnotationStore store = new AnnotationStore(annotations);
    Map<String, AnnotatedArticle> annotated = loadStored(store, idBySentence);
    if (annotated.size() < idBySentence.size()) {
      // Only sentences never annotated go through the pipeline; the rest come from the store.
      Path folder = Files.createTempDirectory("newsbeam-targets");
      List<String> missing = new ArrayList<>();
      for (Map.Entry<String, String> e : idBySentence.entrySet()) {
        if (!annotated.containsKey(e.getKey())) {
          Files.writeString(
              folder.resolve(e.getValue() + ".txt"), e.getKey(), StandardCharsets.UTF_8);
          missing.add(e.getValue());
        }
      }
      EvalRun.deleteTree(EvalRun.run(folder, missing, annotations));
      EvalRun.deleteTree(folder);
      annotated = loadStored(store, idBySentence);
    }

    List<Row> rows = new ArrayList<>();
    for (CSVRecord r : records) {
      AnnotatedArticle article = annotated.get(oneLine(r.get("sentence")));
      if (article == null) {
        continue; // failed in the pipeline: listed in its failures.csv
      }
      int begin = Integer.parseInt(r.get("target_begin"));
      int end = Integer.parseInt(r.get("target_end"));
      for (int s = 0; s < article.sentences.size(); s++) {
        Sentence sentence = article.sentences.get(s);
        SentenceSentiment sentiment = article.sentiments.get(s);
        if (sentence.begin <= begin && begin < sentence.end && sentiment.scored()) {
          rows.add(
              new Row(
                  r.get("id"),
                  Integer.parseInt(r.get("polarity")),
                  SentimentScale.score(sentiment.probabilities()),
                  TargetFeatures.of(sentence, sentiment, begin, end),
                  TargetFeatures.words(sentence, begin, end)));
          break;
        }
      }
    }
    return rows;
  }

  private static Map<String, AnnotatedArticle> loadStored(
      AnnotationStore store, Map<String, String> idBySentence) throws IOException {
    Map<String, AnnotatedArticle> annotated = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : idBySentence.entrySet()) {
      String text = e.getKey();
      Optional<AnnotatedArticle> a =
          store.load(new Article(e.getValue(), e.getValue(), TitleLine.of(text), text));
      a.ifPresent(article -> annotated.put(text, article));
    }
    return annotated;
  }

  /** Line breaks inside a sentence would make the article's "title" just its first line. */
  private static String oneLine(String sentence) {
    return sentence.replace('\n', ' ').replace('\r', ' ');
  }
}
