package org.newsbeam.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.read.ArticleDecoder;
import org.newsbeam.report.Csv;
import org.newsbeam.sentiment.QuoteToneFeatures;
import org.newsbeam.sentiment.SpanSentiment;
import org.newsbeam.store.AnnotationStore;
import org.newsbeam.text.TitleLine;

/**
 * Rows of a quote-tone CSV (PolNeAR articles and offsets, as {@code ../shared/eval/quote_tone}'s
 * {@code dev.csv}: {@code id}, {@code article}, {@code quote_begin}, {@code quote_end}, {@code
 * tone}; rows with an empty tone, where two readings disagreed, are left out) with what newsbeam
 * makes of them. The real pipeline runs over their articles; each gold quote is matched to the
 * quote newsbeam finds overlapping it most, and gets that quote's row of quotes.csv and its
 * features ({@link QuoteToneFeatures}, from the stored annotations).
 */
final class QuoteToneRows {
  static final List<String> TONES = List.of("negative", "neutral", "positive");

  /** A gold row; {@code found} is empty when newsbeam found no quote overlapping it. */
  record Row(String id, String article, int tone, Optional<Found> found) {}

  /** newsbeam's quote for a gold row: its row of quotes.csv and its features. */
  record Found(
      int begin,
      int end,
      String sentimentClass,
      String phraseSentiment,
      QuoteToneFeatures.Values features,
      SpanSentiment.Distribution phrase) {}

  private QuoteToneRows() {}

  static List<Row> load(Path csv, Path articles, String annotations) throws IOException {
    // Rows the two readings disagreed on have no tone: they stay out.
    List<CSVRecord> records =
        Csv.records(csv).stream().filter(r -> !r.get("tone").isEmpty()).toList();
    TreeSet<String> ids = new TreeSet<>();
    records.forEach(r -> ids.add(r.get("article")));
    Path output = EvalRun.run(articles, ids, annotations);
    Map<String, List<CSVRecord>> quotes = new HashMap<>();
    for (CSVRecord q : Csv.records(output.resolve("quotes.csv"))) {
      quotes.computeIfAbsent(q.get("article"), k -> new ArrayList<>()).add(q);
    }
    EvalRun.deleteTree(output);

    AnnotationStore store = new AnnotationStore(annotations);
    ArticleDecoder decoder = new ArticleDecoder(Integer.MAX_VALUE / 4);
    Map<String, AnnotatedArticle> annotated = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (CSVRecord r : records) {
      String article = r.get("article");
      int tone = TONES.indexOf(r.get("tone"));
      if (tone < 0) {
        throw new IOException(csv + ": unknown tone '" + r.get("tone") + "' in row " + r.get("id"));
      }
      CSVRecord best =
          bestOverlap(
              quotes.getOrDefault(article, List.of()),
              Integer.parseInt(r.get("quote_begin")),
              Integer.parseInt(r.get("quote_end")));
      if (best == null) {
        rows.add(new Row(r.get("id"), article, tone, Optional.empty()));
        continue;
      }
      if (!annotated.containsKey(article)) {
        annotated.put(article, stored(store, decoder, articles, article));
      }
      AnnotatedArticle a = annotated.get(article);
      int begin = Integer.parseInt(best.get("quote_begin"));
      int end = Integer.parseInt(best.get("quote_end"));
      rows.add(
          new Row(
              r.get("id"),
              article,
              tone,
              Optional.of(
                  new Found(
                      begin,
                      end,
                      best.isMapped("sentiment_class") ? best.get("sentiment_class") : "",
                      best.isMapped("phrase_sentiment") ? best.get("phrase_sentiment") : "",
                      QuoteToneFeatures.of(begin, end, a.sentences, a.sentiments),
                      SpanSentiment.of(begin, end, a.sentences, a.sentiments)))));
    }
    return rows;
  }

  /** The quote overlapping {@code [begin, end)} most (the first of equals), or null. */
  private static CSVRecord bestOverlap(List<CSVRecord> quotes, int begin, int end) {
    CSVRecord best = null;
    int bestOverlap = 0;
    for (CSVRecord q : quotes) {
      int overlap =
          Math.min(end, Integer.parseInt(q.get("quote_end")))
              - Math.max(begin, Integer.parseInt(q.get("quote_begin")));
      if (overlap > bestOverlap) {
        best = q;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private static AnnotatedArticle stored(
      AnnotationStore store, ArticleDecoder decoder, Path articles, String id) throws IOException {
    try {
      String text = decoder.decode(Files.readAllBytes(articles.resolve(id + ".txt"))).text();
      return store
          .load(new Article(id, id, TitleLine.of(text), text))
          .orElseThrow(() -> new IOException("no stored annotations for " + id));
    } catch (ArticleDecoder.RejectedException e) {
      throw new IOException(id + ": " + e.getMessage(), e);
    }
  }
}
