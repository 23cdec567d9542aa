package org.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One input article: its id (file name without extension), title line, and whole text as read. */
@DefaultSchema(JavaFieldSchema.class)
public final class Article {
  public final String id;

  /** The file the article was read from, as matched. */
  public final String source;

  public final String title;

  /** The whole file as decoded; every offset in the project is a {@code String} index into it. */
  public final String text;

  /**
   * How the file was decoded ("UTF-8", "windows-1252", "UTF-8, byte order mark removed"). Null in
   * annotations stored before it was recorded: they are always read back as the current file's.
   */
  @Nullable public final String encoding;

  /**
   * The publication day, "YYYY-MM-DD" (UTC), or empty when the record gives none that reads as a
   * date. Null in annotations stored before it was recorded, like the two fields below.
   */
  @Nullable public final String published;

  /** The outlet the record names ("nytimes.com"), or empty. */
  @Nullable public final String outlet;

  @Nullable public final String url;

  @SchemaCreate
  public Article(
      String id,
      String source,
      String title,
      String text,
      @Nullable String encoding,
      @Nullable String published,
      @Nullable String outlet,
      @Nullable String url) {
    this.id = id;
    this.source = source;
    this.title = title;
    this.text = text;
    this.encoding = encoding;
    this.published = published;
    this.outlet = outlet;
    this.url = url;
  }

  /** An article from a text file: no date, outlet or URL. */
  public Article(String id, String source, String title, String text, @Nullable String encoding) {
    this(id, source, title, text, encoding, "", "", "");
  }

  /** An article read as UTF-8. */
  public Article(String id, String source, String title, String text) {
    this(id, source, title, text, "UTF-8");
  }

  /** The publication day, or empty. */
  public String publishedDay() {
    return published == null ? "" : published;
  }

  /** The outlet, or empty. */
  public String outletName() {
    return outlet == null ? "" : outlet;
  }

  /** The URL, or empty. */
  public String urlText() {
    return url == null ? "" : url;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Article a
        && id.equals(a.id)
        && source.equals(a.source)
        && title.equals(a.title)
        && text.equals(a.text)
        && Objects.equals(encoding, a.encoding)
        && Objects.equals(published, a.published)
        && Objects.equals(outlet, a.outlet)
        && Objects.equals(url, a.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, source, title, text);
  }

  @Override
  public String toString() {
    return "Article{" + id + ", " + text.length() + " chars}";
  }
}
