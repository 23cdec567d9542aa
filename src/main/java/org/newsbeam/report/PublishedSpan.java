package org.newsbeam.report;

import java.io.Serializable;
import java.util.List;

/** The first and last publication day among what a row rests on ("YYYY-MM-DD" sorts as a date). */
final class PublishedSpan implements Serializable {
  private String first = "";
  private String last = "";

  void add(String day) {
    if (day == null || day.isEmpty()) {
      return;
    }
    if (first.isEmpty() || day.compareTo(first) < 0) {
      first = day;
    }
    if (last.isEmpty() || day.compareTo(last) > 0) {
      last = day;
    }
  }

  void addAll(PublishedSpan other) {
    add(other.first);
    add(other.last);
  }

  /** Appends first and last (empty cells for none dated). */
  void addCells(List<String> row) {
    row.add(first);
    row.add(last);
  }
}
