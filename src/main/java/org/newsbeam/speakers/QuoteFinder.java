package org.newsbeam.speakers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations in raw article text by their quotation marks, the way news is written:
 *
 * <ul>
 *   <li>curly (“ ”), low („) and straight (") double quotes, and guillemets (« »);
 *   <li>a quote left open at the end of a paragraph continues when the next paragraph opens with a
 *       quotation mark (the news convention for multi-paragraph quotes), unless that paragraph
 *       opens a transcript turn ({@code "PENCE: ...});
 *   <li>an opening mark inside an open quote starts a nested quote only if the paragraph still
 *       holds enough closing marks; otherwise it is a misplaced closing mark (as in machine
 *       translated copy: {@code “... nothing to discuss “with the Americans, said Mr Putin.});
 *   <li>a quote left open at a paragraph end with no continuation ends there.
 * </ul>
 *
 * <p>Spans include their quotation marks; nested quotes belong to the outer quote.
 */
public final class QuoteFinder {
  /** A quotation: {@code [begin, end)} with its marks; {@code closed} is false if unterminated. */
  public record Span(int begin, int end, boolean closed) {}

  private QuoteFinder() {}

  public static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    List<int[]> paragraphs = paragraphs(text);
    int openAt = -1; // start of the quote currently open, -1 if none
    int depth = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      int from = paragraphs.get(p)[0];
      int to = paragraphs.get(p)[1];
      if (openAt >= 0
          && (!opensWithQuote(text, from, to) || opensWithSpeakerLabel(text, from, to))) {
        // Left open at the previous paragraph's end and not continued: it ended there.
        spans.add(new Span(openAt, trimEnd(text, paragraphs.get(p - 1)[1]), false));
        openAt = -1;
        depth = 0;
      }
      boolean continuing = openAt >= 0;
      for (int i = from; i < to; i++) {
        Mark mark = Mark.of(text, i, depth > 0);
        if (mark == Mark.NONE) {
          continue;
        }
        if (continuing) {
          // The reopening mark of a continued quote: the quote goes on.
          continuing = false;
          continue;
        }
        if (mark == Mark.OPEN) {
          if (depth == 0) {
            openAt = i;
            depth = 1;
          } else if (closingMarksAfter(text, i + 1, to) > depth) {
            depth++;
          } else {
            spans.add(new Span(openAt, i + 1, true));
            openAt = -1;
            depth = 0;
          }
        } else if (depth > 1) {
          depth--;
        } else if (depth == 1) {
          spans.add(new Span(openAt, i + 1, true));
          openAt = -1;
          depth = 0;
        }
        // A closing mark with no open quote (inches, a stray mark) is ignored.
      }
    }
    if (openAt >= 0) {
      spans.add(new Span(openAt, trimEnd(text, text.length()), false));
    }
    List<Span> turns = transcriptTurns(text, paragraphs, spans);
    if (!turns.isEmpty()) {
      spans.addAll(turns);
      spans.sort(Comparator.comparingInt(Span::begin));
    }
    return spans;
  }

  /**
   * The turns of a transcript printed without quotation marks ({@code TAPPER: Will you ...}, {@code
   * A: I have not decided ...}): the words after each label, to the paragraph's end. Only where the
   * article has two or more such paragraphs under two or more labels, so that a lone dateline
   * ({@code LONDON: ...}) or heading is no turn; a question ({@code Q:}) is the interviewer's, not
   * news, and is left out. A paragraph holding a quoted passage is not a turn.
   */
  private static List<Span> transcriptTurns(
      String text, List<int[]> paragraphs, List<Span> quoted) {
    List<Span> turns = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    int count = 0;
    for (int[] paragraph : paragraphs) {
      Matcher turn = TURN.matcher(text).region(paragraph[0], paragraph[1]);
      if (!turn.lookingAt()
          || NOT_SPEAKERS.contains(turn.group(1).strip())
          || overlaps(quoted, paragraph)) {
        continue;
      }
      count++;
      labels.add(turn.group(1).strip());
      if (!turn.group(1).equals("Q")) {
        turns.add(new Span(turn.end(), trimEnd(text, paragraph[1]), true));
      }
    }
    return count >= 2 && labels.size() >= 2 ? turns : List.of();
  }

  private static boolean overlaps(List<Span> spans, int[] paragraph) {
    return spans.stream().anyMatch(q -> q.begin() < paragraph[1] && q.end() > paragraph[0]);
  }

  /** A transcript label at a paragraph's start: a name in capitals, or Q or A; then the words. */
  private static final Pattern TURN =
      Pattern.compile(
          "\\s*(\\p{Lu}[\\p{Lu}.'\u2019 -]{1,30}|Q|A):\\s+(?=[^\\s\"\u201C\u201E\u00AB])");

  /** Capital labels that head a paragraph of news without being anyone's words. */
  private static final Set<String> NOT_SPEAKERS =
      Set.of(
          "UPDATE",
          "UPDATED",
          "CORRECTION",
          "CLARIFICATION",
          "EDITOR'S NOTE",
          "EDITOR\u2019S NOTE",
          "NOTE",
          "RELATED",
          "READ MORE",
          "SEE ALSO",
          "WATCH",
          "VIDEO",
          "PHOTOS",
          "PHOTO",
          "LISTEN",
          "ADVERTISEMENT",
          "SOURCE",
          "SOURCES",
          "CREDIT",
          "DISCLOSURE",
          "BREAKING",
          "ALSO",
          "MORE",
          "FACT CHECK",
          "THE FACTS",
          "BOTTOM LINE",
          "WHY IT MATTERS",
          "WHAT'S NEXT");

  private enum Mark {
    NONE,
    OPEN,
    CLOSE;

    static Mark of(String text, int i, boolean insideQuote) {
      char c = text.charAt(i);
      switch (c) {
        case '\u201C', '\u201E', '\u00AB' -> {
          return OPEN;
        }
        case '\u201D', '\u00BB' -> {
          return CLOSE;
        }
        case '"' -> {
          // Straight quotes: an opening one follows a space, a bracket, a dash or the line start.
          if (!insideQuote) {
            return OPEN;
          }
          return opensAfter(text, i) && closingStraightQuoteAhead(text, i) ? OPEN : CLOSE;
        }
        default -> {
          return NONE;
        }
      }
    }

    private static boolean opensAfter(String text, int i) {
      if (i == 0) {
        return true;
      }
      char before = text.charAt(i - 1);
      boolean followedByWord = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
      return followedByWord
          && (Character.isWhitespace(before) || "([{\u2014\u2013-".indexOf(before) >= 0);
    }

    /** Whether a straight quote inside an open quote has two more straight quotes after it. */
    private static boolean closingStraightQuoteAhead(String text, int i) {
      int count = 0;
      for (int j = i + 1; j < text.length() && text.charAt(j) != '\n'; j++) {
        if (text.charAt(j) == '"') {
          count++;
        }
      }
      return count >= 2;
    }
  }

  private static int closingMarksAfter(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\u201D' || c == '\u00BB' || c == '"') {
        count++;
      }
    }
    return count;
  }

  private static boolean opensWithQuote(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '"';
      }
    }
    return false;
  }

  /** A transcript turn: {@code "PENCE: ...} opens a new quote, never continues the last. */
  private static boolean opensWithSpeakerLabel(String text, int from, int to) {
    String start = text.substring(from, Math.min(to, from + 40)).stripLeading();
    return SPEAKER_LABEL.matcher(start).lookingAt();
  }

  private static final Pattern SPEAKER_LABEL =
      Pattern.compile("[\"\u201C\u201E\u00AB]\\p{Lu}[\\p{Lu}.' -]{1,30}:");

  private static int trimEnd(String text, int end) {
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Paragraphs as {@code [begin, end)}: runs of text between line breaks. */
  static List<int[]> paragraphs(String text) {
    List<int[]> paragraphs = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (!text.substring(start, i).isBlank()) {
          paragraphs.add(new int[] {start, i});
        }
        start = i + 1;
      }
    }
    return paragraphs;
  }
}
