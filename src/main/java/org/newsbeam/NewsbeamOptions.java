package org.newsbeam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** newsbeam's command-line options; every Beam option (--runner, ...) is accepted as well. */
public interface NewsbeamOptions extends PipelineOptions {
  @Description("Articles to read: a file pattern (glob), e.g. seeds/*.txt or /data/news/**/*.txt")
  @Default.String("seeds/*.txt")
  String getInput();

  void setInput(String value);

  @Description("Directory the CSV reports are written to (created if missing)")
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description(
      "Replace the reports in --output even when they are of other input (none of their files"
          + " is read now); without it such a run stops before it starts")
  @Default.Boolean(false)
  boolean getOverwrite();

  void setOverwrite(boolean value);

  @Description(
      "Directory keeping each article's CoreNLP annotations (gzipped JSON, by content) so that"
          + " a later run annotates only new articles; empty to keep none")
  @Default.String("")
  String getAnnotations();

  void setAnnotations(String value);

  @Description(
      "Quote attributor: news (newsbeam's own, the default) or corenlp (CoreNLP's, built for"
          + " novels; the baseline of the quote evaluation, and much slower)")
  @Default.String("news")
  String getAttributor();

  void setAttributor(String value);

  @Description(
      "Which field of a record (JSON, CSV) holds each part of an article, where it is not"
          + " news-please's or the plain name: part=field pairs, e.g."
          + " text=body,date=published_at,source=media_name (parts: id, title, text, date, source,"
          + " url, language; a dotted field reaches into a JSON object: source=source.uri)")
  @Default.String("")
  String getFields();

  void setFields(String value);

  @Description("The period of the reports over time: day, week (ISO), month, quarter or year")
  @Default.String("month")
  String getPeriod();

  void setPeriod(String value);

  @Description(
      "Count every copy of a story (near-identical articles) in the speakers' and countries'"
          + " figures; by default words that several copies share count once")
  @Default.Boolean(false)
  boolean getCountCopies();

  void setCountCopies(boolean value);

  @Description(
      "Write report.html beside the CSV reports: one page with charts of the run, its speakers and"
          + " countries, that opens offline")
  @Default.Boolean(true)
  boolean getHtmlReport();

  void setHtmlReport(boolean value);

  @Description("Articles longer than this many characters are rejected (listed in failures.csv)")
  @Default.Integer(100_000)
  int getMaxArticleChars();

  void setMaxArticleChars(int value);
}
