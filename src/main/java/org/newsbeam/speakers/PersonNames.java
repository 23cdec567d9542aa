package org.newsbeam.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person names as speakers: strips honorifics and titles ("Mr Putin", "President Obama", "Sen.
 * Bernie Sanders's" become "Putin", "Obama", "Bernie Sanders"), finds surnames, and tells a name's
 * gender from an honorific or from CoreNLP's first-name gender list.
 */
public final class PersonNames {
  /** Runs of whitespace, between the words of a name or a mention (the package's one pattern). */
  static final Pattern SPACES = Pattern.compile("\\s+");

  public enum Gender {
    MALE("male"),
    FEMALE("female"),
    UNKNOWN("");

    /** As reports write it. */
    public final String label;

    Gender(String label) {
      this.label = label;
    }
  }

  private static final Set<String> MALE_HONORIFICS = Set.of("mr", "sir", "lord", "king", "prince");
  private static final Set<String> FEMALE_HONORIFICS =
      Set.of("mrs", "ms", "miss", "dame", "lady", "queen", "princess", "madam");

  /** Words that precede a name as a title or honorific and are not part of it. */
  private static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "sir",
          "dame",
          "lord",
          "lady",
          "madam",
          "mister",
          "president",
          "vice",
          "prime",
          "minister",
          "secretary",
          "senator",
          "sen",
          "rep",
          "representative",
          "congressman",
          "congresswoman",
          "gov",
          "governor",
          "gen",
          "general",
          "col",
          "colonel",
          "capt",
          "captain",
          "lt",
          "sgt",
          "sergeant",
          "adm",
          "admiral",
          "judge",
          "justice",
          "rev",
          "reverend",
          "pope",
          "king",
          "queen",
          "prince",
          "princess",
          "chancellor",
          "mayor",
          "chairman",
          "chairwoman",
          "professor",
          "prof",
          "ambassador",
          "former",
          "presidential",
          "candidate",
          "nominee",
          "democratic",
          "republican",
          "spokesman",
          "spokeswoman",
          "sheikh",
          "ayatollah",
          "foreign",
          "defense",
          "defence",
          "state",
          "attorney",
          "speaker",
          "leader",
          "house",
          "senate",
          "majority",
          "minority",
          "deputy",
          "chief",
          "officer",
          "commander",
          "director",
          "head",
          "premier",
          "emir");

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  private static final Map<String, Gender> FIRST_NAME_GENDER = loadFirstNameGender();

  private PersonNames() {}

  /** The name without titles, honorifics, possessive or surrounding punctuation. */
  public static String clean(String mention) {
    String text = mention.strip().replaceAll("['’]s$", "").replaceAll("\\s+", " ");
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
    while (words.size() > 1 && TITLES.contains(key(words.get(0)))) {
      words.remove(0);
    }
    String name = String.join(" ", words).replaceAll("^[\\p{Punct}\\s]+|[,;:\\s]+$", "");
    return isInCapitals(name) ? titleCase(name) : name;
  }

  /** "JAKE TAPPER", as a transcript prints its speakers: every letter a capital, a name's worth. */
  private static boolean isInCapitals(String name) {
    long letters = name.chars().filter(Character::isLetter).count();
    return letters >= 4
        && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** "JAKE O'NEIL-SMITH III" is "Jake O'Neil-Smith III". */
  static String titleCase(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : SPACES.split(name)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      if (SUFFIXES.contains(key(word))) {
        out.append(word);
        continue;
      }
      boolean start = true;
      for (char c : word.toCharArray()) {
        out.append(start ? c : Character.toLowerCase(c));
        start = c == '-' || c == '\'' || c == '\u2019' || c == '.';
      }
    }
    return out.toString();
  }

  /** The last word of a name that is not a suffix like "Jr.". */
  public static String surname(String name) {
    String[] words = SPACES.split(name.strip());
    for (int i = words.length - 1; i >= 0; i--) {
      if (!SUFFIXES.contains(key(words[i]))) {
        return words[i].replaceAll("[,.]$", "");
      }
    }
    return words[words.length - 1];
  }

  /** The gender an honorific or first name tells, from the mention as written. */
  public static Gender gender(String mention) {
    Gender byHonorific = honorificGender(mention);
    if (byHonorific != Gender.UNKNOWN) {
      return byHonorific;
    }
    String[] nameWords = SPACES.split(clean(mention));
    if (nameWords.length < 2) {
      return Gender.UNKNOWN;
    }
    return FIRST_NAME_GENDER.getOrDefault(key(nameWords[0]), Gender.UNKNOWN);
  }

  private static final Set<String> ROYAL_TITLES =
      Set.of("king", "queen", "prince", "princess", "pope", "emperor", "sultan", "emir", "sheikh");

  /** Whether the mention as written has a royal title ("King Michael", "ex-King Michael"). */
  public static boolean hasRoyalTitle(String mention) {
    for (String word : SPACES.split(mention.strip())) {
      String k = key(word);
      if (ROYAL_TITLES.contains(k.startsWith("ex-") ? k.substring(3) : k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word is an honorific that comes before a name ("Mr", "Lady", "Dr."). */
  public static boolean isHonorific(String word) {
    String k = key(word);
    return MALE_HONORIFICS.contains(k)
        || FEMALE_HONORIFICS.contains(k)
        || k.equals("dr")
        || k.equals("mister");
  }

  /** The gender an honorific in the mention tells ("Mr", "Mrs", "Sir"), or UNKNOWN. */
  public static Gender honorificGender(String mention) {
    for (String word : SPACES.split(mention.strip())) {
      String k = key(word);
      if (MALE_HONORIFICS.contains(k)) {
        return Gender.MALE;
      }
      if (FEMALE_HONORIFICS.contains(k)) {
        return Gender.FEMALE;
      }
    }
    return Gender.UNKNOWN;
  }

  static boolean isTitleWord(String word) {
    return TITLES.contains(key(word));
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[.]", "");
  }

  /** CoreNLP's list of first names with their usual gender (in its models jar). */
  private static Map<String, Gender> loadFirstNameGender() {
    String resource = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    Map<String, Gender> genders = new HashMap<>();
    try (InputStream in = PersonNames.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP models jar missing: no " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String[] parts = line.split("\t");
        if (parts.length == 2) {
          genders.put(
              parts[0].toLowerCase(Locale.ROOT),
              switch (parts[1].strip()) {
                case "MALE" -> Gender.MALE;
                case "FEMALE" -> Gender.FEMALE;
                default -> Gender.UNKNOWN;
              });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return genders;
  }
}
