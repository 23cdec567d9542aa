package org.newsbeam.read;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsbeam.model.Article;
import org.newsbeam.text.TitleLine;

/**
 * One record of an export (a JSON object, a CSV row) as an article: its text is the title, a blank
 * line, then the body, so offsets in the reports are indices into that; its id is the record's own,
 * else its file name or URL, else the file and line it stands on.
 */
final class RecordArticles {
  private static final Set<String> ENGLISH = Set.of("en", "eng", "english");
  private static final java.util.List<String> FILE_EXTENSIONS =
      java.util.List.of(".json", ".html", ".htm", ".txt", ".xml");

  private RecordArticles() {}

  static Article of(
      RecordFields.Record record,
      RecordFields fields,
      String file,
      String fileAndLine,
      int maxChars,
      LocalDate today)
      throws ArticleDecoder.RejectedException {
    Optional<String> language = fields.get(record, RecordFields.Part.LANGUAGE);
    if (language.isPresent() && !isEnglish(language.get())) {
      throw new ArticleDecoder.RejectedException("not English: " + language.get().strip());
    }
    String body =
        fields
            .get(record, RecordFields.Part.TEXT)
            .orElseThrow(
                () ->
                    new ArticleDecoder.RejectedException(
                        "no text (no field "
                            + String.join(" or ", fields.namesOf(RecordFields.Part.TEXT))
                            + ")"));
    String title = fields.get(record, RecordFields.Part.TITLE).map(String::strip).orElse("");
    String text = title.isEmpty() ? body : title + "\n\n" + body;
    if (text.length() > maxChars) {
      throw new ArticleDecoder.RejectedException(
          "too long: "
              + text.length()
              + " characters, over the limit of "
              + maxChars
              + " (--maxArticleChars)");
    }
    Optional<String> url = fields.get(record, RecordFields.Part.URL).map(String::strip);
    String id =
        fields
            .get(record, RecordFields.Part.ID)
            .map(RecordArticles::idOf)
            .or(() -> url)
            .orElse(fileAndLine);
    return new Article(
        id,
        file,
        TitleLine.of(text),
        text,
        "UTF-8",
        fields
            .get(record, RecordFields.Part.DATE)
            .flatMap(d -> PublicationDate.parse(d, today))
            .map(LocalDate::toString)
            .orElse(""),
        fields.get(record, RecordFields.Part.SOURCE).map(String::strip).orElse(""),
        url.orElse(""));
  }

  /** A record's id; a file name (news-please's {@code filename}) without its extension. */
  static String idOf(String value) {
    String v = value.strip();
    for (String extension : FILE_EXTENSIONS) {
      if (v.toLowerCase(Locale.ROOT).endsWith(extension) && v.length() > extension.length()) {
        return v.substring(0, v.length() - extension.length());
      }
    }
    return v;
  }

  static boolean isEnglish(String language) {
    String l = language.strip().toLowerCase(Locale.ROOT);
    return ENGLISH.contains(l) || l.startsWith("en-") || l.startsWith("en_");
  }
}
