package org.newsbeam.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Quote;
import org.newsbeam.model.Token;

/**
 * Attributes quotes the way news writes attributions, using tokens, POS tags and entity mentions:
 *
 * <ul>
 *   <li>{@code "...," said X} and {@code "...," X said}, with adverbs, dates and places between
 *       ({@code said in Washington on Wednesday a US defense official});
 *   <li>{@code X said: "..."}, {@code X, the Russian president, said "..."}, {@code according to
 *       X};
 *   <li>a partial quote inside paraphrase goes to the subject of the sentence's speech verb;
 *   <li>a quote with no reporting clause that follows an attributed quote in the same or previous
 *       paragraph continues that speaker;
 *   <li>pronouns go to the latest person of matching gender (the last speaker first), definite
 *       descriptions with a title ("the Russian president") to the person introduced with it;
 *   <li>unnamed sources ("a US defense official") stay unnamed; organizations are speakers too;
 *   <li>a quote of one to three words with no reporting clause is a scare quote or a title and is
 *       not attributed.
 * </ul>
 */
public final class NewsAttributor implements SpeakerAttributor {
  /** How far (in tokens) a reporting verb may stand from the quote it attributes. */
  private static final int VERB_WINDOW = 8;

  private static final int SCARE_QUOTE_MAX_WORDS = 3;

  /** How many sentences back a pronoun looks for the person it stands for. */
  private static final int PRONOUN_REACH = 6;

  private static final Set<String> NOUN_PHRASE_TAGS =
      Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** What kind of phrase names the speaker. */
  enum Kind {
    PERSON,
    ORGANIZATION,
    PRONOUN,
    NOMINAL
  }

  /** A phrase that may name a speaker, as found next to a reporting verb. */
  record Candidate(Kind kind, String text, int begin, int end, int sentence, String country) {}

  /** A resolved speaker: who it is by name, and of which type. */
  record Speaker(
      String mention, int begin, int end, String name, String type, String country, int sentence) {}

  @Override
  public List<Quote> attribute(AnnotatedArticle article) {
    ArticleIndex index = new ArticleIndex(article, QuoteFinder.find(article.article.text));
    ArticlePeople people = new ArticlePeople(index);
    List<Quote> quotes = new ArrayList<>();
    Speaker previous = null;
    int previousParagraph = -1;
    for (int q = 0; q < index.quotes.size(); q++) {
      QuoteFinder.Span span = index.quotes.get(q);
      int[] sentences = index.sentencesOf(span.begin(), span.end());
      if (sentences[0] < 0) {
        continue;
      }
      Candidate cue = findCue(index, q, sentences[0], sentences[1]);
      Speaker speaker = cue == null ? null : resolve(index, people, cue, quotes, span.begin());
      String kind = kind(index, span, sentences[0], cue != null);
      int paragraph = index.paragraph(sentences[0]);
      if (speaker == null
          && cue == null
          && !kind.equals(Quote.SCARE)
          && previous != null
          && paragraph - previousParagraph <= 1
          && startsSentence(index, span, sentences[0])) {
        speaker = previous; // a further quote from the last speaker, without a new reporting clause
      }
      if (kind.equals(Quote.SCARE)) {
        speaker = null;
      }
      quotes.add(toQuote(article, span, kind, speaker));
      if (speaker != null) {
        previous = speaker;
        previousParagraph = index.paragraph(sentences[1]);
      }
    }
    return quotes;
  }

  // ---- finding the reporting clause -------------------------------------------------------

  private static Candidate findCue(ArticleIndex index, int q, int first, int last) {
    QuoteFinder.Span span = index.quotes.get(q);
    Candidate after = cueAfter(index, last, span.end());
    if (after != null) {
      return after;
    }
    Candidate before = cueBefore(index, first, span.begin());
    if (before != null) {
      return before;
    }
    return cueAnywhere(index, first, last, span);
  }

  /** {@code "...," said X} / {@code "...," X said} / {@code "...," according to X}. */
  private static Candidate cueAfter(ArticleIndex index, int s, int quoteEnd) {
    int n = index.tokenCount(s);
    int t = 0;
    while (t < n && index.token(s, t).begin < quoteEnd) {
      t++;
    }
    for (int i = t; i < n && i < t + VERB_WINDOW; i++) {
      Token token = index.token(s, i);
      if (index.quoteOf(s, i) >= 0 || isSentenceEnd(token)) {
        return null;
      }
      if (isAccordingTo(index, s, i)) {
        return phraseAfter(index, s, i + 2);
      }
      if (SpeechVerbs.isSpeechVerb(token.word, token.pos)) {
        Candidate before = i > t ? phraseBefore(index, s, i, t) : null;
        return before != null ? before : phraseAfter(index, s, i + 1);
      }
    }
    return null;
  }

  /**
   * {@code X said: "..."}, {@code X, the president, told reporters "..."}, {@code According to X,
   * "..."}.
   */
  private static Candidate cueBefore(ArticleIndex index, int s, int quoteBegin) {
    int end = 0;
    while (end < index.tokenCount(s) && index.token(s, end).end <= quoteBegin) {
      end++;
    }
    int start = end;
    while (start > 0 && index.quoteOf(s, start - 1) < 0) {
      start--;
    }
    for (int i = end - 1; i >= start; i--) {
      Token token = index.token(s, i);
      if (isAccordingTo(index, s, i)) {
        return phraseAfter(index, s, i + 2);
      }
      if (SpeechVerbs.isSpeechVerb(token.word, token.pos)) {
        Candidate subject = phraseBefore(index, s, i, start);
        if (subject != null) {
          return subject;
        }
        Candidate inverted = phraseAfter(index, s, i + 1);
        if (inverted != null && inverted.end <= quoteBegin) {
          return inverted;
        }
      }
    }
    return null;
  }

  /** A reporting verb further away in the same sentences, outside any quote. */
  private static Candidate cueAnywhere(
      ArticleIndex index, int first, int last, QuoteFinder.Span span) {
    for (int s = first; s <= last; s++) {
      for (int i = 0; i < index.tokenCount(s); i++) {
        Token token = index.token(s, i);
        if (index.quoteOf(s, i) >= 0) {
          continue;
        }
        if (isAccordingTo(index, s, i)) {
          return phraseAfter(index, s, i + 2);
        }
        if (SpeechVerbs.isSpeechVerb(token.word, token.pos)) {
          Candidate subject = phraseBefore(index, s, i, 0);
          Candidate candidate = subject != null ? subject : phraseAfter(index, s, i + 1);
          if (candidate != null) {
            return candidate;
          }
        }
      }
    }
    return null;
  }

  private static boolean isAccordingTo(ArticleIndex index, int s, int i) {
    return index.token(s, i).word.equalsIgnoreCase("according")
        && i + 1 < index.tokenCount(s)
        && index.token(s, i + 1).word.equalsIgnoreCase("to");
  }

  private static boolean isSentenceEnd(Token token) {
    return token.word.equals(".") || token.word.equals("?") || token.word.equals("!");
  }

  // ---- the speaker phrase next to the verb ------------------------------------------------

  /**
   * The phrase after a reporting verb: skips adverbs, dates and prepositional phrases ("said in
   * Washington on Wednesday a US defense official").
   */
  static Candidate phraseAfter(ArticleIndex index, int s, int from) {
    int n = index.tokenCount(s);
    int i = from;
    int limit = Math.min(n, from + 14);
    while (i < limit) {
      Token token = index.token(s, i);
      EntityMention mention = index.mentionAt(s, i);
      if (index.quoteOf(s, i) >= 0 || isSentenceEnd(token)) {
        return null;
      }
      if (token.pos.startsWith("RB")
          || token.word.equals(",")
          || (mention != null && (mention.type.equals("DATE") || mention.type.equals("TIME")))) {
        i++;
        continue;
      }
      if (token.pos.equals("IN") || token.pos.equals("TO")) {
        i = skipNounPhrase(index, s, i + 1);
        continue;
      }
      if (token.pos.equals("PRP") && SpeechVerbs.isSpeakerPronoun(token.word)) {
        return new Candidate(Kind.PRONOUN, token.word, token.begin, token.end, s, "");
      }
      if (NOUN_PHRASE_TAGS.contains(token.pos)) {
        int end = extendNounPhrase(index, s, i);
        return nounPhrase(index, s, i, end);
      }
      return null;
    }
    return null;
  }

  /**
   * The subject before a reporting verb at {@code verb}, not reaching before {@code floor}: skips
   * adverbs and auxiliaries, an appositive between commas, and follows "who" to its antecedent.
   */
  static Candidate phraseBefore(ArticleIndex index, int s, int verb, int floor) {
    int i = verb - 1;
    while (i >= floor
        && (index.token(s, i).pos.startsWith("RB")
            || index.token(s, i).pos.equals("MD")
            || isAuxiliary(index.token(s, i)))) {
      i--;
    }
    if (i < floor || index.quoteOf(s, i) >= 0) {
      return null;
    }
    Token last = index.token(s, i);
    if (last.word.equals(",")) {
      // "X, the Russian president, said": the subject is before the appositive.
      int comma = i - 1;
      while (comma >= floor
          && !index.token(s, comma).word.equals(",")
          && verb - comma < 14
          && index.quoteOf(s, comma) < 0) {
        comma--;
      }
      if (comma < floor || !index.token(s, comma).word.equals(",")) {
        return null;
      }
      i = comma - 1;
      if (i < floor || index.quoteOf(s, i) >= 0) {
        return null;
      }
      last = index.token(s, i);
    }
    if (last.word.equalsIgnoreCase("who")
        && i - 2 >= floor
        && index.token(s, i - 1).word.equals(",")) {
      i -= 2;
      last = index.token(s, i);
    }
    if (last.pos.equals("PRP") && SpeechVerbs.isSpeakerPronoun(last.word)) {
      return new Candidate(Kind.PRONOUN, last.word, last.begin, last.end, s, "");
    }
    if (!NOUN_PHRASE_TAGS.contains(last.pos) || last.pos.equals("DT")) {
      return null;
    }
    int start = i;
    while (start - 1 >= floor
        && index.quoteOf(s, start - 1) < 0
        && (NOUN_PHRASE_TAGS.contains(index.token(s, start - 1).pos)
            || isPartOfMention(index, s, start - 1, i))) {
      start--;
    }
    // "a spokesman for the company said": take the phrase the preposition hangs on, too.
    if (start - 2 >= floor
        && (index.token(s, start - 1).pos.equals("IN"))
        && NOUN_PHRASE_TAGS.contains(index.token(s, start - 2).pos)
        && isOfOrFor(index.token(s, start - 1))) {
      int head = start - 2;
      while (head - 1 >= floor && NOUN_PHRASE_TAGS.contains(index.token(s, head - 1).pos)) {
        head--;
      }
      start = head;
    }
    return nounPhrase(index, s, start, i + 1);
  }

  private static boolean isOfOrFor(Token token) {
    String w = token.word.toLowerCase(Locale.ROOT);
    return w.equals("for") || w.equals("of");
  }

  private static boolean isPartOfMention(ArticleIndex index, int s, int t, int headToken) {
    EntityMention mention = index.mentionAt(s, t);
    return mention != null && mention.endToken > t && mention == index.mentionAt(s, headToken);
  }

  private static boolean isAuxiliary(Token token) {
    String w = token.word.toLowerCase(Locale.ROOT);
    return Set.of(
            "has", "have", "had", "was", "were", "is", "are", "also", "then", "later", "once",
            "would", "will", "did", "does", "do")
        .contains(w);
  }

  /**
   * Past the noun phrase starting at {@code from} (the object of a preposition); a determiner after
   * its first word starts the next phrase ("on Wednesday a US official").
   */
  private static int skipNounPhrase(ArticleIndex index, int s, int from) {
    int i = from;
    while (i < index.tokenCount(s)
        && index.quoteOf(s, i) < 0
        && (NOUN_PHRASE_TAGS.contains(index.token(s, i).pos) || index.mentionAt(s, i) != null)
        && !index.token(s, i).pos.equals("PRP")
        && !(i > from && index.token(s, i).pos.equals("DT"))) {
      i++;
    }
    return i;
  }

  /** The end of the noun phrase starting at {@code from}, with one "of"/"for" phrase after it. */
  private static int extendNounPhrase(ArticleIndex index, int s, int from) {
    int end = skipNounPhrase(index, s, from);
    if (end == from) {
      end = from + 1;
    }
    if (end + 1 < index.tokenCount(s)
        && isOfOrFor(index.token(s, end))
        && NOUN_PHRASE_TAGS.contains(index.token(s, end + 1).pos)) {
      end = skipNounPhrase(index, s, end + 1);
    }
    return end;
  }

  /**
   * Classifies the tokens {@code [from, end)}: a person mention inside makes it that person, an
   * organization at its head makes it that organization, otherwise it is a description.
   */
  private static Candidate nounPhrase(ArticleIndex index, int s, int from, int end) {
    String country = "";
    EntityMention person = null;
    EntityMention organization = null;
    for (int t = from; t < end; t++) {
      EntityMention mention = index.mentionAt(s, t);
      if (mention == null) {
        continue;
      }
      if (!mention.country.isEmpty() && country.isEmpty()) {
        country = mention.country;
      }
      if (mention.type.equals("PERSON") && person == null) {
        person = mention;
      } else if (mention.type.equals("ORGANIZATION")) {
        organization = mention;
      }
    }
    String text = text(index, s, from, end);
    int begin = index.token(s, from).begin;
    int stop = index.token(s, end - 1).end;
    if (person != null && !possessedByOther(index, s, person, end)) {
      return new Candidate(Kind.PERSON, person.text, person.begin, person.end, s, country);
    }
    if (organization != null && organization.endToken >= end) {
      return new Candidate(Kind.ORGANIZATION, stripArticle(text), begin, stop, s, country);
    }
    if (isCountryOrPlace(index, s, from, end)) {
      // "Russia said", "Moscow said": the government speaks.
      return new Candidate(Kind.ORGANIZATION, stripArticle(text), begin, stop, s, country);
    }
    return new Candidate(Kind.NOMINAL, text, begin, stop, s, country);
  }

  /** "Trump's campaign": the person only owns the speaker. */
  private static boolean possessedByOther(
      ArticleIndex index, int s, EntityMention person, int end) {
    return person.endToken < end
        && index.token(s, person.endToken).pos.equals("POS")
        && person.endToken + 1 < end;
  }

  private static boolean isCountryOrPlace(ArticleIndex index, int s, int from, int end) {
    for (int t = from; t < end; t++) {
      EntityMention mention = index.mentionAt(s, t);
      if (mention == null || mention.country.isEmpty()) {
        if (!ARTICLES.contains(index.token(s, t).word.toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
    }
    return true;
  }

  // ---- who the phrase is ------------------------------------------------------------------

  private static Speaker resolve(
      ArticleIndex index,
      ArticlePeople people,
      Candidate cue,
      List<Quote> earlier,
      int quoteBegin) {
    return switch (cue.kind()) {
      case PERSON -> people.person(cue);
      case ORGANIZATION ->
          new Speaker(
              cue.text(),
              cue.begin(),
              cue.end(),
              cue.text(),
              "organization",
              cue.country(),
              cue.sentence());
      case PRONOUN -> people.pronoun(cue, earlier);
      case NOMINAL -> people.description(cue);
    };
  }

  // ---- quote kinds ------------------------------------------------------------------------

  private static String kind(ArticleIndex index, QuoteFinder.Span span, int s, boolean hasCue) {
    if (!hasCue
        && words(index.article.article.text.substring(span.begin(), span.end()))
            <= SCARE_QUOTE_MAX_WORDS) {
      return Quote.SCARE;
    }
    if (startsSentence(index, span, s)
        || followsColonOrComma(index.article.article.text, span.begin())) {
      return Quote.DIRECT;
    }
    return Quote.PARTIAL;
  }

  private static boolean startsSentence(ArticleIndex index, QuoteFinder.Span span, int s) {
    return index.tokenCount(s) > 0 && index.token(s, 0).begin >= span.begin();
  }

  private static boolean followsColonOrComma(String text, int begin) {
    int i = begin - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == ':' || text.charAt(i) == ',');
  }

  static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  private static Quote toQuote(
      AnnotatedArticle article, QuoteFinder.Span span, String kind, Speaker speaker) {
    String text = article.article.text.substring(span.begin(), span.end());
    if (speaker == null) {
      return new Quote(article.id(), span.begin(), span.end(), text, kind, "", -1, -1, "", "", "");
    }
    return new Quote(
        article.id(),
        span.begin(),
        span.end(),
        text,
        kind,
        speaker.mention(),
        speaker.begin(),
        speaker.end(),
        speaker.name(),
        speaker.type(),
        speaker.country());
  }

  static String text(ArticleIndex index, int s, int from, int end) {
    int begin = index.token(s, from).begin;
    int stop = index.token(s, end - 1).end;
    return index.article.article.text.substring(begin, stop);
  }

  static String stripArticle(String text) {
    String[] words = text.split("\\s+", 2);
    return words.length == 2 && ARTICLES.contains(words[0].toLowerCase(Locale.ROOT))
        ? words[1]
        : text;
  }
}
