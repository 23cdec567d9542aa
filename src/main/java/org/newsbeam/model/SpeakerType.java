package org.newsbeam.model;

import java.util.Locale;

/**
 * Who a speaker is, as the reports name it: a named person, an organization, an unnamed source ("a
 * US defense official"), or a document ("the report", "emails released by WikiLeaks").
 */
public enum SpeakerType {
  PERSON,
  ORGANIZATION,
  UNNAMED,
  DOCUMENT;

  /** The name the reports write. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code label} is this one's name in the reports. */
  public boolean is(String label) {
    return label().equals(label);
  }
}
