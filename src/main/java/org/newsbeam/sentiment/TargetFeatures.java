package org.newsbeam.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsbeam.model.Phrase;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Token;
import org.newsbeam.text.AttributionWords;

/**
 * What CoreNLP's phrase-level sentiment says about one mention (a target) in a sentence, as
 * numbers: the predictions of the phrases around the target in the binarized tree (its own phrase,
 * its ancestors, the siblings along the way up to its clause: what is said about it), the
 * word-level predictions in its clause, negation and contrast ("but", "despite") and which side the
 * target stands on, and whether the target speaks (subject of a reporting verb) or is spoken about.
 */
public final class TargetFeatures {
  /** The names of the features, in order; the model file lists its weights in this order. */
  public static final List<String> NAMES =
      List.of(
          "root",
          "own_phrase",
          "parent",
          "grandparent",
          "clause",
          "context",
          "context_negative",
          "context_positive",
          "nearest_sibling",
          "clause_words_mean",
          "clause_words_min",
          "clause_words_max",
          "clause_strong_negative",
          "clause_strong_positive",
          "sentence_strong_negative",
          "sentence_strong_positive",
          "negation_in_clause",
          "contrast_before_target",
          "contrast_after_target",
          "target_speaks",
          "target_spoken_about",
          "target_in_quote",
          "clause_share",
          "root_negative",
          "root_positive",
          "window_words_mean",
          "window_strong_negative",
          "window_strong_positive",
          "target_is_subject",
          "verb_after_target",
          "verb_before_target",
          "subject_times_context",
          "subject_times_window",
          "second_sibling",
          "third_sibling",
          "own_negative",
          "own_positive",
          "parent_negative",
          "parent_positive",
          "clause_negative",
          "clause_positive",
          "sibling_negative",
          "sibling_positive");

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
    int first = firstToken(sentence.tokens, begin);
    int last = Math.max(first + 1, endToken(sentence.tokens, end));
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
    double[] f = new double[NAMES.size()];
    int k = 0;
    f[k++] = score(root);
    f[k++] = score(phrases.get(own));
    f[k++] = score(phrases.get(parent[own] >= 0 ? parent[own] : own));
    int grand =
        parent[own] >= 0 && parent[parent[own]] >= 0
            ? parent[parent[own]]
            : Math.max(0, parent[own]);
    f[k++] = score(phrases.get(grand));
    f[k++] = score(clausePhrase);
    f[k++] = SentimentScale.score(asList(context));
    f[k++] = context[0] + context[1];
    f[k++] = context[3] + context[4];
    f[k++] = sibling(siblingScores, 0, score(phrases.get(own)));
    f[k++] = clauseWords.mean;
    f[k++] = clauseWords.min;
    f[k++] = clauseWords.max;
    f[k++] = clauseWords.strongNegative;
    f[k++] = clauseWords.strongPositive;
    f[k++] = sentenceWords.strongNegative;
    f[k++] = sentenceWords.strongPositive;
    f[k++] = hasWord(sentence.tokens, clausePhrase.first, clausePhrase.end, NEGATIONS) ? 1 : 0;
    f[k++] = contrast >= 0 && contrast < first ? 1 : 0;
    f[k++] = contrast >= last ? 1 : 0;
    f[k++] = speaks(sentence.tokens, last) ? 1 : 0;
    f[k++] = spokenAbout(sentence.tokens, first) ? 1 : 0;
    f[k++] = insideQuote(sentence.tokens, first) ? 1 : 0;
    f[k++] = (double) clausePhrase.length() / Math.max(1, root.length());
    f[k++] = root.probabilities.get(0) + root.probabilities.get(1);
    f[k++] = root.probabilities.get(3) + root.probabilities.get(4);
    WordStats window =
        wordStats(
            phrases,
            Math.max(0, first - WINDOW),
            Math.min(sentence.tokens.size(), last + WINDOW),
            first,
            last);
    f[k++] = window.mean;
    f[k++] = window.strongNegative;
    f[k++] = window.strongPositive;
    double subject = isSubject(sentence.tokens, first) ? 1 : 0;
    f[k++] = subject;
    f[k++] = wordScore(phrases, nearestVerb(sentence.tokens, last, 1));
    f[k++] = wordScore(phrases, nearestVerb(sentence.tokens, first - 1, -1));
    f[k++] = subject * SentimentScale.score(asList(context));
    f[k++] = subject * window.mean;
    f[k++] = sibling(siblingScores, 1, f[NAMES.indexOf("nearest_sibling")]);
    f[k++] = sibling(siblingScores, 2, f[NAMES.indexOf("nearest_sibling")]);
    Phrase ownPhrase = phrases.get(own);
    Phrase parentPhrase = phrases.get(parent[own] >= 0 ? parent[own] : own);
    Phrase nearest = siblingPhrase >= 0 ? phrases.get(siblingPhrase) : ownPhrase;
    for (Phrase p : List.of(ownPhrase, parentPhrase, clausePhrase, nearest)) {
      f[k++] = p.probabilities.get(0) + p.probabilities.get(1);
      f[k++] = p.probabilities.get(3) + p.probabilities.get(4);
    }
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
    int first = firstToken(tokens, begin);
    int last = Math.max(first + 1, endToken(tokens, end));
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
      if (p.probabilities.get(0) + p.probabilities.get(1) > STRONG) {
        negative++;
      }
      if (p.probabilities.get(3) + p.probabilities.get(4) > STRONG) {
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

  private static int firstToken(List<Token> tokens, int begin) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end > begin) {
        return i;
      }
    }
    return Math.max(0, tokens.size() - 1);
  }

  private static int endToken(List<Token> tokens, int end) {
    int last = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin < end) {
        last = i + 1;
      }
    }
    return last;
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

  /** No verb (outside quotes) before the target: it is the sentence's subject. */
  private static boolean isSubject(List<Token> tokens, int targetFirst) {
    boolean inQuote = false;
    for (int i = 0; i < targetFirst; i++) {
      String w = tokens.get(i).word;
      if (w.equals("``") || w.equals("''")) {
        inQuote = !inQuote;
      } else if (!inQuote && tokens.get(i).pos.startsWith("VB")) {
        return false;
      }
    }
    return true;
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
