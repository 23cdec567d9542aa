package org.newsbeam.speakers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbeam.text.AttributionWords;

/**
 * How an unnamed source is known in speakers.csv: by whom they speak for, first, as news writes it
 * ("a spokesman for the Home Office" and "a Home Office spokesman" are one "Home Office
 * spokesman").
 */
final class UnnamedSources {
  /** A description, then "for", "of" or "at" and a name: "senior official at the Treasury". */
  private static final Pattern FOR_A_NAME =
      Pattern.compile("^(.*?(\\S+))\\s+(?:for|of|at|with)\\s+(?:the\\s+)?(\\p{Lu}.*)$");

  private UnnamedSources() {}

  /** The description with what it speaks for in front, where that is a name; else as written. */
  static String name(String description) {
    Matcher m = FOR_A_NAME.matcher(description.strip());
    if (m.matches() && AttributionWords.isSpeakerNoun(m.group(2))) {
      return m.group(3) + " " + m.group(1);
    }
    return description;
  }
}
