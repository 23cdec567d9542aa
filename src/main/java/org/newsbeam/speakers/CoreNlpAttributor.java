package org.newsbeam.speakers;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Quote;
import org.newsbeam.model.QuoteKind;
import org.newsbeam.model.SpeakerType;
import org.newsbeam.nlp.CoreNlp;
import org.newsbeam.nlp.NlpStage;

/**
 * CoreNLP's own quote finder and attributor (built for novels), run on the article's raw text with
 * all the annotators it needs. Used as the baseline of the quote evaluation ({@code
 * --attributor=corenlp}); it annotates the text again, so it is not for production runs.
 */
public final class CoreNlpAttributor implements SpeakerAttributor {
  @Override
  public List<Quote> attribute(AnnotatedArticle article) {
    Annotation document = new Annotation(article.article.text);
    CoreNlp.pipeline(NlpStage.QUOTE_BASELINE).annotate(document);
    List<Quote> quotes = new ArrayList<>();
    List<CoreMap> found = document.get(CoreAnnotations.QuotationsAnnotation.class);
    if (found == null) {
      return quotes;
    }
    for (CoreMap q : found) {
      int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
      String mention = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
      boolean attributed = speaker != null && !speaker.isBlank() && !speaker.equals("Unknown");
      quotes.add(
          new Quote(
              article.id(),
              begin,
              end,
              article.article.text.substring(begin, end),
              QuoteKind.DIRECT.label(),
              attributed && mention != null ? mention : "",
              -1,
              -1,
              attributed ? speaker : "",
              attributed ? SpeakerType.PERSON.label() : "",
              "",
              "",
              ""));
    }
    return quotes;
  }
}
