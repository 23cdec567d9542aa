package org.newsbeam.speakers;

import java.io.Serializable;
import java.util.List;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Quote;

/**
 * Finds an article's quotations and who said each. Implementations see the whole article (text,
 * tokens, entity mentions with their countries) and name speakers as they are known within it.
 */
public interface SpeakerAttributor extends Serializable {
  /** The article's quotes in text order, attributed where the text says who spoke. */
  List<Quote> attribute(AnnotatedArticle article);

  /** The attributor an option names: "news" (newsbeam's own) or "corenlp" (the baseline). */
  static SpeakerAttributor named(String name) {
    return switch (name) {
      case "news" -> new NewsAttributor();
      case "corenlp" -> new CoreNlpAttributor();
      default ->
          throw new IllegalArgumentException(
              "unknown attributor '" + name + "': use news or corenlp");
    };
  }
}
