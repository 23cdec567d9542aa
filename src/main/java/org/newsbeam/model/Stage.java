package org.newsbeam.model;

import java.util.Locale;

/** The stage of the pipeline an article failed at, as failures.csv names it. */
public enum Stage {
  READ,
  SPLIT,
  SENTIMENT,
  ENTITIES,
  JOIN,
  COUNTRIES,
  TARGETS,
  QUOTES;

  /** The name the reports write. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code label} is this one's name in the reports. */
  public boolean is(String label) {
    return label().equals(label);
  }
}
