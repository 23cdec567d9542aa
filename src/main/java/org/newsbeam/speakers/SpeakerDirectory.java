package org.newsbeam.speakers;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One name per person across the corpus: a speaker known in some article only by a surname
 * ("Putin") takes the full name another article gives ("Vladimir Putin"), when exactly one full
 * name with that surname was seen. Ambiguous surnames ("Clinton": Bill or Hillary) stay as they
 * are.
 */
public final class SpeakerDirectory {
  private SpeakerDirectory() {}

  /** Maps each one-word person name with a unique full-name match to that full name. */
  public static Map<String, String> build(Collection<String> personNames) {
    Map<String, TreeSet<String>> fullNamesBySurname = new HashMap<>();
    for (String name : personNames) {
      if (name.contains(" ")) {
        fullNamesBySurname
            .computeIfAbsent(key(PersonNames.surname(name)), k -> new TreeSet<>())
            .add(name);
      }
    }
    Map<String, String> aliases = new TreeMap<>();
    for (String name : personNames) {
      if (!name.contains(" ")) {
        TreeSet<String> candidates = fullNamesBySurname.get(key(name));
        if (candidates != null && candidates.size() == 1) {
          aliases.put(name, candidates.first());
        }
      }
    }
    return aliases;
  }

  /**
   * The key a name is filed under: a full name's surname, a one-word name itself, in lowercase. A
   * one-word name can only be an alias of a full name with the same key.
   */
  public static String surnameKey(String name) {
    return key(name.contains(" ") ? PersonNames.surname(name) : name);
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
