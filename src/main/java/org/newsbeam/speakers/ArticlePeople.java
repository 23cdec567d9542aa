package org.newsbeam.speakers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Quote;
import org.newsbeam.model.SpeakerType;
import org.newsbeam.model.Token;
import org.newsbeam.speakers.NewsAttributor.Candidate;
import org.newsbeam.speakers.NewsAttributor.Speaker;
import org.newsbeam.text.AttributionWords;
import org.newsbeam.text.Subjects;

/**
 * The people one article mentions, known by one canonical name each ("Mr Putin", "Putin" and
 * "Vladimir Putin" are "Vladimir Putin"), with the titles and countries the text gives them
 * ("Russian President Vladimir Putin"), so that pronouns and descriptions can be resolved to them.
 */
final class ArticlePeople {

  /** A person of the article: canonical name, gender, roles and countries from the text. */
  private static final class Person {
    final String name;
    PersonNames.Gender gender = PersonNames.Gender.UNKNOWN;

    /** Whether the gender comes from an honorific ("Mrs") rather than a list of first names. */
    boolean genderFromHonorific;

    final Set<String> roles = new HashSet<>();
    final Map<String, Integer> countries = new TreeMap<>();

    /** How often the article speaks of the person as "he" and as "she" when it quotes them. */
    int he;

    int she;

    Person(String name) {
      this.name = name;
    }

    String country() {
      String best = "";
      int bestCount = 0;
      for (Map.Entry<String, Integer> e : countries.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return best;
    }

    /**
     * Whether a pronoun of the wanted gender can stand for this person. A gender guessed from a
     * first name ("Terry") may be overruled by {@code lenient}; one from an honorific may not.
     */
    boolean fits(PersonNames.Gender wanted, boolean lenient) {
      return wanted == PersonNames.Gender.UNKNOWN
          || gender == PersonNames.Gender.UNKNOWN
          || gender == wanted
          || (lenient && !genderFromHonorific);
    }
  }

  private static final int PRONOUN_REACH = 6;

  private final ArticleIndex index;

  /** People named in full, by first name and surname ("hillary clinton"). */
  private final Map<String, Person> byFullName = new LinkedHashMap<>();

  /** Every PERSON mention with the person it names, in text order. */
  private final List<Map.Entry<EntityMention, Person>> personMentions = new ArrayList<>();

  ArticlePeople(ArticleIndex index) {
    this.index = index;
    List<EntityMention> names = new ArrayList<>();
    for (EntityMention mention : index.mentionsOfType("PERSON")) {
      String name = PersonNames.clean(mention.text);
      if (isName(name) && !AttributionWords.isPronoun(name)) {
        names.add(mention);
        if (name.contains(" ")) {
          byFullName.merge(
              fullKey(name),
              new Person(name),
              (known, other) -> words(other.name) > words(known.name) ? other : known);
        }
      }
    }
    Map<String, Person> singleNames = new LinkedHashMap<>();
    for (EntityMention mention : names) {
      String name = PersonNames.clean(mention.text);
      Person person = lookup(name, mention.begin, honorificBefore(mention) + " " + mention.text);
      if (person == null) {
        person = singleNames.computeIfAbsent(key(name), k -> new Person(name));
      }
      personMentions.add(Map.entry(mention, person));
    }
    for (Map.Entry<EntityMention, Person> entry : personMentions) {
      EntityMention mention = entry.getKey();
      Person person = entry.getValue();
      PersonNames.Gender honorific =
          PersonNames.honorificGender(honorificBefore(mention) + " " + mention.text);
      if (honorific != PersonNames.Gender.UNKNOWN) {
        person.gender = honorific;
        person.genderFromHonorific = true;
      } else if (person.gender == PersonNames.Gender.UNKNOWN) {
        person.gender = PersonNames.gender(person.name);
      }
      learnContext(mention, person);
    }
  }

  /** A gender, and what tells it: "honorific", "pronoun", "first name", or "" when unknown. */
  record ToldGender(PersonNames.Gender gender, String by) {
    static ToldGender byName(PersonNames.Gender gender) {
      return new ToldGender(gender, gender == PersonNames.Gender.UNKNOWN ? "" : "first name");
    }
  }

  /**
   * A person's gender as the article tells it: by an honorific ("Mrs May"), else by the pronouns it
   * uses for them ("he said" resolved to them) where those agree, else by their first name.
   */
  ToldGender genderOf(String name) {
    Person person = byName(name);
    if (person == null) {
      PersonNames.Gender honorific = PersonNames.honorificGender(name);
      return honorific != PersonNames.Gender.UNKNOWN
          ? new ToldGender(honorific, "honorific")
          : ToldGender.byName(PersonNames.gender(name));
    }
    if (person.genderFromHonorific) {
      return new ToldGender(person.gender, "honorific");
    }
    if (person.he != person.she) {
      return new ToldGender(
          person.he > person.she ? PersonNames.Gender.MALE : PersonNames.Gender.FEMALE, "pronoun");
    }
    return ToldGender.byName(person.gender);
  }

  /** The person each mention by name stands for, by the mention's first character. */
  Map<Integer, String> namesByMention() {
    Map<Integer, String> names = new HashMap<>();
    for (Map.Entry<EntityMention, Person> entry : personMentions) {
      names.put(entry.getKey().begin, entry.getValue().name);
    }
    return names;
  }

  /**
   * A one-word organization or place that is the surname of someone the article names ("Cuban"
   * after "Mark Cuban"), as that person; else null.
   */
  Speaker surnameOfSomeoneNamed(Candidate cue) {
    String word = cue.text();
    if (word.contains(" ") || !allCapitalized(new String[] {word})) {
      return null;
    }
    Person person = lookup(word, cue.begin(), word);
    return person == null ? null : asSpeaker(cue, person.name, person);
  }

  /** A named person as speaker. */
  Speaker person(Candidate cue) {
    String written = PersonNames.clean(cue.text());
    Person person = lookup(written, cue.begin(), wordBefore(cue.begin()) + " " + cue.text());
    String name = person == null ? written : person.name;
    if (!isName(name) || AttributionWords.isPronoun(name)) {
      return null;
    }
    String country =
        !cue.country().isEmpty() ? cue.country() : person == null ? "" : person.country();
    return new Speaker(
        cue.text(), cue.begin(), cue.end(), name, SpeakerType.PERSON, country, cue.sentence());
  }

  /**
   * A pronoun as speaker. "he"/"she", in this order: a person of fitting gender introduced as a
   * sentence's subject since the last attributed quote; the last speaker, if within two sentences;
   * a person named in the sentence before; a subject further back; anyone further back.
   * "it"/"they": the last organization that spoke.
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
    int lastSentence = last == null ? -1 : index.sentencesOf(last.begin, last.end)[1];
    Person addressee = addressee(cue);
    Predicate<Person> fitting = p -> p != addressee && p.fits(wanted, false);
    Person subject =
        firstSubject(cue, fitting, Math.max(lastSentence, cue.sentence() - PRONOUN_REACH));
    if (subject != null) {
      return asSpeaker(cue, subject.name, subject);
    }
    if (last != null && last.spokenBy(SpeakerType.PERSON) && cue.sentence() - lastSentence <= 2) {
      Person lastSpeaker = byName(last.speakerName);
      // Right after its quote, the last speaker wins over a first-name guess of gender.
      if (lastSpeaker == null
          || (lastSpeaker != addressee
              && lastSpeaker.fits(wanted, cue.sentence() - lastSentence <= 1))) {
        return asSpeaker(cue, last.speakerName, lastSpeaker);
      }
    }
    // Further back, a person whose gender is known to fit goes before one whose gender is unknown.
    Predicate<Person> known = p -> fitting.test(p) && p.gender == wanted;
    Person recent = furtherBack(cue, known);
    if (recent == null) {
      recent = furtherBack(cue, fitting);
    }
    return recent == null ? null : asSpeaker(cue, recent.name, recent);
  }

  /**
   * A person who fits, named in the sentence before; else a subject further back; else anyone
   * further back.
   */
  private Person furtherBack(Candidate cue, Predicate<Person> fits) {
    Person recent = latestMention(cue, fits, cue.sentence() - 1);
    if (recent == null) {
      recent = firstSubject(cue, fits, cue.sentence() - PRONOUN_REACH);
    }
    if (recent == null) {
      recent = latestMention(cue, fits, cue.sentence() - PRONOUN_REACH);
    }
    return recent;
  }

  /**
   * Going back from the pronoun's sentence to sentence {@code floor}, the first person of fitting
   * gender whom a sentence reports ("..., Biden said", "said James Henson, director of ...") or,
   * failing that, who is its subject (named before its first verb, outside quotes), a possessor
   * ("Trump's attorney, Alan Garten") only where no one else is.
   */
  private Person firstSubject(Candidate cue, Predicate<Person> fitting, int floor) {
    for (int s = cue.sentence(); s >= Math.max(0, floor); s--) {
      Person subject = null;
      Person possessor = null;
      for (Map.Entry<EntityMention, Person> entry : personMentions) {
        EntityMention mention = entry.getKey();
        if (mention.sentenceIndex != s || mention.begin >= cue.begin() || insideQuote(mention)) {
          continue;
        }
        Person person = fitting(mention, entry.getValue(), fitting);
        if (person == null) {
          continue;
        }
        if (isReported(mention)) {
          return person;
        }
        if (isSubject(mention)) {
          if (isPossessor(mention)) {
            possessor = possessor == null ? person : possessor;
          } else if (subject == null) {
            subject = person;
          }
        }
      }
      if (subject != null || possessor != null) {
        return subject != null ? subject : possessor;
      }
    }
    return null;
  }

  /** Whether the name is a possessor: "Trump" in "Trump's attorney". */
  private boolean isPossessor(EntityMention mention) {
    List<Token> tokens = index.sentence(mention.sentenceIndex).tokens;
    return mention.endToken < tokens.size() && tokens.get(mention.endToken).pos.equals("POS");
  }

  /**
   * Whether the sentence reports the person's words: a speech verb right after the name ("Biden
   * said") or, after a comma or quotation, right before it ("..., said James Henson").
   */
  private boolean isReported(EntityMention mention) {
    List<Token> tokens = index.sentence(mention.sentenceIndex).tokens;
    int after = mention.endToken;
    if (after < tokens.size()
        && tokens.get(after).word.equals(",")
        && mention.firstToken > 0
        && tokens.get(mention.firstToken - 1).word.equals(",")) {
      after++; // "Trump's attorney, Alan Garten, said"
    }
    if (after < tokens.size() && isSpeechVerb(tokens.get(after))) {
      return true;
    }
    int before = mention.firstToken - 1;
    return before >= 1
        && isSpeechVerb(tokens.get(before))
        && (tokens.get(before - 1).word.equals(",") || tokens.get(before - 1).pos.equals("''"));
  }

  private static boolean isSpeechVerb(Token token) {
    return AttributionWords.isSpeechVerb(token.word, token.pos);
  }

  /** The latest person of fitting gender named outside quotes, back to sentence {@code floor}. */
  private Person latestMention(Candidate cue, Predicate<Person> fitting, int floor) {
    for (int m = personMentions.size() - 1; m >= 0; m--) {
      EntityMention mention = personMentions.get(m).getKey();
      if (mention.sentenceIndex < floor) {
        break;
      }
      Person person = fitting(mention, personMentions.get(m).getValue(), fitting);
      if (mention.begin < cue.begin() && !insideQuote(mention) && person != null) {
        return person;
      }
    }
    return null;
  }

  /**
   * The person a mention names if they fit, else, for a lone surname, the one other person of the
   * article with that surname who does: "Ebeling" read as Tom Ebeling is Betsy Ebeling to a "she".
   */
  private Person fitting(EntityMention mention, Person person, Predicate<Person> fitting) {
    if (fitting.test(person)) {
      return person;
    }
    if (PersonNames.clean(mention.text).contains(" ")) {
      return null;
    }
    String surname = surnameOf(person.name);
    Person other = null;
    for (Person p : byFullName.values()) {
      if (p != person && surnameOf(p.name).equals(surname) && fitting.test(p)) {
        if (other != null) {
          return null;
        }
        other = p;
      }
    }
    return other;
  }

  private static String surnameOf(String name) {
    String[] words = PersonNames.SPACES.split(name);
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }

  /** The person a pronoun speaks to, who cannot be the pronoun: Hannity in "he told Hannity". */
  private Person addressee(Candidate cue) {
    List<Token> tokens = index.sentence(cue.sentence()).tokens;
    for (int t = 0; t + 2 < tokens.size(); t++) {
      if (tokens.get(t).begin == cue.begin() && isSpeechVerb(tokens.get(t + 1))) {
        for (Map.Entry<EntityMention, Person> entry : personMentions) {
          EntityMention mention = entry.getKey();
          if (mention.sentenceIndex == cue.sentence() && mention.firstToken == t + 2) {
            return entry.getValue();
          }
        }
      }
    }
    return null;
  }

  /** Named before the first verb of its sentence (outside quotes): the sentence's subject. */
  private boolean isSubject(EntityMention mention) {
    int s = mention.sentenceIndex;
    List<Token> tokens = index.sentence(s).tokens;
    return Subjects.isClauseSubject(tokens, mention.firstToken, t -> index.quoteOf(s, t) >= 0);
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

  private Speaker organizationPronoun(Candidate cue, List<Quote> earlier, String word) {
    if (!word.equals("it") && !word.equals("they")) {
      return null;
    }
    for (int q = earlier.size() - 1; q >= 0; q--) {
      Quote quote = earlier.get(q);
      if (quote.spokenBy(SpeakerType.ORGANIZATION)) {
        return new Speaker(
            cue.text(),
            cue.begin(),
            cue.end(),
            quote.speakerName,
            SpeakerType.ORGANIZATION,
            quote.speakerCountry,
            cue.sentence());
      }
    }
    return null;
  }

  /**
   * A description as speaker: "the Russian president" is the one person the text introduced with
   * that role, or else the person the same or previous sentence is about (its subject); "a US
   * defense official", and a description nobody fits, stays an unnamed source as written.
   */
  Speaker description(Candidate cue) {
    String text = cue.text();
    String first = PersonNames.SPACES.split(text)[0].toLowerCase(Locale.ROOT);
    String role = roleWord(text);
    if (first.equals("the") && role != null) {
      Person holder = onlyHolderOf(role);
      if (holder == null) {
        holder = firstSubject(cue, anyone -> true, cue.sentence() - 1);
      }
      if (holder != null) {
        // What the description says of the person holds for the rest of the article.
        holder.roles.add(role);
        if (!cue.country().isEmpty()) {
          holder.countries.merge(cue.country(), 1, Integer::sum);
        }
        return asSpeaker(cue, holder.name, holder);
      }
    }
    String name = NewsAttributor.stripArticle(text);
    if (!hasLetter(name)) {
      return null;
    }
    String[] words = PersonNames.SPACES.split(name);
    if ((AttributionWords.isNotASpeaker(words[words.length - 1])
            && !(words.length >= 2 && allCapitalized(words)))
        || Arrays.stream(words).anyMatch(w -> w.equalsIgnoreCase("percent") || w.equals("%"))) {
      return null; // "Friday said", "14 percent said": a time or an amount; not "Theresa May"
    }
    if (first.equals("the")
        && words.length == 1
        && AttributionWords.isOrganizationNoun(words[0].toLowerCase(Locale.ROOT))) {
      // "the company said": the organization the article last named outside quotes.
      EntityMention organization = latestOrganization(cue);
      if (organization != null) {
        return new Speaker(
            text,
            cue.begin(),
            cue.end(),
            NewsAttributor.stripArticle(organization.text),
            SpeakerType.ORGANIZATION,
            "",
            cue.sentence());
      }
    }
    String trailing = trailingFullName(words);
    if (trailing != null) {
      // "Deutsche Bank's Simon Champion", "the band's singer Tom Meighan": the person named last.
      Person named = lookup(trailing, cue.begin(), trailing);
      return named != null
          ? asSpeaker(cue, named.name, named)
          : new Speaker(
              text,
              cue.begin(),
              cue.end(),
              trailing,
              SpeakerType.PERSON,
              cue.country(),
              cue.sentence());
    }
    if (allCapitalized(words)) {
      // A name the recognizer missed: "Pence" where the article names Mike Pence, "Mr Irish".
      String cleaned = PersonNames.clean(name);
      Person named = lookup(cleaned, cue.begin(), name);
      if (named != null) {
        return asSpeaker(cue, named.name, named);
      }
      boolean firstName = PersonNames.gender(name) != PersonNames.Gender.UNKNOWN;
      if (words.length >= 2
          && (PersonNames.isHonorific(words[0]) || firstName)
          && isName(cleaned)) {
        return new Speaker(
            text,
            cue.begin(),
            cue.end(),
            cleaned,
            SpeakerType.PERSON,
            cue.country(),
            cue.sentence());
      }
      String head = words[words.length - 1];
      if (words.length >= 2
          && !AttributionWords.isSpeakerNoun(head)
          && !AttributionWords.isRoleWord(head.toLowerCase(Locale.ROOT))) {
        // A name of several words that is no one's ("Age Concern", "Daily Caller"): a body.
        return new Speaker(
            text, cue.begin(), cue.end(), name, SpeakerType.ORGANIZATION, "", cue.sentence());
      }
    }
    return new Speaker(
        text,
        cue.begin(),
        cue.end(),
        UnnamedSources.name(name),
        isDocument(words) ? SpeakerType.DOCUMENT : SpeakerType.UNNAMED,
        cue.country(),
        cue.sentence());
  }

  /**
   * Whether a description names a document: its head ("the report", "a Senate study"), or the word
   * before what tells where it comes from ("emails released by WikiLeaks", "a report from ...").
   */
  private static boolean isDocument(String[] words) {
    for (int i = 0; i < words.length; i++) {
      if (i == words.length - 1
          || AttributionWords.isSourceLink(words[i + 1].toLowerCase(Locale.ROOT))) {
        return AttributionWords.isDocumentNoun(words[i].toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /** The organization last named before the cue, outside quotes, within a few sentences. */
  private EntityMention latestOrganization(Candidate cue) {
    EntityMention latest = null;
    for (EntityMention mention : index.mentionsOfType("ORGANIZATION")) {
      if (mention.begin < cue.begin()
          && mention.sentenceIndex >= cue.sentence() - PRONOUN_REACH
          && !insideQuote(mention)) {
        latest = mention;
      }
    }
    return latest;
  }

  /**
   * The capitalized words that end a description after other words, when they begin with a known
   * first name ("Simon Champion" in "Deutsche Bank's Simon Champion"), or null.
   */
  private static String trailingFullName(String[] words) {
    int from = words.length;
    while (from > 0 && allCapitalized(new String[] {words[from - 1]})) {
      from--;
    }
    for (int start = from; start <= words.length - 2; start++) {
      String candidate = String.join(" ", Arrays.copyOfRange(words, start, words.length));
      if (start > 0
          && !words[start].contains("'")
          && !words[start].contains("\u2019")
          && PersonNames.gender(candidate) != PersonNames.Gender.UNKNOWN
          && !PersonNames.isHonorific(words[start])) {
        return PersonNames.clean(candidate);
      }
    }
    return null;
  }

  private static boolean allCapitalized(String[] words) {
    for (String word : words) {
      if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private Person onlyHolderOf(String role) {
    Person holder = null;
    for (Map.Entry<EntityMention, Person> entry : personMentions) {
      Person person = entry.getValue();
      if (person.roles.contains(role) && person != holder) {
        if (holder != null) {
          return null;
        }
        holder = person;
      }
    }
    return holder;
  }

  private Speaker asSpeaker(Candidate cue, String name, Person person) {
    if (person != null && AttributionWords.isPronoun(cue.text())) {
      String pronoun = cue.text().toLowerCase(Locale.ROOT);
      person.he += pronoun.equals("he") ? 1 : 0;
      person.she += pronoun.equals("she") ? 1 : 0;
    }
    String known = person == null ? "" : person.country();
    String country = known.isEmpty() ? cue.country() : known;
    return new Speaker(
        cue.text(), cue.begin(), cue.end(), name, SpeakerType.PERSON, country, cue.sentence());
  }

  /**
   * The person a name stands for at a position: a full name by first name and surname; a lone
   * surname or first name by the one person who has it or, when several do ("Clinton"), by the one
   * whose first name fits the honorific it was written with ("Mrs Clinton"), else by the one last
   * named before the position. A lone first name stands for a full name, unless a royal title goes
   * with it ("King Michael" is not Michael Ancram).
   */
  private Person lookup(String cleanedName, int position, String asWritten) {
    PersonNames.Gender honorific = PersonNames.honorificGender(asWritten);
    if (!isName(cleanedName) || AttributionWords.isPronoun(cleanedName)) {
      return null;
    }
    if (cleanedName.contains(" ")) {
      Person full = byFullName.get(fullKey(cleanedName));
      return full != null ? full : lookup(PersonNames.surname(cleanedName), position, asWritten);
    }
    List<Person> matches = new ArrayList<>();
    for (Person person : byFullName.values()) {
      if (key(PersonNames.surname(person.name)).equals(key(cleanedName))) {
        matches.add(person);
      }
    }
    if (matches.isEmpty() && !PersonNames.hasRoyalTitle(asWritten)) {
      for (Person person : byFullName.values()) {
        if (key(person.name.split(" ")[0]).equals(key(cleanedName))) {
          matches.add(person);
        }
      }
    }
    if (matches.size() > 1 && honorific != PersonNames.Gender.UNKNOWN) {
      List<Person> fitting =
          matches.stream().filter(p -> PersonNames.gender(p.name) == honorific).toList();
      if (fitting.size() == 1) {
        return fitting.get(0);
      }
    }
    if (matches.size() <= 1) {
      return matches.isEmpty() ? null : matches.get(0);
    }
    Person latest = null;
    for (Map.Entry<EntityMention, Person> entry : personMentions) {
      if (entry.getKey().begin < position && matches.contains(entry.getValue())) {
        latest = entry.getValue();
      }
    }
    return latest;
  }

  /** The person of a speaker name given earlier in the article (a canonical name). */
  private Person byName(String name) {
    for (Map.Entry<EntityMention, Person> entry : personMentions) {
      if (entry.getValue().name.equals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String fullKey(String name) {
    return key(name.split(" ")[0]) + " " + key(PersonNames.surname(name));
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
        if (index.token(s, t).word.equals(",")
            || isPlaceOrTimePreposition(index.token(s, t))
            || !learnToken(s, t, person)) {
          break;
        }
      }
    }
    for (String word : PersonNames.SPACES.split(mention.text)) {
      String w = word.toLowerCase(Locale.ROOT);
      if (AttributionWords.isRoleWord(w)) {
        person.roles.add(w);
      }
    }
  }

  /**
   * "X, in Brussels", "X, at times in Houston": the apposition turns to where or when. "Of" and
   * "for" still describe the person ("leader of the party", "spokesman for the Home Office").
   */
  private static boolean isPlaceOrTimePreposition(Token token) {
    String w = token.word.toLowerCase(Locale.ROOT);
    return token.pos.equals("IN") && !w.equals("of") && !w.equals("for");
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
    if (AttributionWords.isRoleWord(w)) {
      person.roles.add(w);
    }
    String country = mention == null ? "" : AffiliationCountry.of(index, s, mention);
    if (!country.isEmpty()) {
      person.countries.merge(country, 1, Integer::sum);
    }
    return true;
  }

  /** The word just before a position of the text ("Mrs." before "Clinton"), or "". */
  private String wordBefore(int position) {
    String text = index.article.article.text;
    int end = position;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int begin = end;
    while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) {
      begin--;
    }
    return text.substring(begin, end);
  }

  private String honorificBefore(EntityMention mention) {
    int t = mention.firstToken - 1;
    return t >= 0 ? index.token(mention.sentenceIndex, t).word : "";
  }

  private static String roleWord(String text) {
    for (String word : text.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (AttributionWords.isRoleWord(word)) {
        return word;
      }
    }
    return null;
  }

  /** A name has a capitalized word and no lowercase-only debris. */
  static boolean isName(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
      return false;
    }
    for (String word : PersonNames.SPACES.split(name)) {
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
    return PersonNames.SPACES.split(name).length;
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
