package org.newsbeam.model;

import java.util.Locale;

/**
 * What a quotation is, as quotes.csv names it: a quoted sentence or clause (direct), quoted words
 * inside paraphrase (partial), or one to three quoted words with no reporting clause, never
 * attributed (scare).
 */
public enum QuoteKind {
  DIRECT,
  PARTIAL,
  SCARE;

  /** The name the reports write. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code label} is this one's name in the reports. */
  public boolean is(String label) {
    return label().equals(label);
  }
}
