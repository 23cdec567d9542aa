package org.newsbeam.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Quote;
import org.newsbeam.model.Token;
import org.newsbeam.speakers.NewsAttributor.Candidate;
import org.newsbeam.speakers.NewsAttributor.Speaker;

/**
 * The people one article mentions, known by one canonical name each ("Mr Putin", "Putin" and
 * "Vladimir Putin" are "Vladimir Putin"), with the titles and countries the text gives them
 * ("Russian President Vladimir Putin"), so that pronouns and descriptions can be resolved to them.
 */
final class ArticlePeople {
  /** Words in a description that say the speaker holds an office or role. */
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "president",
          "minister",
          "secretary",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "senator",
          "governor",
          "mayor",
          "chancellor",
          "premier",
          "leader",
          "chief",
          "chairman",
          "chairwoman",
          "director",
          "candidate",
          "nominee",
          "ambassador",
          "king",
          "queen",
          "prince",
          "general",
          "commander",
          "head",
          "founder",
          "executive",
          "ceo",
          "official",
          "congressman",
          "congresswoman",
          "representative",
          "speaker",
          "attorney",
          "judge",
          "prosecutor",
          "coach",
          "manager",
          "businessman",
          "billionaire",
          "mogul",
          "star",
          "actor",
          "singer",
          "author",
          "economist",
          "analyst",
          "professor",
          "diplomat",
          "envoy",
          "aide",
          "adviser",
          "advisor");

  private static final int DESCRIPTION_REACH = 3;

  /** A person of the article: canonical name, gender, roles and countries from the text. */
  private static final class Person {
    final String name;
    PersonNames.Gender gender = PersonNames.Gender.UNKNOWN;
    final Set<String> roles = new HashSet<>();
    final Map<String, Integer> countries = new HashMap<>();

    Person(String name) {
      this.name = name;
    }

    String country() {
      String best = "";
      int bestCount = 0;
      for (Map.Entry<String, Integer> e : countries.entrySet()) {
        if (e.getValue() > bestCount
            || (e.getValue() == bestCount && e.getKey().compareTo(best) < 0)) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return best;
    }
  }

  private final ArticleIndex index;
  private final Map<String, Person> bySurname = new LinkedHashMap<>();

  /** Every PERSON mention with the person it names, in text order. */
  private final List<Map.Entry<EntityMention, Person>> personMentions = new ArrayList<>();

  ArticlePeople(ArticleIndex index) {
    this.index = index;
    List<EntityMention> persons = index.mentionsOfType("PERSON");
    for (EntityMention mention : persons) {
      String name = PersonNames.clean(mention.text);
      if (!isName(name) || AttributionWords.isPronoun(name)) {
        continue;
      }
      String surname = key(PersonNames.surname(name));
      Person known = bySurname.get(surname);
      if (known == null || words(name) > words(known.name)) {
        Person person = new Person(name);
        if (known != null) {
          person.gender = known.gender;
          person.roles.addAll(known.roles);
          person.countries.putAll(known.countries);
        }
        bySurname.put(surname, person);
      }
    }
    for (EntityMention mention : persons) {
      Person person = lookup(PersonNames.clean(mention.text));
      if (person == null) {
        continue;
      }
      personMentions.add(Map.entry(mention, person));
      PersonNames.Gender gender = PersonNames.gender(mention.text);
      if (gender != PersonNames.Gender.UNKNOWN) {
        person.gender = gender;
      }
      gender = PersonNames.gender(honorificBefore(mention) + " " + person.name);
      if (person.gender == PersonNames.Gender.UNKNOWN) {
        person.gender = gender;
      }
      learnContext(mention, person);
    }
  }

  /** A named person as speaker. */
  Speaker person(Candidate cue) {
    Person person = lookup(PersonNames.clean(cue.text()));
    String name = person == null ? PersonNames.clean(cue.text()) : person.name;
    if (!isName(name)) {
      return null;
    }
    String country =
        !cue.country().isEmpty() ? cue.country() : person == null ? "" : person.country();
    return new Speaker(cue.text(), cue.begin(), cue.end(), name, "person", country, cue.sentence());
  }

  /**
   * A pronoun as speaker. "he"/"she": the last speaker, if attributed in the last two sentences and
   * of matching gender; else, going back sentence by sentence, the first person of matching gender
   * each sentence names outside quotes (news sentences name their subject first). "it"/"they": the
   * last organization that spoke.
   */
  Speaker pronoun(Candidate cue, List<Quote> earlier) {
    String word = cue.text().toLowerCase(Locale.ROOT);
    PersonNames.Gender wanted =
        word.equals("he")
            ? PersonNames.Gender.MALE
            : word.equals("she") ? PersonNames.Gender.FEMALE : null;
    if (wanted == null) {
      return organizationPronoun(cue, earlier, word);
    }
    Quote last = lastAttributed(earlier);
    if (last != null && last.speakerType.equals("person")) {
      int[] sentences = index.sentencesOf(last.begin, last.end);
      Person person = byName(last.speakerName);
      if (cue.sentence() - sentences[1] <= 2
          && (person == null || person.gender != opposite(wanted))) {
        return asSpeaker(cue, last.speakerName, person);
      }
    }
    for (int s = cue.sentence(); s >= 0 && cue.sentence() - s <= PRONOUN_REACH; s--) {
      for (Map.Entry<EntityMention, Person> entry : personMentions) {
        EntityMention mention = entry.getKey();
        Person person = entry.getValue();
        boolean usable =
            mention.sentenceIndex == s
                && mention.begin < cue.begin()
                && !insideQuote(mention)
                && person.gender != opposite(wanted);
        if (usable) {
          return asSpeaker(cue, person.name, person);
        }
      }
    }
    return null;
  }

  private static Quote lastAttributed(List<Quote> earlier) {
    for (int q = earlier.size() - 1; q >= 0; q--) {
      if (earlier.get(q).attributed()) {
        return earlier.get(q);
      }
    }
    return null;
  }

  private boolean insideQuote(EntityMention mention) {
    return index.quoteOf(mention.sentenceIndex, mention.firstToken) >= 0;
  }

  private static final int PRONOUN_REACH = 6;

  private Speaker organizationPronoun(Candidate cue, List<Quote> earlier, String word) {
    if (!word.equals("it") && !word.equals("they")) {
      return null;
    }
    for (int q = earlier.size() - 1; q >= 0; q--) {
      Quote quote = earlier.get(q);
      if (quote.speakerType.equals("organization")) {
        return new Speaker(
            cue.text(),
            cue.begin(),
            cue.end(),
            quote.speakerName,
            "organization",
            quote.speakerCountry,
            cue.sentence());
      }
    }
    return null;
  }

  /**
   * A description as speaker: "the Russian president" is the person introduced with that role (or,
   * failing that, the person named just before it); "a US defense official" stays unnamed.
   */
  Speaker description(Candidate cue) {
    String text = cue.text();
    String first = text.split("\\s+")[0].toLowerCase(Locale.ROOT);
    String role = roleWord(text);
    if (first.equals("the") && role != null) {
      Person holder = null;
      for (Person person : bySurname.values()) {
        if (person.roles.contains(role)) {
          holder = holder == null ? person : holder == person ? person : null;
          if (holder == null) {
            break;
          }
        }
      }
      if (holder == null) {
        holder = recentPerson(cue);
      }
      if (holder != null) {
        return asSpeaker(cue, holder.name, holder);
      }
    }
    String name = NewsAttributor.stripArticle(text);
    if (!hasLetter(name)) {
      return null;
    }
    return new Speaker(
        text, cue.begin(), cue.end(), name, "unnamed", cue.country(), cue.sentence());
  }

  private Person recentPerson(Candidate cue) {
    for (int m = personMentions.size() - 1; m >= 0; m--) {
      EntityMention mention = personMentions.get(m).getKey();
      if (mention.begin < cue.begin()
          && cue.sentence() - mention.sentenceIndex <= DESCRIPTION_REACH) {
        return personMentions.get(m).getValue();
      }
    }
    return null;
  }

  private Speaker asSpeaker(Candidate cue, String name, Person person) {
    String known = person == null ? "" : person.country();
    String country = known.isEmpty() ? cue.country() : known;
    return new Speaker(cue.text(), cue.begin(), cue.end(), name, "person", country, cue.sentence());
  }

  /** The person a name stands for: by surname, or a lone first name of exactly one person. */
  private Person lookup(String cleanedName) {
    if (!isName(cleanedName) || AttributionWords.isPronoun(cleanedName)) {
      return null;
    }
    Person bySurnameMatch = bySurname.get(key(PersonNames.surname(cleanedName)));
    if (bySurnameMatch != null || cleanedName.contains(" ")) {
      return bySurnameMatch;
    }
    Person byFirstName = null;
    for (Person person : bySurname.values()) {
      if (person.name.contains(" ") && key(person.name.split(" ")[0]).equals(key(cleanedName))) {
        if (byFirstName != null) {
          return null;
        }
        byFirstName = person;
      }
    }
    return byFirstName;
  }

  private Person byName(String name) {
    return bySurname.get(key(PersonNames.surname(name)));
  }

  /**
   * Roles and countries written next to a person mention: "Russian President X", "X, spokesman".
   */
  private void learnContext(EntityMention mention, Person person) {
    int s = mention.sentenceIndex;
    for (int t = mention.firstToken - 1; t >= 0 && t >= mention.firstToken - 5; t--) {
      if (!learnToken(s, t, person)) {
        break;
      }
    }
    int after = mention.endToken;
    if (after < index.tokenCount(s) && index.token(s, after).word.equals(",")) {
      for (int t = after + 1; t < index.tokenCount(s) && t <= after + 8; t++) {
        if (index.token(s, t).word.equals(",") || !learnToken(s, t, person)) {
          break;
        }
      }
    }
    for (String word : mention.text.split("\\s+")) {
      String w = word.toLowerCase(Locale.ROOT);
      if (ROLE_WORDS.contains(w)) {
        person.roles.add(w);
      }
    }
  }

  /** Learns from one token near a mention; false when the token ends the context. */
  private boolean learnToken(int s, int t, Person person) {
    Token token = index.token(s, t);
    EntityMention mention = index.mentionAt(s, t);
    if (mention != null && mention.type.equals("PERSON")) {
      return false;
    }
    boolean nounish =
        token.pos.startsWith("NN")
            || token.pos.startsWith("JJ")
            || token.pos.equals("DT")
            || token.pos.equals("IN")
            || token.pos.equals("POS");
    if (!nounish && mention == null) {
      return false;
    }
    String w = token.word.toLowerCase(Locale.ROOT);
    if (ROLE_WORDS.contains(w)) {
      person.roles.add(w);
    }
    if (mention != null && !mention.country.isEmpty()) {
      person.countries.merge(mention.country, 1, Integer::sum);
    }
    return true;
  }

  private String honorificBefore(EntityMention mention) {
    int t = mention.firstToken - 1;
    return t >= 0 ? index.token(mention.sentenceIndex, t).word : "";
  }

  private static String roleWord(String text) {
    for (String word : text.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (ROLE_WORDS.contains(word)) {
        return word;
      }
    }
    return null;
  }

  private static PersonNames.Gender opposite(PersonNames.Gender gender) {
    return gender == PersonNames.Gender.MALE ? PersonNames.Gender.FEMALE : PersonNames.Gender.MALE;
  }

  /** A name has a capitalized word and no lowercase-only debris. */
  static boolean isName(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
      return false;
    }
    for (String word : name.split("\\s+")) {
      if (word.contains("-") && word.equals(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetter(String text) {
    return text.chars().anyMatch(Character::isLetter);
  }

  private static int words(String name) {
    return name.split("\\s+").length;
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
