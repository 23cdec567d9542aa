package org.newsbeam.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsbeam.model.Phrase;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Token;
import org.newsbeam.text.AttributionWords;
import org.newsbeam.text.Subjects;
import org.newsbeam.text.TokenSpans;

/**
 * What CoreNLP's phrase-level sentiment says about one mention (a target) in a sentence, as
 * numbers: the predictions of the phrases around the target in the binarized tree (its own phrase,
 * its ancestors, the siblings along the way up to its clause: what is said about it), the
 * word-level predictions in its clause, negation and contrast ("but", "despite") and which side the
 * target stands on, and whether the target speaks (subject of a reporting verb) or is spoken about.
 */
public final class TargetFeatures {
  /** The features; the model file names its weights by these names, so their order cannot drift. */
  public enum Feature {
    ROOT,
    OWN_PHRASE,
    PARENT,
    GRANDPARENT,
    CLAUSE,
    CONTEXT,
    CONTEXT_NEGATIVE,
    CONTEXT_POSITIVE,
    NEAREST_SIBLING,
    CLAUSE_WORDS_MEAN,
    CLAUSE_WORDS_MIN,
    CLAUSE_WORDS_MAX,
    CLAUSE_STRONG_NEGATIVE,
    CLAUSE_STRONG_POSITIVE,
    SENTENCE_STRONG_NEGATIVE,
    SENTENCE_STRONG_POSITIVE,
    NEGATION_IN_CLAUSE,
    CONTRAST_BEFORE_TARGET,
    CONTRAST_AFTER_TARGET,
    TARGET_SPEAKS,
    TARGET_SPOKEN_ABOUT,
    TARGET_IN_QUOTE,
    CLAUSE_SHARE,
    ROOT_NEGATIVE,
    ROOT_POSITIVE,
    WINDOW_WORDS_MEAN,
    WINDOW_STRONG_NEGATIVE,
    WINDOW_STRONG_POSITIVE,
    TARGET_IS_SUBJECT,
    VERB_AFTER_TARGET,
    VERB_BEFORE_TARGET,
    SUBJECT_TIMES_CONTEXT,
    SUBJECT_TIMES_WINDOW,
    SECOND_SIBLING,
    THIRD_SIBLING,
    OWN_NEGATIVE,
    OWN_POSITIVE,
    PARENT_NEGATIVE,
    PARENT_POSITIVE,
    CLAUSE_NEGATIVE,
    CLAUSE_POSITIVE,
    SIBLING_NEGATIVE,
    SIBLING_POSITIVE;

    /** The model file's name for the feature. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The features' names, in order: the model file's header. */
  public static final List<String> NAMES =
      Arrays.stream(Feature.values()).map(Feature::key).toList();

  private static final Set<String> CLAUSES = Set.of("S", "SBAR", "SINV", "SQ", "SBARQ", "ROOT");
  private static final Set<String> NEGATIONS =
      Set.of("not", "n't", "no", "never", "without", "nor", "neither", "nobody", "nothing");
  private static final Set<String> CONTRASTS =
      Set.of("but", "however", "although", "though", "despite", "yet", "whereas", "nevertheless");
  private static final Set<String> SUBORDINATE_CONTRASTS =
      Set.of("although", "though", "despite", "while", "whereas");
  private static final double STRONG = 0.5;

  /** Words on either side of the target that count as its neighbourhood. */
  private static final int WINDOW = 4;

  private TargetFeatures() {}

  /**
   * The features of the target at character offsets {@code [begin, end)} of the article, in a
   * scored sentence that contains it.
   */
  public static double[] of(Sentence sentence, SentenceSentiment sentiment, int begin, int end) {
    List<Phrase> phrases = sentiment.phrases;
    int[] parent = parents(phrases);
    int[] span = TokenSpans.overlapping(sentence.tokens, begin, end);
    int first = span[0];
    int last = span[1];
    int own = smallestContaining(phrases, first, last);
    int clause = own;
    while (clause > 0 && !CLAUSES.contains(phrases.get(clause).label)) {
      clause = parent[clause];
    }
    Phrase clausePhrase = phrases.get(clause);

    double[] context = new double[SentimentScale.CLASSES];
    int contextWords = 0;
    List<Double> siblingScores = new ArrayList<>();
    int siblingPhrase = -1;
    for (int child = own; child != clause && parent[child] >= 0; child = parent[child]) {
      for (int sibling : children(phrases, parent, parent[child])) {
        if (sibling == child) {
          continue;
        }
        Phrase p = phrases.get(sibling);
        for (int i = 0; i < SentimentScale.CLASSES; i++) {
          context[i] += p.probabilities.get(i) * p.length();
        }
        contextWords += p.length();
        siblingScores.add(score(p));
        if (siblingPhrase < 0) {
          siblingPhrase = sibling;
        }
      }
    }
    if (contextWords > 0) {
      for (int i = 0; i < SentimentScale.CLASSES; i++) {
        context[i] /= contextWords;
      }
    } else {
      for (int i = 0; i < SentimentScale.CLASSES; i++) {
        context[i] = clausePhrase.probabilities.get(i);
      }
    }

    WordStats clauseWords = wordStats(phrases, clausePhrase.first, clausePhrase.end, first, last);
    WordStats sentenceWords = wordStats(phrases, 0, sentence.tokens.size(), first, last);
    int contrast = contrastIndex(sentence.tokens);
    Phrase root = phrases.get(0);
    double[] f = new double[Feature.values().length];
    f[Feature.ROOT.ordinal()] = score(root);
    f[Feature.OWN_PHRASE.ordinal()] = score(phrases.get(own));
    f[Feature.PARENT.ordinal()] = score(phrases.get(parent[own] >= 0 ? parent[own] : own));
    int grand =
        parent[own] >= 0 && parent[parent[own]] >= 0
            ? parent[parent[own]]
            : Math.max(0, parent[own]);
    f[Feature.GRANDPARENT.ordinal()] = score(phrases.get(grand));
    f[Feature.CLAUSE.ordinal()] = score(clausePhrase);
    f[Feature.CONTEXT.ordinal()] = SentimentScale.score(asList(context));
    f[Feature.CONTEXT_NEGATIVE.ordinal()] = context[0] + context[1];
    f[Feature.CONTEXT_POSITIVE.ordinal()] = context[3] + context[4];
    f[Feature.NEAREST_SIBLING.ordinal()] = sibling(siblingScores, 0, score(phrases.get(own)));
    f[Feature.CLAUSE_WORDS_MEAN.ordinal()] = clauseWords.mean;
    f[Feature.CLAUSE_WORDS_MIN.ordinal()] = clauseWords.min;
    f[Feature.CLAUSE_WORDS_MAX.ordinal()] = clauseWords.max;
    f[Feature.CLAUSE_STRONG_NEGATIVE.ordinal()] = clauseWords.strongNegative;
    f[Feature.CLAUSE_STRONG_POSITIVE.ordinal()] = clauseWords.strongPositive;
    f[Feature.SENTENCE_STRONG_NEGATIVE.ordinal()] = sentenceWords.strongNegative;
    f[Feature.SENTENCE_STRONG_POSITIVE.ordinal()] = sentenceWords.strongPositive;
    f[Feature.NEGATION_IN_CLAUSE.ordinal()] =
        hasWord(sentence.tokens, clausePhrase.first, clausePhrase.end, NEGATIONS) ? 1 : 0;
    f[Feature.CONTRAST_BEFORE_TARGET.ordinal()] = contrast >= 0 && contrast < first ? 1 : 0;
    f[Feature.CONTRAST_AFTER_TARGET.ordinal()] = contrast >= last ? 1 : 0;
    f[Feature.TARGET_SPEAKS.ordinal()] = speaks(sentence.tokens, last) ? 1 : 0;
    f[Feature.TARGET_SPOKEN_ABOUT.ordinal()] = spokenAbout(sentence.tokens, first) ? 1 : 0;
    f[Feature.TARGET_IN_QUOTE.ordinal()] = insideQuote(sentence.tokens, first) ? 1 : 0;
    f[Feature.CLAUSE_SHARE.ordinal()] = (double) clausePhrase.length() / Math.max(1, root.length());
    f[Feature.ROOT_NEGATIVE.ordinal()] = root.negative();
    f[Feature.ROOT_POSITIVE.ordinal()] = root.positive();
    WordStats window =
        wordStats(
            phrases,
            Math.max(0, first - WINDOW),
            Math.min(sentence.tokens.size(), last + WINDOW),
            first,
            last);
    f[Feature.WINDOW_WORDS_MEAN.ordinal()] = window.mean;
    f[Feature.WINDOW_STRONG_NEGATIVE.ordinal()] = window.strongNegative;
    f[Feature.WINDOW_STRONG_POSITIVE.ordinal()] = window.strongPositive;
    boolean[] quoted = Subjects.betweenQuoteMarks(sentence.tokens);
    double subject = Subjects.isSubject(sentence.tokens, first, t -> quoted[t]) ? 1 : 0;
    f[Feature.TARGET_IS_SUBJECT.ordinal()] = subject;
    f[Feature.VERB_AFTER_TARGET.ordinal()] =
        wordScore(phrases, nearestVerb(sentence.tokens, last, 1));
    f[Feature.VERB_BEFORE_TARGET.ordinal()] =
        wordScore(phrases, nearestVerb(sentence.tokens, first - 1, -1));
    f[Feature.SUBJECT_TIMES_CONTEXT.ordinal()] = subject * SentimentScale.score(asList(context));
    f[Feature.SUBJECT_TIMES_WINDOW.ordinal()] = subject * window.mean;
    f[Feature.SECOND_SIBLING.ordinal()] =
        sibling(siblingScores, 1, f[Feature.NEAREST_SIBLING.ordinal()]);
    f[Feature.THIRD_SIBLING.ordinal()] =
        sibling(siblingScores, 2, f[Feature.NEAREST_SIBLING.ordinal()]);
    Phrase ownPhrase = phrases.get(own);
    Phrase parentPhrase = phrases.get(parent[own] >= 0 ? parent[own] : own);
    Phrase nearest = siblingPhrase >= 0 ? phrases.get(siblingPhrase) : ownPhrase;
    f[Feature.OWN_NEGATIVE.ordinal()] = ownPhrase.negative();
    f[Feature.OWN_POSITIVE.ordinal()] = ownPhrase.positive();
    f[Feature.PARENT_NEGATIVE.ordinal()] = parentPhrase.negative();
    f[Feature.PARENT_POSITIVE.ordinal()] = parentPhrase.positive();
    f[Feature.CLAUSE_NEGATIVE.ordinal()] = clausePhrase.negative();
    f[Feature.CLAUSE_POSITIVE.ordinal()] = clausePhrase.positive();
    f[Feature.SIBLING_NEGATIVE.ordinal()] = nearest.negative();
    f[Feature.SIBLING_POSITIVE.ordinal()] = nearest.positive();
    return f;
  }

  /** Words on either side of a target whose identity is a feature of their own. */
  private static final int NEAR_WORDS = 4;

  /**
   * The words around the target, as features: the words of the target's side of a contrast
   * ("s:rescued" in "the storm destroyed homes, but firefighters rescued families"), those of the
   * other side ("o:destroyed"), and the nearest words on its side before ("L:...") and after
   * ("R:...") it. Sides are split at contrast words (but, although, despite, ...) and semicolons.
   * Lowercase; punctuation and numbers left out.
   */
  public static Set<String> words(Sentence sentence, int begin, int end) {
    Set<String> words = new TreeSet<>();
    List<Token> tokens = sentence.tokens;
    int[] span = TokenSpans.overlapping(tokens, begin, end);
    int first = span[0];
    int last = span[1];
    int[] side = sides(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word.toLowerCase(Locale.ROOT);
      if ((i >= first && i < last) || !isLowercaseWord(w)) {
        continue;
      }
      boolean sameSide = side[i] == side[first];
      words.add((sameSide ? "s:" : "o:") + w);
      if (sameSide && i < first && i >= first - NEAR_WORDS) {
        words.add("L:" + w);
      }
      if (sameSide && i >= last && i < last + NEAR_WORDS) {
        words.add("R:" + w);
      }
    }
    return words;
  }

  /**
   * A word of lowercase letters, apostrophes and hyphens, starting with a letter ("don't",
   * "well-known"): the regular expression {@code [a-z][a-z'-]*}, checked by hand because it runs
   * for every word around every mention.
   */
  static boolean isLowercaseWord(String w) {
    if (w.isEmpty() || w.charAt(0) < 'a' || w.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if ((c < 'a' || c > 'z') && c != '\'' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * For each token, which side of the sentence's contrasts it is on (0, 1, ...). "but", "yet",
   * "however" and a semicolon start a new side; a clause opened by "although", "though", "despite",
   * "while" or "whereas" is a side of its own, up to the comma that closes it.
   */
  private static int[] sides(List<Token> tokens) {
    int[] side = new int[tokens.size()];
    int current = 0;
    boolean inSubordinate = false;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word.toLowerCase(Locale.ROOT);
      if (SUBORDINATE_CONTRASTS.contains(w)) {
        current++;
        inSubordinate = true;
      } else if (CONTRASTS.contains(w) || w.equals(";") || (inSubordinate && w.equals(","))) {
        current++;
        inSubordinate = false;
      }
      side[i] = current;
    }
    return side;
  }

  private record WordStats(
      double mean, double min, double max, double strongNegative, double strongPositive) {}

  /** Word-level (preterminal) predictions in {@code [from, to)}, the target's words left out. */
  private static WordStats wordStats(
      List<Phrase> phrases, int from, int to, int targetFirst, int targetEnd) {
    double sum = 0;
    double min = 0;
    double max = 0;
    int words = 0;
    int negative = 0;
    int positive = 0;
    for (Phrase p : phrases) {
      boolean word = p.length() == 1 && p.first >= from && p.end <= to;
      boolean target = p.first >= targetFirst && p.first < targetEnd;
      if (!word || target) {
        continue;
      }
      double s = score(p);
      sum += s;
      min = Math.min(min, s);
      max = Math.max(max, s);
      words++;
      if (p.negative() > STRONG) {
        negative++;
      }
      if (p.positive() > STRONG) {
        positive++;
      }
    }
    return new WordStats(
        words == 0 ? 0 : sum / words, min, max, Math.min(negative, 3), Math.min(positive, 3));
  }

  /** For each phrase (pre-order), the index of its parent, -1 for the root. */
  static int[] parents(List<Phrase> phrases) {
    int[] parent = new int[phrases.size()];
    List<Integer> stack = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      Phrase p = phrases.get(i);
      while (!stack.isEmpty() && !contains(phrases.get(stack.get(stack.size() - 1)), p)) {
        stack.remove(stack.size() - 1);
      }
      parent[i] = stack.isEmpty() ? -1 : stack.get(stack.size() - 1);
      stack.add(i);
    }
    return parent;
  }

  private static List<Integer> children(List<Phrase> phrases, int[] parent, int node) {
    List<Integer> children = new ArrayList<>();
    for (int i = node + 1;
        i < phrases.size() && phrases.get(i).first < phrases.get(node).end;
        i++) {
      if (parent[i] == node) {
        children.add(i);
      }
    }
    return children;
  }

  private static boolean contains(Phrase outer, Phrase inner) {
    return outer.first <= inner.first && inner.end <= outer.end;
  }

  /** The last phrase in pre-order that contains {@code [first, last)}: the smallest. */
  static int smallestContaining(List<Phrase> phrases, int first, int last) {
    int best = 0;
    for (int i = 0; i < phrases.size(); i++) {
      Phrase p = phrases.get(i);
      if (p.first <= first && last <= p.end) {
        best = i;
      }
    }
    return best;
  }

  private static boolean hasWord(List<Token> tokens, int from, int to, Set<String> words) {
    for (int i = from; i < to && i < tokens.size(); i++) {
      if (words.contains(tokens.get(i).word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The score of the n-th sibling on the way up from the target, or a fallback. */
  private static double sibling(List<Double> scores, int n, double fallback) {
    return n < scores.size() ? scores.get(n) : fallback;
  }

  /** The nearest verb from {@code from} in direction {@code step} (+1 or -1), or -1. */
  private static int nearestVerb(List<Token> tokens, int from, int step) {
    for (int i = from; i >= 0 && i < tokens.size(); i += step) {
      if (tokens.get(i).pos.startsWith("VB")) {
        return i;
      }
    }
    return -1;
  }

  /** The model's score for one word (its preterminal phrase), 0 for none. */
  private static double wordScore(List<Phrase> phrases, int token) {
    if (token < 0) {
      return 0;
    }
    for (Phrase p : phrases) {
      if (p.first == token && p.end == token + 1) {
        return score(p);
      }
    }
    return 0;
  }

  private static int contrastIndex(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (CONTRASTS.contains(tokens.get(i).word.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  /** The target is followed (within four words) by a verb of saying: it speaks. */
  private static boolean speaks(List<Token> tokens, int afterTarget) {
    for (int i = afterTarget; i < tokens.size() && i < afterTarget + 4; i++) {
      Token t = tokens.get(i);
      if (t.pos.startsWith("VB")) {
        return AttributionWords.isSpeechVerb(t.word, t.pos);
      }
    }
    return false;
  }

  /** A verb of saying comes before the target in its sentence: the target is spoken about. */
  private static boolean spokenAbout(List<Token> tokens, int targetFirst) {
    for (int i = 0; i < targetFirst; i++) {
      Token t = tokens.get(i);
      if (AttributionWords.isSpeechVerb(t.word, t.pos)) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideQuote(List<Token> tokens, int targetFirst) {
    int marks = 0;
    for (int i = 0; i < targetFirst; i++) {
      String w = tokens.get(i).word;
      if (w.equals("``") || w.equals("''") || w.equals("\"")) {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  static double score(Phrase phrase) {
    return SentimentScale.score(phrase.probabilities);
  }

  private static List<Double> asList(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return list;
  }
}
