package org.newsbeam.sentences;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words that scraping glued together: a web caption or URL slug run into the first word of
 * the text ("president-russe-vladimir-poutineVladimir Putin"). The tokenizer keeps
 * "poutineVladimir" as one token, which hides the name from the tagger and NER; splitting it at the
 * case change gives back "Vladimir".
 */
public final class GluedWords {
  /** At least three lowercase letters, then a capitalized word: "poutineVladimir". */
  private static final Pattern GLUED = Pattern.compile("^\\p{Ll}{3,}(?=\\p{Lu}\\p{Ll}+$)");

  private GluedWords() {}

  /**
   * Where to split {@code word}, or -1 to keep it whole. Only words that end a hyphenated slug or
   * start a paragraph are split: elsewhere such words are names ("deGrom") or brands.
   */
  public static int splitPoint(String word, boolean endsSlugOrStartsParagraph) {
    if (!endsSlugOrStartsParagraph) {
      return -1;
    }
    Matcher glued = GLUED.matcher(word);
    return glued.find() ? glued.end() : -1;
  }
}
