package org.newsbeam.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists of news that attribution, countries and sentiment read, in one place: reporting
 * verbs (in every form), nouns that can be speakers ("a defense official", "the ministry"), nouns
 * that carry speech ("Trump's claim"), the pronouns that can stand for a speaker, words of time,
 * words of office ("president", "spokesman") and a country's institutions ("ministry", "army").
 */
public final class AttributionWords {
  /**
   * Reporting verbs by base form; "base:past" where the past is irregular or doubles its last
   * consonant ("say:said", "admit:admitted"). Third person and -ing forms are derived.
   */
  private static final String VERB_LIST =
      "say:said tell:told add warn insist deny write:wrote tweet post state declare explain note"
          + " argue claim ask answer reply respond recall acknowledge admit:admitted announce"
          + " confirm stress emphasize emphasise comment remark complain urge predict promise vow"
          + " pledge joke quip:quipped shout yell exclaim boast brag:bragged concede counter"
          + " caution continue repeat observe testify mutter whisper retort maintain contend"
          + " suggest report agree conclude reiterate assert describe call denounce criticize"
          + " criticise accuse charge blast slam:slammed mock praise thank chant recount scoff"
          + " snap:snapped sigh laugh cry read:read sing:sang speak:spoke tout cite question"
          + " lament insist allege fume rail hail dismiss describe demand plead:pleaded wonder"
          + " muse concur vow pledge recount announce talk opine condemn bemoan laud liken brand attack"
          + " characterize characterise reference compare label dub term chime seethe rate decry"
          + " predict stress highlight assure concede tweet scold rip hammer lash echo reveal decry"
          + " bark remember intimate";

  private static final Set<String> VERBS = verbForms(VERB_LIST);

  /** Nouns that can head a description of a speaker ("a senior official", "the ministry"). */
  private static final Set<String> SPEAKER_NOUNS =
      words(
          "official officials source sources spokesman spokeswoman spokesperson"
              + " spokespeople aide aides adviser advisers advisor advisors analyst analysts"
              + " expert experts economist economists officer officers minister ministers"
              + " president leader leaders lawmaker lawmakers legislator legislators senator"
              + " senators member members critic critics supporter supporters protester protesters"
              + " campaign company firm ministry department agency government police statement"
              + " report study survey poll letter memo website newspaper paper group committee"
              + " council party people resident residents witness witnesses voter voters activist"
              + " activists organizer organizers executive executives director chief head chairman"
              + " chairwoman ceo prosecutor prosecutors lawyer lawyers attorney attorneys judge"
              + " court researcher researchers scientist scientists doctor doctors authorities"
              + " diplomat diplomats envoy ambassador military army commander team coach manager"
              + " player players candidate nominee governor mayor secretary chancellor premier"
              + " king queen spokesmen administration office bank union ad advertisement release"
              + " filing lawsuit complaint insider insiders observers friend friends neighbor"
              + " neighbours neighbors father mother wife husband son daughter family man woman"
              + " men women student students teacher teachers worker workers employee employees"
              + " owner founder host anchor reporter reporters editor columnist author writer"
              + " historian professor pollster strategist strategists operative operatives staffer"
              + " staffers representative representatives congressman congresswoman speaker"
              + " delegate delegates veteran veterans victim victims survivor fan fans crowd"
              + " audience tweet post spokespersons democrat republican");

  /** Nouns that hold someone's words: "Trump's claim that ...", "her remarks". */
  private static final Set<String> SPEECH_NOUNS =
      words(
          "claim claims statement statements remark remarks comment comments words tweet"
              + " tweets promise promises pledge warning call assertion description speech message"
              + " argument accusation charge answer response reply quote slogan vow insistence"
              + " question announcement post letter");

  private static final Set<String> PRONOUNS = words("he she they it i we");

  private static final Set<String> DOCUMENT_NOUNS =
      words(
          "report reports study studies survey surveys poll polls letter letters memo memos"
              + " editorial editorials email emails e-mail e-mails ad ads advertisement release"
              + " filing filings lawsuit complaint transcript document documents petition ruling"
              + " indictment analysis book article tweet tweets post statement");

  private static final Set<String> SOURCE_LINKS =
      words("released published obtained sent written issued by from of in");

  private static final Set<String> SAY_VERBS =
      verbForms("say:said tell:told add write:wrote note explain argue claim insist state");

  private static final Set<String> ADDRESSEE_VERBS =
      verbForms("tell:told ask urge warn assure remind inform promise");

  /** Every personal pronoun form: never a name, even when NER tags it PERSON. */
  private static final Set<String> ALL_PRONOUNS =
      words(
          "he she they it i we you him her them me us his hers their theirs its my mine our ours"
              + " your yours himself herself themselves itself myself ourselves yourself who whom");

  /**
   * Words of time that stand between a reporting verb and its speaker ("said Wednesday X"). Months
   * are left out: "May" and "June" are names too, and "in May" is skipped as a phrase.
   */
  private static final Set<String> TIME_WORDS =
      words(
          "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow"
              + " tonight morning afternoon evening night week weekend month year earlier later");

  /** Words in a description that say a person holds an office or role ("Russian President"). */
  private static final Set<String> ROLE_WORDS =
      words(
          "president minister secretary spokesman spokeswoman spokesperson senator governor mayor chancellor premier leader chief chairman chairwoman director candidate nominee ambassador king queen prince general commander head founder executive ceo official congressman congresswoman representative speaker attorney judge prosecutor coach manager businessman billionaire mogul star actor singer author economist analyst professor diplomat envoy aide adviser advisor");

  /**
   * Head nouns of a country's institutions, which speak for it: "Syrian armed forces", "a US
   * defense official".
   */
  private static final Set<String> INSTITUTIONS =
      words(
          "government governments ministry ministries army armies military forces force navy troops soldiers officials official authorities embassy consulate parliament congress senate police intelligence diplomats diplomat delegation regime administration agency department cabinet bank warplanes jets aviation");

  /** Nouns by which an article goes on to speak of an organization it named: "the company said". */
  private static final Set<String> ORGANIZATION_NOUNS =
      words(
          "company firm group bank club union airline carrier retailer carmaker maker"
              + " manufacturer operator network broadcaster association federation organisation"
              + " organization charity regulator watchdog insurer supermarket chain publisher"
              + " studio label");

  /** Words that end a phrase that names no speaker: a time, a month, an amount. */
  private static final Set<String> NOT_SPEAKERS =
      words(
          "january february march april may june july august september october november december"
              + " percent cent % days weeks months years hours minutes past future");

  private AttributionWords() {}

  /** Whether a phrase ending in this word names no one who can speak ("Friday", "14 percent"). */
  public static boolean isNotASpeaker(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return TIME_WORDS.contains(lower) || NOT_SPEAKERS.contains(lower);
  }

  public static boolean isOrganizationNoun(String lowercaseWord) {
    return ORGANIZATION_NOUNS.contains(lowercaseWord);
  }

  public static boolean isRoleWord(String lowercaseWord) {
    return ROLE_WORDS.contains(lowercaseWord);
  }

  public static boolean isInstitution(String lowercaseWord) {
    return INSTITUTIONS.contains(lowercaseWord);
  }

  public static boolean isTimeWord(String word) {
    return TIME_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A noun for a document that can be quoted: "report", "emails", "the editorial". */
  public static boolean isDocumentNoun(String lowercaseWord) {
    return DOCUMENT_NOUNS.contains(lowercaseWord);
  }

  /** A word that ties a document to where it comes from: "released by", "from", "of". */
  public static boolean isSourceLink(String lowercaseWord) {
    return SOURCE_LINKS.contains(lowercaseWord);
  }

  /** A verb that reports what someone says, whatever its tone: "said", "told", "wrote". */
  public static boolean isSayVerb(String word) {
    return SAY_VERBS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A reporting verb whose object is the one spoken to: "told Reuters", "asked Trump". */
  public static boolean takesAddressee(String word) {
    return ADDRESSEE_VERBS.contains(word.toLowerCase(Locale.ROOT));
  }

  public static boolean isSpeechVerb(String word, String pos) {
    return pos.startsWith("VB") && VERBS.contains(word.toLowerCase(Locale.ROOT));
  }

  public static boolean isSpeakerPronoun(String word) {
    return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  public static boolean isPronoun(String word) {
    return ALL_PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  public static boolean isSpeakerNoun(String word) {
    return SPEAKER_NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  public static boolean isSpeechNoun(String word) {
    return SPEECH_NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> words(String list) {
    return Set.copyOf(Arrays.asList(list.trim().split("\\s+")));
  }

  /** All forms of each verb: base, third person, past, -ing. */
  public static Set<String> verbForms(String list) {
    Set<String> forms = new HashSet<>();
    for (String entry : list.trim().split("\\s+")) {
      String[] parts = entry.split(":");
      String base = parts[0];
      String past = parts.length > 1 ? parts[1] : regularPast(base);
      forms.add(base);
      forms.add(thirdPerson(base));
      forms.add(past);
      forms.add(gerund(base, past));
    }
    return forms;
  }

  private static String regularPast(String base) {
    if (base.endsWith("e")) {
      return base + "d";
    }
    if (base.endsWith("y") && !isVowel(base.charAt(base.length() - 2))) {
      return base.substring(0, base.length() - 1) + "ied";
    }
    return base + "ed";
  }

  private static String thirdPerson(String base) {
    if (base.endsWith("y") && !isVowel(base.charAt(base.length() - 2))) {
      return base.substring(0, base.length() - 1) + "ies";
    }
    if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")) {
      return base + "es";
    }
    return base + "s";
  }

  /** "admit"/"admitted" gives "admitting"; "state" gives "stating". */
  private static String gerund(String base, String past) {
    boolean doubled =
        past.length() == base.length() + 3
            && past.endsWith("ed")
            && past.charAt(base.length()) == base.charAt(base.length() - 1);
    if (doubled) {
      return base + base.charAt(base.length() - 1) + "ing";
    }
    if (base.endsWith("e") && !base.endsWith("ee")) {
      return base.substring(0, base.length() - 1) + "ing";
    }
    return base + "ing";
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
