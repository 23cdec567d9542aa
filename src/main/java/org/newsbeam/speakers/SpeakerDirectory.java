package org.newsbeam.speakers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One name per person across the corpus, from the names the articles give and how often each is
 * quoted. A full name with middle names or initials ("Harry M. Reid") is the plainer form of it
 * ("Harry Reid") where that form is seen and no other middle form is (George W. and George H. W.
 * Bush stay apart). A speaker known in some article only by a surname ("Putin") takes the full name
 * with that surname, when there is one, or when one is quoted at least {@link #DOMINANT} of the
 * time ("Trump": Donald, not Eric or Ivanka); other surnames ("Clinton": Bill and Hillary alike)
 * stay.
 */
public final class SpeakerDirectory {
  /** The share of a surname's quotes one full name needs to take the bare surname's quotes. */
  static final double DOMINANT = 0.8;

  private SpeakerDirectory() {}

  /**
   * Maps each name to the name it is the same person as, for the names of one surname or of many,
   * each with how often it is quoted; names that stay as they are are not listed.
   */
  public static Map<String, String> build(Map<String, Long> quotesByName) {
    Map<String, String> aliases = new TreeMap<>();
    // Full names by first name and surname: "harry reid" holds "Harry Reid" and "Harry M. Reid".
    Map<String, TreeSet<String>> byFirstAndSurname = new TreeMap<>();
    for (String name : quotesByName.keySet()) {
      if (name.contains(" ")) {
        byFirstAndSurname.computeIfAbsent(firstAndSurname(name), k -> new TreeSet<>()).add(name);
      }
    }
    for (TreeSet<String> forms : byFirstAndSurname.values()) {
      List<String> plain = forms.stream().filter(n -> words(n) == 2).toList();
      List<String> longer = forms.stream().filter(n -> words(n) > 2).toList();
      if (plain.size() == 1 && longer.size() == 1) {
        aliases.put(longer.get(0), plain.get(0));
      }
    }
    // Each person's full name with their quotes, by surname.
    Map<String, Map<String, Long>> fullNamesBySurname = new HashMap<>();
    quotesByName.forEach(
        (name, quotes) -> {
          if (name.contains(" ")) {
            fullNamesBySurname
                .computeIfAbsent(key(PersonNames.surname(name)), k -> new TreeMap<>())
                .merge(aliases.getOrDefault(name, name), quotes, Long::sum);
          }
        });
    for (String name : quotesByName.keySet()) {
      if (!name.contains(" ")) {
        String full = dominant(fullNamesBySurname.getOrDefault(key(name), Map.of()));
        if (full != null) {
          aliases.put(name, full);
        }
      }
    }
    return aliases;
  }

  /** The only full name, or the one quoted at least {@link #DOMINANT} of the time; else null. */
  private static String dominant(Map<String, Long> quotesByFullName) {
    long all = quotesByFullName.values().stream().mapToLong(Long::longValue).sum();
    for (Map.Entry<String, Long> e : quotesByFullName.entrySet()) {
      if (quotesByFullName.size() == 1 || e.getValue() >= DOMINANT * all) {
        return e.getKey();
      }
    }
    return null;
  }

  private static String firstAndSurname(String name) {
    return key(PersonNames.SPACES.split(name)[0]) + " " + key(PersonNames.surname(name));
  }

  private static int words(String name) {
    return PersonNames.SPACES.split(name.strip()).length;
  }

  /**
   * The key a name is filed under: a full name's surname, a one-word name itself, in lowercase. A
   * name can only be an alias of a name with the same key.
   */
  public static String surnameKey(String name) {
    return key(name.contains(" ") ? PersonNames.surname(name) : name);
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
