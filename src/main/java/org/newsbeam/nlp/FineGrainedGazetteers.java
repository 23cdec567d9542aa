package org.newsbeam.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.pipeline.DefaultPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's fine-grained NER gazetteers (its {@code ner.fine.regexner.mapping}), rewritten so that
 * matching them costs less than half as much, with the same annotations.
 *
 * <p>CoreNLP's TokensRegexNER finds the entries that can match a sentence by the literal words they
 * contain. An entry with no literal word, only regular expressions ({@code Calif\.?}, {@code
 * Sgt\.?}, {@code N\.?Y\.?}), cannot be found that way, so CoreNLP tries every such entry on every
 * sentence, and sets up a matcher for each try: about a thousand entries in the default gazetteers,
 * and with them most of the CoreNLP time of newsbeam's annotation (docs/performance.md).
 *
 * <p>The rewrite merges the one-word regular-expression entries that give the same type, may
 * overwrite the same types and have the same priority into one entry whose expression is their
 * alternation: a word matches it exactly when it matches one of them, and it annotates the word as
 * each of them would. Everything else is kept as it was, in its place. An entry whose expression
 * also appears as another entry (CoreNLP then keeps only one of them, by priority) is left alone,
 * so that rule still decides. Verified on every BBC article: the NER tags and entity mentions are
 * identical with the default gazetteers and with these.
 *
 * <p>The rewritten files go to a temporary folder, once per JVM. Should that fail, CoreNLP's own
 * files are used: slower, the same annotations.
 */
public final class FineGrainedGazetteers {
  private static final Logger LOG = LoggerFactory.getLogger("newsbeam.models");

  /**
   * A word with none of these CoreNLP takes as a literal, not an expression (ComplexNodePattern).
   */
  private static final String EXPRESSION_CHARACTERS = "[]?.\\^$()*+{}|";

  /**
   * What the regular expression {@code \s} matches, which CoreNLP splits patterns into words on.
   */
  private static final String REGEX_WHITESPACE = " \t\n\013\f\r";

  /** Back-references and named groups would change meaning inside an alternation. */
  private static final Pattern GROUP_REFERENCE =
      Pattern.compile("\\\\[1-9]|\\\\k<|\\(\\?<[a-zA-Z]");

  private static volatile String setting;

  private FineGrainedGazetteers() {}

  /**
   * The value for {@code ner.fine.regexner.mapping}: CoreNLP's default, with its gazetteer files
   * replaced by the rewritten ones.
   */
  public static String mappingSetting() {
    String result = setting;
    if (result == null) {
      synchronized (FineGrainedGazetteers.class) {
        result = setting;
        if (result == null) {
          result = write(DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS);
          setting = result;
        }
      }
    }
    return result;
  }

  private static String write(String defaults) {
    try {
      List<MappingFile> files = MappingFile.parse(defaults);
      List<List<String>> contents = new ArrayList<>();
      for (MappingFile file : files) {
        contents.add(readLines(file.path()));
      }
      List<List<String>> rewritten = rewrite(files, contents);
      Path folder = Files.createTempDirectory("newsbeam-gazetteers");
      folder.toFile().deleteOnExit();
      StringBuilder result = new StringBuilder();
      for (int i = 0; i < files.size(); i++) {
        MappingFile file = files.get(i);
        Path written = folder.resolve(i + "-" + Path.of(file.path()).getFileName());
        Files.write(written, rewritten.get(i), StandardCharsets.UTF_8);
        written.toFile().deleteOnExit();
        if (i > 0) {
          result.append(';');
        }
        result.append(file.options()).append(written);
      }
      return result.toString();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not rewrite CoreNLP's fine-grained gazetteers; using its own (slower)", e);
      return defaults;
    }
  }

  private static List<String> readLines(String resource) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = IOUtils.readerFromString(resource)) {
      for (String line; (line = reader.readLine()) != null; ) {
        lines.add(line);
      }
    }
    return lines;
  }

  /**
   * The mapping files' lines with each group of mergeable entries (see the class comment) replaced,
   * at its first entry's place, by one entry; the files are read together because CoreNLP checks
   * for repeated expressions across all of them.
   */
  static List<List<String>> rewrite(List<MappingFile> files, List<List<String>> contents) {
    // How many entries have the key of each one-word expression. A literal word's key has none of
    // an expression's characters, and a key of several words is a longer list, so only the
    // one-word expressions themselves (about 1,000 of the 586,000 entries) need counting.
    Map<String, Integer> timesSeen = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      for (String line : contents.get(i)) {
        String pattern = pattern(line);
        if (isOneWordExpression(pattern)) {
          timesSeen.merge(key(pattern, files.get(i).ignoreCase()), 1, Integer::sum);
        }
      }
    }
    List<List<String>> result = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      result.add(merge(contents.get(i), files.get(i).ignoreCase(), timesSeen));
    }
    return result;
  }

  private static List<String> merge(
      List<String> lines, boolean ignoreCase, Map<String, Integer> timesSeen) {
    // Per group (the columns after the pattern): where its entry goes, and its expressions.
    Map<List<String>, Group> groups = new HashMap<>();
    List<String> result = new ArrayList<>(lines.size());
    for (String line : lines) {
      String pattern = pattern(line);
      boolean mergeable =
          isOneWordExpression(pattern)
              && !GROUP_REFERENCE.matcher(pattern).find()
              && timesSeen.get(key(pattern, ignoreCase)) == 1;
      if (!mergeable) {
        result.add(line);
        continue;
      }
      List<String> columns = new ArrayList<>();
      String[] split = line.split("\t");
      for (int c = 1; c < split.length; c++) {
        columns.add(split[c].trim());
      }
      Group group = groups.get(columns);
      if (group == null) {
        group = new Group(result.size(), new ArrayList<>());
        groups.put(columns, group);
        result.add(null); // the group's entry, filled in below once the group is complete
      }
      group.expressions().add("(?:" + pattern + ")");
    }
    for (Map.Entry<List<String>, Group> group : groups.entrySet()) {
      List<String> columns = new ArrayList<>();
      columns.add(String.join("|", group.getValue().expressions()));
      columns.addAll(group.getKey());
      result.set(group.getValue().line(), String.join("\t", columns));
    }
    return result;
  }

  /** Mergeable entries with the same columns: the output line of their entry, their expressions. */
  private record Group(int line, List<String> expressions) {}

  private static String pattern(String line) {
    int tab = line.indexOf('\t');
    return (tab < 0 ? line : line.substring(0, tab)).trim();
  }

  /**
   * One word that CoreNLP reads as a regular expression: it contains one of the characters that
   * make its ComplexNodePattern take a word for an expression rather than a literal.
   */
  private static boolean isOneWordExpression(String pattern) {
    if (!isOneWord(pattern)) {
      return false;
    }
    for (int i = 0; i < pattern.length(); i++) {
      if (EXPRESSION_CHARACTERS.indexOf(pattern.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A non-empty pattern CoreNLP splits into one word (it splits on the regex {@code \s+}). */
  private static boolean isOneWord(String pattern) {
    if (pattern.isEmpty()) {
      return false;
    }
    for (int i = 0; i < pattern.length(); i++) {
      if (REGEX_WHITESPACE.indexOf(pattern.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** How CoreNLP keys a one-word entry when it checks for repeats (TokensRegexNERAnnotator). */
  private static String key(String word, boolean ignoreCase) {
    return ignoreCase ? word.toLowerCase(Locale.ROOT) : word;
  }

  /** One file of a mapping setting: its options ({@code "ignorecase=true,..."}) and its path. */
  record MappingFile(String options, String path, boolean ignoreCase) {
    static List<MappingFile> parse(String setting) {
      List<MappingFile> files = new ArrayList<>();
      for (String part : setting.split(";")) {
        int lastComma = part.lastIndexOf(',');
        String options = part.substring(0, lastComma + 1);
        boolean ignoreCase = false;
        for (String option : options.split(",")) {
          if (option.trim().equalsIgnoreCase("ignorecase=true")) {
            ignoreCase = true;
          }
        }
        files.add(new MappingFile(options, part.substring(lastComma + 1).trim(), ignoreCase));
      }
      return files;
    }
  }
}
