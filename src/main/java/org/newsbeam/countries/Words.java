package org.newsbeam.countries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.Token;
import org.newsbeam.text.TokenSpans;

/**
 * A sentence cut into words as written in the article, for matching place names: a hyphenated token
 * ("US-led", "Russian-backed") is cut into its parts so that each can be matched, and every word
 * remembers its token. Also answers what the words around a match say: a locative preposition
 * before it, the start of the sentence, a capitalized neighbour, a headline.
 */
final class Words {
  /** Prepositions after which a capitalized name is a place. */
  private static final Set<String> LOCATIVES =
      Set.of(
          "in",
          "at",
          "from",
          "to",
          "into",
          "near",
          "outside",
          "across",
          "around",
          "toward",
          "towards",
          "via",
          "through",
          "throughout",
          "inside",
          "within",
          "between",
          "visit",
          "visited",
          "visiting",
          "entered",
          "reached");

  /** Nouns after which "of" introduces a place: "the provinces of Idleb and Hama". */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "province",
          "provinces",
          "city",
          "cities",
          "town",
          "towns",
          "capital",
          "region",
          "regions",
          "governorate",
          "governorates",
          "district",
          "districts",
          "village",
          "villages",
          "outskirts",
          "suburbs",
          "port",
          "state",
          "states",
          "area",
          "areas",
          "countryside",
          "north",
          "south",
          "east",
          "west",
          "centre",
          "center",
          "parts");

  /** The possessive ending as tokenized, with either apostrophe ("'s", "’s"; "'" after an s). */
  private static final Set<String> POSSESSIVES = Set.of("'", "'s", "’", "’s");

  /** Words that join the items of a list of places. */
  private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or");

  record Word(int token, int begin, int end, String text) {
    boolean hasLetter() {
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        if (Character.isLetter(c)) {
          return true;
        }
        i += Character.charCount(c);
      }
      return false;
    }

    /** A word a name can end with: not punctuation, not a possessive "'s". */
    boolean canEndName() {
      return hasLetter() && !POSSESSIVES.contains(text);
    }

    boolean capitalized() {
      return SurfaceKey.isCapitalized(text);
    }

    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }
  }

  final Sentence sentence;
  final List<Word> list;

  /** False for headlines in capitals or Title Case, where a capital letter says nothing. */
  final boolean capitalsInformative;

  Words(Sentence sentence, String articleText) {
    this.sentence = sentence;
    this.list = split(sentence, articleText);
    this.capitalsInformative = capitalsInformative(list);
  }

  private static List<Word> split(Sentence sentence, String articleText) {
    List<Word> words = new ArrayList<>();
    for (int t = 0; t < sentence.tokens.size(); t++) {
      Token token = sentence.tokens.get(t);
      String text = articleText.substring(token.begin, token.end);
      int partBegin = 0;
      for (int i = 1; i < text.length() - 1; i++) {
        if (text.charAt(i) == '-'
            && Character.isLetterOrDigit(text.charAt(i - 1))
            && Character.isLetterOrDigit(text.charAt(i + 1))) {
          words.add(
              new Word(t, token.begin + partBegin, token.begin + i, text.substring(partBegin, i)));
          partBegin = i + 1;
        }
      }
      words.add(new Word(t, token.begin + partBegin, token.end, text.substring(partBegin)));
    }
    return words;
  }

  private static boolean capitalsInformative(List<Word> words) {
    int lettered = 0;
    int capitalized = 0;
    for (Word w : words) {
      if (w.hasLetter()) {
        lettered++;
        if (w.capitalized()) {
          capitalized++;
        }
      }
    }
    return lettered < 4 || capitalized * 10 < lettered * 6;
  }

  int size() {
    return list.size();
  }

  Word get(int i) {
    return list.get(i);
  }

  /** The text of words {@code [from, to)} as written, punctuation and spaces included. */
  String text(int from, int to, String articleText) {
    return articleText.substring(list.get(from).begin(), list.get(to - 1).end());
  }

  /** The first word at or after a character offset, or {@link #size()}. */
  int wordAt(int offset) {
    return TokenSpans.firstEndingAfter(list, Word::end, offset);
  }

  /** First word of the sentence, or of a clause opened by a dash, colon or quotation mark. */
  boolean startsClause(int i) {
    for (int j = i - 1; j >= 0; j--) {
      Word w = list.get(j);
      if (w.hasLetter() || Character.isDigit(w.text().charAt(0)) || w.text().equals(",")) {
        return false;
      }
      if (!w.text().equals("(") && !w.text().equals("-LRB-")) {
        return true;
      }
    }
    return true;
  }

  boolean capitalizedWordAt(int i) {
    return i >= 0 && i < list.size() && list.get(i).hasLetter() && list.get(i).capitalized();
  }

  String lowerAt(int i) {
    return i >= 0 && i < list.size() ? list.get(i).lower() : "";
  }

  /**
   * Whether the words around [from, to) make it a place: a locative preposition before it ("in
   * Ankara"), "of" after a place noun ("the provinces of Idleb"), or a list whose previous item is
   * a place ("Damascus, Idleb and Hama": {@code placeEndsAt} tells where earlier places end). After
   * a bare comma the list must go on after the span, or "On Taiwan, Yao said" would make Yao a
   * place.
   */
  boolean locative(int from, int to, java.util.function.IntPredicate placeEndsAt) {
    String previous = lowerAt(from - 1);
    if (LOCATIVES.contains(previous)) {
      return true;
    }
    if (previous.equals("of") && PLACE_NOUNS.contains(lowerAt(from - 2))) {
      return true;
    }
    if (previous.equals(",")) {
      return LIST_JOINERS.contains(lowerAt(to)) && placeEndsAt.test(from - 1);
    }
    if (previous.equals("and") || previous.equals("or")) {
      int j = lowerAt(from - 2).equals(",") ? from - 2 : from - 1;
      return placeEndsAt.test(j);
    }
    return false;
  }
}
