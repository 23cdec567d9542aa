package org.newsbeam.read;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which field of a record holds each part of an article: its id, title, text, publication date,
 * source (the outlet) and URL, and its language. The defaults read news-please's JSON (text from
 * {@code maintext}, date from {@code date_publish}, source from {@code source_domain}) and CSV with
 * the columns {@code id, title, text, date, source, url}; {@code --fields} names others ({@code
 * text=body,date=published_at,source=media_name}), a dotted name reaching into a JSON object
 * ({@code source=source.uri}).
 */
public final class RecordFields implements Serializable {
  /** The parts of an article a record can give. */
  public enum Part {
    ID,
    TITLE,
    TEXT,
    DATE,
    SOURCE,
    URL,
    LANGUAGE
  }

  /** Where each part is looked for, in order: the first field present wins. */
  private final Map<Part, List<String>> names;

  private RecordFields(Map<Part, List<String>> names) {
    this.names = names;
  }

  /** The defaults: news-please's names first, then the plain ones. */
  public static RecordFields defaults() {
    Map<Part, List<String>> names = new LinkedHashMap<>();
    names.put(Part.ID, List.of("id", "filename"));
    names.put(Part.TITLE, List.of("title"));
    names.put(Part.TEXT, List.of("maintext", "text"));
    names.put(Part.DATE, List.of("date_publish", "date"));
    names.put(Part.SOURCE, List.of("source_domain", "source"));
    names.put(Part.URL, List.of("url"));
    names.put(Part.LANGUAGE, List.of("language"));
    return new RecordFields(names);
  }

  /**
   * The defaults with the parts {@code mapping} names ("text=body,date=published_at") read from
   * those fields only.
   *
   * @throws IllegalArgumentException for a part newsbeam does not know or an entry without "="
   */
  public static RecordFields parse(String mapping) {
    RecordFields fields = defaults();
    Map<Part, List<String>> names = new LinkedHashMap<>(fields.names);
    if (mapping != null && !mapping.isBlank()) {
      for (String entry : mapping.split(",")) {
        int eq = entry.indexOf('=');
        if (eq <= 0 || eq == entry.length() - 1) {
          throw new IllegalArgumentException(
              "--fields: '" + entry + "' is not part=field (e.g. text=body)");
        }
        String part = entry.substring(0, eq).strip();
        Part known;
        try {
          known = Part.valueOf(part.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "--fields: unknown part '"
                  + part
                  + "' (one of id, title, text, date, source, url, language)");
        }
        names.put(known, List.of(entry.substring(eq + 1).strip()));
      }
    }
    return new RecordFields(names);
  }

  /** A record: any way of looking up a field by its (possibly dotted) name. */
  public interface Record {
    Optional<String> field(String name);
  }

  /** The part's value in the record: the first of its field names present and not blank. */
  public Optional<String> get(Record record, Part part) {
    for (String name : names.get(part)) {
      Optional<String> value = record.field(name).filter(v -> !v.isBlank());
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** The field name an id is read from, for messages. */
  public List<String> namesOf(Part part) {
    return names.get(part);
  }
}
