package org.newsbeam.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Quote;
import org.newsbeam.model.QuoteKind;
import org.newsbeam.model.SpeakerType;
import org.newsbeam.model.Token;
import org.newsbeam.text.AttributionWords;

/**
 * Attributes quotes the way news writes attributions, using tokens, POS tags and entity mentions.
 * For each quote it looks, in this order, for:
 *
 * <ol>
 *   <li>a transcript speaker label opening the quote ({@code "PENCE: Well, ..."});
 *   <li>a reporting clause right after it: {@code "...," said X}, {@code "...," X said}, with
 *       adverbs, dates and places between ({@code said in Washington on Wednesday a US defense
 *       official}), or {@code according to X};
 *   <li>a reporting clause before it in its sentence: {@code X said: "..."}, {@code X, the Russian
 *       president, told reporters "..."}, {@code X's claim that "..."}, {@code according to X};
 *   <li>a sentence ending with a colon just before a quote that opens its own sentence ({@code X
 *       continued:});
 *   <li>a reporting verb elsewhere in its sentences, outside quotes;
 *   <li>for a partial quote, the person the sentence is about (its subject).
 * </ol>
 *
 * <p>A quote with none of these that opens a sentence right after an attributed quote (same or next
 * paragraph) continues that speaker. Pronouns, descriptions and names are resolved to people by
 * {@link ArticlePeople}; unnamed sources ("a US defense official") stay unnamed, organizations are
 * speakers too. A quote of one to three words with no reporting clause is a scare quote or a title
 * and is never attributed.
 */
public final class NewsAttributor implements SpeakerAttributor {
  /** How far (in tokens) a reporting verb may stand after the quote it attributes. */
  private static final int VERB_WINDOW = 8;

  private static final int SCARE_QUOTE_MAX_WORDS = 3;

  /** A label naming who speaks ("Maria Gomez, Center for Budget Studies:") is short. */
  private static final int LABEL_MAX_TOKENS = 12;

  private static final Set<String> NOUN_PHRASE_TAGS =
      Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** Prepositions that tie a person to where they live: "of Raleigh", "from Iowa". */
  private static final Set<String> HOME_PREPOSITIONS = Set.of("of", "from", "in");

  private static final Set<String> TIME_MODIFIERS = Set.of("on", "late", "last", "this", "early");

  private static final Set<String> AUXILIARIES =
      Set.of(
          "has", "have", "had", "was", "were", "is", "are", "be", "been", "also", "then", "later",
          "once", "would", "will", "did", "does", "do", "'s", "’s", "not", "n't", "never");

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
      String mention,
      int begin,
      int end,
      String name,
      SpeakerType type,
      String country,
      int sentence) {}

  @Override
  public List<Quote> attribute(AnnotatedArticle article) {
    ArticleIndex index = new ArticleIndex(article, QuoteFinder.find(article.article.text));
    ArticlePeople people = new ArticlePeople(index);
    List<Quote> quotes = new ArrayList<>();
    Speaker previous = null;
    int previousParagraph = -1;
    int previousSentence = -1;
    for (int q = 0; q < index.quotes.size(); q++) {
      QuoteFinder.Span span = index.quotes.get(q);
      // From after the opening mark: the tokenizer may leave it at the end of the sentence before.
      int[] sentences = index.sentencesOf(span.begin() + 1, span.end());
      if (sentences[0] < 0) {
        continue;
      }
      boolean opensSentence = startsSentence(index, span, sentences[0]);
      QuoteKind kind = kind(index, span, sentences[0]);
      Candidate cue = findCue(index, span, sentences[0], sentences[1], opensSentence, kind);
      if (cue == null && kind == QuoteKind.SCARE) {
        quotes.add(toQuote(article, span, QuoteKind.SCARE, null));
        continue;
      }
      if (kind == QuoteKind.SCARE) {
        kind = QuoteKind.PARTIAL;
      }
      Speaker speaker = cue == null ? null : resolve(people, cue, quotes);
      if (speaker == null && cue != null && !opensSentence) {
        // A cue that names no one ("ball" in "He called it their “crystal ball” and said ..."):
        // the clause's subject spoke.
        Candidate subject = clauseSubject(index, sentences[0], span.begin());
        speaker = subject == null ? null : resolve(people, subject, quotes);
      }
      int paragraph = index.paragraph(sentences[0]);
      if (speaker == null
          && cue == null
          && previous != null
          && paragraph - previousParagraph <= 1
          && opensSentence) {
        speaker = previous; // a further quote from the last speaker, without a new reporting clause
      } else if (speaker == null
          && cue == null
          && previous != null
          && sentences[0] == previousSentence
          && !opensSentence) {
        speaker = previous; // the rest of a quote split by its reporting clause: "“A,” said X, “B”"
      }
      quotes.add(toQuote(article, span, kind, speaker));
      if (speaker != null) {
        previous = speaker;
        previousParagraph = index.paragraph(sentences[1]);
        previousSentence = sentences[1];
      }
    }
    // Known once every quote is attributed: a later "she said" tells of an earlier quote too.
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      if (q.spokenBy(SpeakerType.PERSON)) {
        ArticlePeople.ToldGender told = people.genderOf(q.speakerName);
        quotes.set(i, q.withSpeakerGender(told.gender().label, told.by()));
      }
    }
    return quotes;
  }

  // ---- finding the reporting clause -------------------------------------------------------

  private static Candidate findCue(
      ArticleIndex index,
      QuoteFinder.Span span,
      int first,
      int last,
      boolean opensSentence,
      QuoteKind kind) {
    Candidate cue = transcriptLabel(index, span, first);
    if (cue == null) {
      cue = cueAfter(index, last, span.end());
    }
    if (cue == null) {
      cue = cueBefore(index, first, span.begin());
    }
    if (cue == null && opensSentence && first > 0 && introducesQuote(index, first - 1, first)) {
      cue = cueBefore(index, first - 1, index.sentence(first - 1).end);
    }
    if (cue == null) {
      cue = cueAnywhere(index, first, last);
    }
    boolean noOne = cue != null && cue.kind() == Kind.NOMINAL && !headedBySpeakerNoun(cue);
    if ((cue == null && !opensSentence && kind != QuoteKind.SCARE) || noOne) {
      // "Trump unleashed a series of tweets saying ... “...”": the sentence's subject spoke.
      Candidate subject = clauseSubject(index, first, span.begin());
      if (subject != null) {
        cue = subject;
      }
    }
    return cue;
  }

  /** {@code "PENCE: Well, ..."}: a name (in capitals, or a person's) and a colon open the quote. */
  private static Candidate transcriptLabel(ArticleIndex index, QuoteFinder.Span span, int s) {
    int t = 0;
    while (t < index.tokenCount(s) && index.token(s, t).begin <= span.begin()) {
      t++;
    }
    int nameStart = t;
    EntityMention person = t < index.tokenCount(s) ? index.mentionAt(s, t) : null;
    if (person != null && person.type.equals("PERSON") && person.firstToken == t) {
      t = person.endToken; // "Chris Matthews: ..."
    }
    while (t < index.tokenCount(s)
        && t - nameStart < 3
        && isUpperCaseWord(index.token(s, t).word)) {
      t++;
    }
    if (t == nameStart || t >= index.tokenCount(s) || !index.token(s, t).word.equals(":")) {
      return null;
    }
    return labelledPerson(index, s, nameStart, t);
  }

  /** The person a transcript label names, in capitals or not: "PENCE" is Pence. */
  private static Candidate labelledPerson(ArticleIndex index, int s, int from, int end) {
    return new Candidate(
        Kind.PERSON,
        PersonNames.titleCase(text(index, s, from, end)),
        index.token(s, from).begin,
        index.token(s, end - 1).end,
        s,
        "");
  }

  /**
   * {@code "...," said X} / {@code "...," X said} / {@code "...," according to X} / {@code "..." ―
   * X}. When the quote ends its sentence ({@code "... today." Smith said.}) the clause may open the
   * next sentence of the paragraph.
   */
  private static Candidate cueAfter(ArticleIndex index, int s, int quoteEnd) {
    int n = index.tokenCount(s);
    int t = firstTokenFrom(index, s, quoteEnd);
    if (t == n) {
      boolean nextInParagraph =
          s + 1 < index.sentenceCount() && index.paragraph(s + 1) == index.paragraph(s);
      if (!nextInParagraph) {
        return signatureParagraph(index, s + 1);
      }
      s = s + 1;
      n = index.tokenCount(s);
      t = 0;
    }
    if (t < n && isDash(index.token(s, t).word)) {
      // "...” ― Ann Lee": a signature after the quote.
      Candidate signed = phraseAfter(index, s, t + 1, false);
      if (signed != null) {
        return signed;
      }
    }
    for (int i = t; i < n && i < t + VERB_WINDOW; i++) {
      Token token = index.token(s, i);
      if (index.quoteOf(s, i) >= 0 || isSentenceEnd(token)) {
        return null;
      }
      if (isAccordingTo(index, s, i)) {
        return phraseAfter(index, s, i + 2, false);
      }
      if (AttributionWords.isSpeechVerb(token.word, token.pos)) {
        Candidate before = i > t ? phraseBefore(index, s, i, t) : null;
        return before != null ? before : phraseAfter(index, s, i + 1);
      }
    }
    return null;
  }

  /**
   * {@code X said: "..."}, {@code X, the president, told reporters "..."}, {@code X's claim that
   * "..."}, {@code According to X, "..."}: the nearest clue before the quote in its sentence.
   */
  /** "He told BBC News:", "said to Reuters:": the name at {@code first} is who was spoken to. */
  private static boolean isAddressee(ArticleIndex index, int s, int first, int floor) {
    if (first - 1 < floor) {
      return false;
    }
    Token before = index.token(s, first - 1);
    return AttributionWords.isSpeechVerb(before.word, before.pos)
        || before.word.equalsIgnoreCase("to");
  }

  private static Candidate cueBefore(ArticleIndex index, int s, int quoteBegin) {
    int end = 0;
    while (end < index.tokenCount(s) && index.token(s, end).end <= quoteBegin) {
      end++;
    }
    int start = end;
    while (start > 0 && index.quoteOf(s, start - 1) < 0) {
      start--;
    }
    if (end - 2 >= start && index.token(s, end - 1).word.equals(":")) {
      Candidate labelled = start == 0 ? label(index, s, end - 1) : null;
      if (labelled != null) {
        return labelled;
      }
      // "Michael P. McDonald: “...”", "More from Jones: “...”": a name and a colon.
      EntityMention named = index.mentionAt(s, end - 2);
      if (named != null
          && named.endToken == end - 1
          && (named.type.equals("PERSON") || named.type.equals("ORGANIZATION"))
          && !isAddressee(index, s, named.firstToken, start)) {
        return nounPhrase(index, s, named.firstToken, named.endToken, false);
      }
    }
    Candidate description = null;
    for (int i = end - 1; i >= start; i--) {
      Token token = index.token(s, i);
      Candidate found = null;
      if (isAccordingTo(index, s, i)) {
        found = phraseAfter(index, s, i + 2, false);
      } else if (AttributionWords.isSpeechVerb(token.word, token.pos)) {
        found = speakerOfVerb(index, s, i, start);
      } else if (AttributionWords.isSpeechNoun(token.word) && token.pos.startsWith("NN")) {
        found = possessor(index, s, i, start);
      }
      // "She says Trump's tweets accusing X are “lies”": a nearer clause whose subject is no
      // one ("tweets") gives way to an outer one whose subject is a person or organization.
      if (found != null && found.kind() != Kind.NOMINAL) {
        Candidate outer = outerSayer(index, s, i, found, start);
        return outer != null ? outer : found;
      }
      if (found != null && description == null) {
        description = found;
      }
    }
    return description;
  }

  /**
   * A label that opens a paragraph or a list item and names, with no verb, who speaks after its
   * colon: "Maria Gomez, Center for Budget Studies:" in a round-up of reactions, "• Tom Reed, a
   * local pastor:", a transcript's "DUNN:", and an interview's "A:" (whom the article named first).
   */
  private static Candidate label(ArticleIndex index, int s, int colon) {
    if (s > 0 && index.paragraph(s - 1) == index.paragraph(s)) {
      return null;
    }
    int t = 0;
    while (t < colon && isBullet(index.token(s, t).word)) {
      t++;
    }
    if (t >= colon || colon - t > LABEL_MAX_TOKENS) {
      return null;
    }
    for (int i = t; i < colon; i++) {
      if (index.token(s, i).pos.startsWith("VB")) {
        return null;
      }
    }
    if (colon - t == 1 && index.token(s, t).word.equals("A")) {
      return firstPersonBefore(index, s);
    }
    EntityMention named = index.mentionAt(s, t);
    if (named != null
        && named.firstToken == t
        && (named.type.equals("PERSON") || named.type.equals("ORGANIZATION"))
        && (named.endToken == colon || index.token(s, named.endToken).word.equals(","))) {
      return nounPhrase(index, s, t, named.endToken, false);
    }
    int end = t;
    while (end < colon && end - t < 3 && isUpperCaseWord(index.token(s, end).word)) {
      end++;
    }
    return end == colon && end > t ? labelledPerson(index, s, t, end) : null;
  }

  private static boolean isBullet(String word) {
    return !word.isEmpty() && word.chars().noneMatch(Character::isLetterOrDigit);
  }

  /** The first person the article names outside quotes before sentence {@code s}. */
  private static Candidate firstPersonBefore(ArticleIndex index, int s) {
    for (int before = 0; before < s; before++) {
      for (int t = 0; t < index.tokenCount(before); t++) {
        EntityMention mention = index.mentionAt(before, t);
        if (mention != null
            && mention.firstToken == t
            && mention.type.equals("PERSON")
            && index.quoteOf(before, t) < 0) {
          return nounPhrase(index, before, t, mention.endToken, false);
        }
      }
    }
    return null;
  }

  /** A reporting verb further away in the same sentences, outside any quote: its subject. */
  private static Candidate cueAnywhere(ArticleIndex index, int first, int last) {
    for (int s = first; s <= last; s++) {
      for (int i = 0; i < index.tokenCount(s); i++) {
        Token token = index.token(s, i);
        if (index.quoteOf(s, i) >= 0) {
          continue;
        }
        if (isAccordingTo(index, s, i)) {
          return phraseAfter(index, s, i + 2, false);
        }
        if (AttributionWords.isSpeechVerb(token.word, token.pos)) {
          Candidate subject = speakerOfVerb(index, s, i, 0);
          if (subject != null) {
            return subject;
          }
        }
      }
    }
    return null;
  }

  /**
   * The subject of the clause a quote stands in: the last person, organization or pronoun before
   * {@code before} in the sentence, outside quotes, that a verb follows ("Clinton cited ... as
   * “Miss Piggy”", "even if he reserved his passion for “...”").
   */
  private static Candidate clauseSubject(ArticleIndex index, int s, int before) {
    Candidate subject = null;
    Candidate opening = openingDescription(index, s);
    int n = index.tokenCount(s);
    int t = 0;
    while (t < n && index.token(s, t).begin < before) {
      Token token = index.token(s, t);
      EntityMention mention = index.mentionAt(s, t);
      int after;
      Candidate candidate;
      if (index.quoteOf(s, t) >= 0) {
        t++;
        continue;
      } else if (token.pos.equals("PRP") && AttributionWords.isSpeakerPronoun(token.word)) {
        candidate = new Candidate(Kind.PRONOUN, token.word, token.begin, token.end, s, "");
        after = t + 1;
      } else if (mention != null
          && mention.firstToken == t
          && (mention.type.equals("PERSON") || mention.type.equals("ORGANIZATION"))) {
        after = mention.endToken;
        candidate = nounPhrase(index, s, t, after, false);
      } else if (t == 0 && opening != null) {
        // "The Democratic presidential candidate blasted ... “absurd”": a description of a person.
        after = skipNounPhrase(index, s, t);
        candidate = opening;
      } else {
        t++;
        continue;
      }
      int verb = pastModifiers(index, s, after, before);
      while (verb < n
          && (isAuxiliary(index.token(s, verb)) || index.token(s, verb).pos.startsWith("RB"))) {
        verb++;
      }
      boolean followedByVerb =
          verb < n
              && index.token(s, verb).pos.startsWith("VB")
              && index.token(s, verb).begin < before;
      if (candidate != null && followedByVerb) {
        subject = candidate;
      }
      t = after;
    }
    return subject;
  }

  /** The description of a person that opens the sentence after "the", or null. */
  private static Candidate openingDescription(ArticleIndex index, int s) {
    if (index.tokenCount(s) == 0 || !index.token(s, 0).word.equalsIgnoreCase("the")) {
      return null;
    }
    int end = skipNounPhrase(index, s, 0);
    Candidate phrase = end > 1 ? nounPhrase(index, s, 0, end, true) : null;
    return phrase != null && phrase.kind() == Kind.NOMINAL ? phrase : null;
  }

  /**
   * Past what may stand between a subject and its verb: a parenthesis ("(R-Wis.)"), a place ("of
   * Wisconsin"), a time ("last week") and an apposition between commas ("Mitch McConnell, R-Ky.,
   * delivered").
   */
  private static int pastModifiers(ArticleIndex index, int s, int from, int before) {
    int n = index.tokenCount(s);
    int t = from;
    while (t < n && index.token(s, t).begin < before) {
      String word = index.token(s, t).word;
      if (word.equals("-LRB-")) {
        int close = t + 1;
        while (close < n && close - t < 8 && !index.token(s, close).word.equals("-RRB-")) {
          close++;
        }
        if (close >= n || !index.token(s, close).word.equals("-RRB-")) {
          return t;
        }
        t = close + 1;
      } else if (word.equals("of")
          && t + 1 < n
          && index.token(s, t + 1).pos.startsWith("NNP")
          && isPlace(index, s, t + 1)) {
        t += 2;
        while (t < n && index.token(s, t).pos.startsWith("NNP")) {
          t++;
        }
      } else if (AttributionWords.isTimeWord(word) || isTimeModifier(index, s, t)) {
        t++; // "Sen. Bernie Sanders (I-Vt.) on Saturday criticized", "late Thursday night"
      } else if (word.equals(",")) {
        int close = t + 1;
        while (close < n
            && close - t < 12
            && !index.token(s, close).word.equals(",")
            && index.quoteOf(s, close) < 0) {
          close++;
        }
        if (close >= n || !index.token(s, close).word.equals(",") || close == t + 1) {
          return t;
        }
        t = close + 1;
      } else {
        return t;
      }
    }
    return t;
  }

  /** "on", "late", "last", "this" or "early" before a word of time. */
  private static boolean isTimeModifier(ArticleIndex index, int s, int t) {
    String word = index.token(s, t).word.toLowerCase(Locale.ROOT);
    return TIME_MODIFIERS.contains(word)
        && t + 1 < index.tokenCount(s)
        && AttributionWords.isTimeWord(index.token(s, t + 1).word);
  }

  private static boolean headedBySpeakerNoun(Candidate cue) {
    String[] words = PersonNames.SPACES.split(cue.text());
    return AttributionWords.isSpeakerNoun(words[words.length - 1]);
  }

  /**
   * Whether sentence {@code s} introduces a quote opening sentence {@code next}: it ends with a
   * colon ("X continued:"), or, in the same paragraph, with a reporting verb ("..., Schiff said.").
   */
  private static boolean introducesQuote(ArticleIndex index, int s, int next) {
    int n = index.tokenCount(s);
    if (n == 0) {
      return false;
    }
    if (index.token(s, n - 1).word.equals(":")) {
      return true;
    }
    if (index.paragraph(s) != index.paragraph(next)) {
      return false;
    }
    for (int t = n - 1; t >= Math.max(0, n - 4); t--) {
      Token token = index.token(s, t);
      if (AttributionWords.isSpeechVerb(token.word, token.pos)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAccordingTo(ArticleIndex index, int s, int i) {
    return index.token(s, i).word.equalsIgnoreCase("according")
        && i + 1 < index.tokenCount(s)
        && index.token(s, i + 1).word.equalsIgnoreCase("to");
  }

  private static boolean isDash(String word) {
    return word.equals("--")
        || word.equals("\u2015")
        || word.equals("\u2014")
        || word.equals("\u2013")
        || word.equals("-");
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
    return phraseAfter(index, s, from, true);
  }

  /**
   * As {@link #phraseAfter(ArticleIndex, int, int)}; {@code strict} asks a description to be headed
   * by a word for a speaker (after a verb, "said in a series of tweets" must not be a speaker).
   */
  static Candidate phraseAfter(ArticleIndex index, int s, int from, boolean strict) {
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
          || AttributionWords.isTimeWord(token.word)
          || token.pos.equals("CD")) {
        i++;
        continue;
      }
      if (token.pos.equals("IN") || token.pos.equals("TO")) {
        i = skipNounPhrase(index, s, i + 1);
        continue;
      }
      if (strict && isParticipleBeforeNoun(index, s, i)) {
        // "said retired neurosurgeon Ben Carson": the participle describes who follows.
        i++;
        continue;
      }
      if (token.pos.equals("PRP") && AttributionWords.isSpeakerPronoun(token.word)) {
        return new Candidate(Kind.PRONOUN, token.word, token.begin, token.end, s, "");
      }
      if (NOUN_PHRASE_TAGS.contains(token.pos) || mention != null) {
        return nounPhrase(index, s, i, extendNounPhrase(index, s, i), strict);
      }
      return null;
    }
    return null;
  }

  /**
   * A participle ("retired", "acting") followed by a common noun or an adjective: not by a name
   * ("following Donald Trump's") nor an article.
   */
  private static boolean isParticipleBeforeNoun(ArticleIndex index, int s, int t) {
    String pos = index.token(s, t).pos;
    if (!(pos.equals("VBN") || pos.equals("VBG")) || t + 1 >= index.tokenCount(s)) {
      return false;
    }
    String next = index.token(s, t + 1).pos;
    return next.equals("NN") || next.equals("NNS") || next.startsWith("JJ");
  }

  /**
   * The subject before a reporting verb at {@code verb}, not reaching before {@code floor}: skips
   * adverbs and auxiliaries, an appositive between commas, and follows "who"/"which" to its
   * antecedent.
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
    if (index.token(s, i).pos.equals("-RRB-")) {
      // "Rep. Gwen Moore (D-Wis.) said": skip the parenthesis.
      while (i >= floor && !index.token(s, i).pos.equals("-LRB-")) {
        i--;
      }
      i--;
      if (i < floor || index.quoteOf(s, i) >= 0) {
        return null;
      }
    }
    Token last = index.token(s, i);
    if (last.word.equals(",")) {
      // "X, the Russian president, said": the subject is before the appositive.
      int comma = i - 1;
      while (comma >= floor
          && !index.token(s, comma).word.equals(",")
          && verb - comma < 22
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
    if (isRelativePronoun(last) && i - 1 >= floor) {
      // "the police department, which reported ..." / "Smith, who said ...".
      i -= index.token(s, i - 1).word.equals(",") ? 2 : 1;
      if (i < floor) {
        return null;
      }
      last = index.token(s, i);
    }
    EntityMention lastMention = index.mentionAt(s, i);
    if (last.pos.equals("PRP") || isPronounMention(lastMention, last)) {
      return AttributionWords.isSpeakerPronoun(last.word)
          ? new Candidate(Kind.PRONOUN, last.word, last.begin, last.end, s, "")
          : null;
    }
    if ((!NOUN_PHRASE_TAGS.contains(last.pos) && lastMention == null) || last.pos.equals("DT")) {
      return null;
    }
    int start = phraseStart(index, s, i, floor);
    if (isCountryOrPlace(index, s, start, i + 1)) {
      // "Stacy Baker of Columbia, South Carolina says": the place says where the speaker is from.
      int person = beforeHomePlace(index, s, start, floor);
      if (person >= floor) {
        i = person;
        start = phraseStart(index, s, i, floor);
      }
    }
    // "a spokesman for the company said": take the phrase the preposition hangs on, too.
    if (start - 2 >= floor
        && isOfOrFor(index.token(s, start - 1))
        && NOUN_PHRASE_TAGS.contains(index.token(s, start - 2).pos)) {
      int head = start - 2;
      while (head - 1 >= floor && NOUN_PHRASE_TAGS.contains(index.token(s, head - 1).pos)) {
        head--;
      }
      start = head;
    }
    return nounPhrase(index, s, start, i + 1, false);
  }

  /** The first token of the noun phrase that ends at token {@code last}. */
  private static int phraseStart(ArticleIndex index, int s, int last, int floor) {
    int start = last;
    while (start - 1 >= floor
        && index.quoteOf(s, start - 1) < 0
        && (NOUN_PHRASE_TAGS.contains(index.token(s, start - 1).pos)
            || isPartOfMention(index, s, start - 1, last))) {
      start--;
    }
    return start;
  }

  /**
   * For a place that begins at token {@code place} after "of", "from" or "in" ("Harry Bond, 30, of
   * Raleigh, N.C."), the last token of the person's name before it, if a person is named there;
   * else -1.
   */
  private static int beforeHomePlace(ArticleIndex index, int s, int place, int floor) {
    int t = place - 1;
    // Back over the places of one address: "Columbia, South Carolina".
    while (t - 1 >= floor && index.token(s, t).word.equals(",") && isPlace(index, s, t - 1)) {
      t--;
      while (t - 1 >= floor && isPlace(index, s, t - 1)) {
        t--;
      }
      t--;
    }
    if (t < floor || !HOME_PREPOSITIONS.contains(index.token(s, t).word.toLowerCase(Locale.ROOT))) {
      return -1;
    }
    t--;
    if (t - 2 >= floor
        && index.token(s, t).word.equals(",")
        && index.token(s, t - 1).pos.equals("CD")
        && index.token(s, t - 2).word.equals(",")) {
      t -= 3; // an age between commas: "Harry Bond, 30, of"
    }
    EntityMention mention = t >= floor ? index.mentionAt(s, t) : null;
    return mention != null && mention.type.equals("PERSON") ? t : -1;
  }

  private static boolean isPlace(ArticleIndex index, int s, int t) {
    EntityMention mention = index.mentionAt(s, t);
    return mention != null && !mention.country.isEmpty();
  }

  /**
   * Who a reporting verb before a quote belongs to: its subject; for "Said Ellis:" (the verb opens
   * the sentence) the name after it; for "saying" and "adding" the subject of their clause.
   */
  private static Candidate speakerOfVerb(ArticleIndex index, int s, int verb, int floor) {
    if (verb == 0) {
      return phraseAfter(index, s, verb + 1, false);
    }
    if (index.token(s, verb).pos.equals("VBG")) {
      // ", saying ...", "by saying ...": the clause's subject speaks.
      return clauseSubject(index, s, index.token(s, verb).begin);
    }
    Token before = index.token(s, verb - 1);
    if ((before.word.equals(",") || before.pos.equals("''"))
        && verb + 1 < index.tokenCount(s)
        && index.token(s, verb + 1).pos.startsWith("NNP")
        && !AttributionWords.takesAddressee(index.token(s, verb).word)) {
      // "... appeals to lesser-educated whites, said Alan Abramowitz": the speaker follows.
      Candidate after = phraseAfter(index, s, verb + 1, true);
      if (after != null && endsClause(index, s, after.end())) {
        return after;
      }
    }
    return phraseBefore(index, s, verb, floor);
  }

  /**
   * Who reports the clause a cue stands in: "Catherine Frazier said Thursday that Rubio's claim ...
   * is “simply not true”" is Frazier's, not Rubio's. A "say" verb before the cue, with nothing but
   * words between it and the cue's speaker (no comma, no quote), whose own subject is a person or
   * organization; else null.
   */
  private static Candidate outerSayer(
      ArticleIndex index, int s, int cueToken, Candidate inner, int floor) {
    int innerStart = Math.min(cueToken, firstTokenFrom(index, s, inner.begin()));
    for (int j = innerStart - 1; j >= floor; j--) {
      Token token = index.token(s, j);
      if (token.word.equals(",") || token.word.equals(":") || index.quoteOf(s, j) >= 0) {
        return null;
      }
      if (token.pos.startsWith("VB") && AttributionWords.isSayVerb(token.word)) {
        Candidate outer = speakerOfVerb(index, s, j, floor);
        return outer != null && outer.kind() != Kind.NOMINAL ? outer : null;
      }
    }
    return null;
  }

  /**
   * A paragraph of its own that signs the quote before it: "- Sanders." under a quoted paragraph,
   * as fact checks print them; else null.
   */
  private static Candidate signatureParagraph(ArticleIndex index, int s) {
    if (s >= index.sentenceCount()
        || index.tokenCount(s) < 2
        || !isDash(index.token(s, 0).word)
        || index.paragraph(s) == index.paragraph(s - 1)
        || (s + 1 < index.sentenceCount() && index.paragraph(s + 1) == index.paragraph(s))) {
      return null;
    }
    EntityMention named = index.mentionAt(s, 1);
    if (named == null
        || named.firstToken != 1
        || !(named.type.equals("PERSON") || named.type.equals("ORGANIZATION"))) {
      return null;
    }
    int end = named.endToken;
    boolean alone = end == index.tokenCount(s) || isSentenceEnd(index.token(s, end));
    // "— Maria Gomez, Center for Budget Studies": a name and what they are, no verb.
    boolean described =
        !alone
            && index.token(s, end).word.equals(",")
            && IntStream.range(end, index.tokenCount(s))
                .noneMatch(t -> index.token(s, t).pos.startsWith("VB"));
    return alone || described ? nounPhrase(index, s, 1, end, false) : null;
  }

  /** The first token of sentence {@code s} that begins at or after {@code offset}. */
  private static int firstTokenFrom(ArticleIndex index, int s, int offset) {
    int t = 0;
    while (t < index.tokenCount(s) && index.token(s, t).begin < offset) {
      t++;
    }
    return t;
  }

  /**
   * Whether the clause ends after {@code end}: a comma, a full stop or a parenthesis follows, not a
   * verb or a quote ("said Fiorina “was ...”" names whom the words are about).
   */
  private static boolean endsClause(ArticleIndex index, int s, int end) {
    int n = index.tokenCount(s);
    int t = firstTokenFrom(index, s, end);
    if (t == n) {
      return true;
    }
    String next = index.token(s, t).word;
    return next.equals(",") || isSentenceEnd(index.token(s, t)) || next.equals("-LRB-");
  }

  /** {@code X's claim}, {@code his remarks}: the owner of a speech noun at {@code noun}. */
  private static Candidate possessor(ArticleIndex index, int s, int noun, int floor) {
    int i = noun - 1;
    while (i >= floor && index.token(s, i).pos.startsWith("JJ")) {
      i--;
    }
    if (i < floor) {
      return null;
    }
    Token token = index.token(s, i);
    if (token.pos.equals("PRP$")) {
      String pronoun =
          switch (token.word.toLowerCase(Locale.ROOT)) {
            case "his" -> "he";
            case "her" -> "she";
            case "their" -> "they";
            case "its" -> "it";
            default -> null;
          };
      return pronoun == null
          ? null
          : new Candidate(Kind.PRONOUN, pronoun, token.begin, token.end, s, "");
    }
    if (token.pos.equals("POS") && i - 1 >= floor) {
      EntityMention owner = index.mentionAt(s, i - 1);
      if (owner != null && (owner.type.equals("PERSON") || owner.type.equals("ORGANIZATION"))) {
        return nounPhrase(index, s, owner.firstToken, owner.endToken, false);
      }
    }
    return null;
  }

  private static boolean isRelativePronoun(Token token) {
    String w = token.word.toLowerCase(Locale.ROOT);
    return w.equals("who") || w.equals("which") || (w.equals("that") && token.pos.equals("WDT"));
  }

  private static boolean isPronounMention(EntityMention mention, Token token) {
    return mention != null && AttributionWords.isSpeakerPronoun(token.word);
  }

  private static boolean isOfOrFor(Token token) {
    String w = token.word.toLowerCase(Locale.ROOT);
    return token.pos.equals("IN") && (w.equals("for") || w.equals("of"));
  }

  private static boolean isPartOfMention(ArticleIndex index, int s, int t, int headToken) {
    EntityMention mention = index.mentionAt(s, t);
    return mention != null && mention.endToken > t && mention == index.mentionAt(s, headToken);
  }

  private static boolean isAuxiliary(Token token) {
    return AUXILIARIES.contains(token.word.toLowerCase(Locale.ROOT));
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
   * organization at its head that organization, a country or capital the government; otherwise a
   * description ({@code strict}: only if headed by a word for a speaker, "official", "ministry").
   */
  private static Candidate nounPhrase(
      ArticleIndex index, int s, int from, int end, boolean strict) {
    String country = "";
    EntityMention person = null;
    EntityMention organization = null;
    boolean title = false;
    for (int t = from; t < end; t++) {
      EntityMention mention = index.mentionAt(s, t);
      if (mention == null) {
        continue;
      }
      if (country.isEmpty()) {
        country = AffiliationCountry.of(index, s, mention);
      }
      if (mention.type.equals("PERSON") && person == null) {
        person = mention;
      } else if (mention.type.equals("ORGANIZATION")) {
        organization = mention;
      } else if (mention.type.equals("TITLE")) {
        title = true;
      }
    }
    String text = text(index, s, from, end);
    int begin = index.token(s, from).begin;
    int stop = index.token(s, end - 1).end;
    if (person != null && AttributionWords.isSpeakerPronoun(person.text)) {
      return new Candidate(Kind.PRONOUN, person.text, person.begin, person.end, s, "");
    }
    if (person != null && !possessedByOther(index, s, person, end)) {
      return new Candidate(Kind.PERSON, person.text, person.begin, person.end, s, country);
    }
    if (organization != null && organization.endToken >= end) {
      if (speaksFor(index, s, from, organization)) {
        // "a spokesman for the Home Office": someone unnamed, known by whom they speak for.
        return new Candidate(Kind.NOMINAL, text, begin, stop, s, country);
      }
      return new Candidate(Kind.ORGANIZATION, stripArticle(text), begin, stop, s, country);
    }
    if (isCountryOrPlace(index, s, from, end)) {
      // "Russia said", "Moscow said": the government speaks, a capital's included.
      return new Candidate(
          Kind.ORGANIZATION, stripArticle(text), begin, stop, s, placeCountry(index, s, from, end));
    }
    Token head = index.token(s, end - 1);
    if (!strict
        || title
        || AttributionWords.isSpeakerNoun(head.word)
        || head.pos.startsWith("NNP")) {
      return new Candidate(Kind.NOMINAL, text, begin, stop, s, country);
    }
    return null;
  }

  /**
   * Whether a speaker noun and "for" or "of" come before the organization: "a spokeswoman for Royal
   * Mail".
   */
  private static boolean speaksFor(
      ArticleIndex index, int s, int from, EntityMention organization) {
    for (int t = from; t + 1 < organization.firstToken; t++) {
      if (AttributionWords.isSpeakerNoun(index.token(s, t).word)
          && isOfOrFor(index.token(s, t + 1))) {
        return true;
      }
    }
    return false;
  }

  /** "Trump's campaign": the person only owns the speaker. */
  private static boolean possessedByOther(
      ArticleIndex index, int s, EntityMention person, int end) {
    return person.endToken < end
        && index.token(s, person.endToken).pos.equals("POS")
        && person.endToken + 1 < end;
  }

  /** The country of the first place among the tokens {@code [from, end)}. */
  private static String placeCountry(ArticleIndex index, int s, int from, int end) {
    for (int t = from; t < end; t++) {
      EntityMention mention = index.mentionAt(s, t);
      if (mention != null && !mention.country.isEmpty()) {
        return mention.country;
      }
    }
    return "";
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

  private static Speaker resolve(ArticlePeople people, Candidate cue, List<Quote> earlier) {
    if (ARTICLES.contains(cue.text().toLowerCase(Locale.ROOT))) {
      return null; // "said the": the phrase after it was not a speaker
    }
    return switch (cue.kind()) {
      case PERSON -> people.person(cue);
      case ORGANIZATION ->
          Objects.requireNonNullElseGet(
              people.surnameOfSomeoneNamed(cue),
              () ->
                  new Speaker(
                      cue.text(),
                      cue.begin(),
                      cue.end(),
                      cue.text(),
                      SpeakerType.ORGANIZATION,
                      cue.country(),
                      cue.sentence()));
      case PRONOUN -> people.pronoun(cue, earlier);
      case NOMINAL -> people.description(cue);
    };
  }

  // ---- quote kinds ------------------------------------------------------------------------

  /**
   * Direct when it opens a sentence or follows ":" or ","; otherwise scare when it is one to three
   * words, partial when longer.
   */
  private static QuoteKind kind(ArticleIndex index, QuoteFinder.Span span, int s) {
    if (startsSentence(index, span, s)
        || followsColonOrComma(index.article.article.text, span.begin())) {
      return QuoteKind.DIRECT;
    }
    if (words(index.article.article.text.substring(span.begin(), span.end()))
        <= SCARE_QUOTE_MAX_WORDS) {
      return QuoteKind.SCARE;
    }
    return QuoteKind.PARTIAL;
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

  private static boolean isUpperCaseWord(String word) {
    return word.length() > 1
        && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-');
  }

  private static Quote toQuote(
      AnnotatedArticle article, QuoteFinder.Span span, QuoteKind kind, Speaker speaker) {
    String text = article.article.text.substring(span.begin(), span.end());
    if (speaker == null) {
      return Quote.unattributed(article.id(), span.begin(), span.end(), text, kind.label());
    }
    return new Quote(
        article.id(),
        span.begin(),
        span.end(),
        text,
        kind.label(),
        speaker.mention(),
        speaker.begin(),
        speaker.end(),
        speaker.name(),
        speaker.type().label(),
        speaker.country(),
        "",
        "");
  }

  static String text(ArticleIndex index, int s, int from, int end) {
    int begin = index.token(s, from).begin;
    int stop = index.token(s, end - 1).end;
    return index.article.article.text.substring(begin, stop);
  }

  static String stripArticle(String text) {
    String[] words = PersonNames.SPACES.split(text, 2);
    return words.length == 2 && ARTICLES.contains(words[0].toLowerCase(Locale.ROOT))
        ? words[1]
        : text;
  }
}
