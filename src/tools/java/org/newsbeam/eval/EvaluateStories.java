package org.newsbeam.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.commons.csv.CSVRecord;
import org.newsbeam.model.Article;
import org.newsbeam.read.ArticleDecoder;
import org.newsbeam.report.Csv;
import org.newsbeam.stories.Bands;
import org.newsbeam.stories.ComparisonText;
import org.newsbeam.stories.FindStories;
import org.newsbeam.stories.NearCopies;
import org.newsbeam.stories.Shingles;
import org.newsbeam.stories.StorySignature;
import org.newsbeam.stories.UnionFind;
import org.newsbeam.text.TitleLine;

/**
 * Evaluates story detection (near-copies) on a folder of articles: signatures, candidate pairs from
 * shared LSH band keys, pairs confirmed at a threshold, stories as connected components. With a
 * gold.csv (article, story; made by scripts/near-copies.py) it prints pair precision and recall at
 * thresholds 0.30-0.90; without one it lists the stories of more than one article.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.newsbeam.eval.EvaluateStories -Dexec.args="--articles=/tmp/near-copies/fit"
 * </pre>
 *
 * Options: {@code --gold} (default: the folder's gold.csv, if any), {@code --k}, {@code --title},
 * {@code --numbers}, {@code --bands}, {@code --rows}, {@code --measure} (jaccard|containment),
 * {@code --threshold} (default: {@link NearCopies#DEFAULT}'s), {@code --show=N} (stories or errors
 * listed), {@code --sweep=true}: exact similarity of all pairs for each shingle length, with and
 * without title and numbers, to choose those (slow: all pairs).
 */
public final class EvaluateStories {
  private static final double[] THRESHOLDS = {
    0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90
  };

  private EvaluateStories() {}

  /** An article of the folder. */
  record Doc(String id, String text, String story, String made) {}

  /** A pair of articles (indexes, a below b) and its similarity. */
  record Pair(int a, int b, double similarity) {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(CommandLine.option(args, "articles", "/tmp/near-copies/fit"));
    CommandLine.requireData("EvaluateStories", "articles", folder);
    Path defaultGold = folder.resolve("gold.csv");
    String goldOption =
        CommandLine.option(args, "gold", Files.exists(defaultGold) ? defaultGold.toString() : "");
    List<Doc> docs = read(folder, goldOption.isEmpty() ? null : Path.of(goldOption));
    NearCopies base = NearCopies.DEFAULT;
    int k = CommandLine.intOption(args, "k", base.k());
    boolean title =
        Boolean.parseBoolean(CommandLine.option(args, "title", Boolean.toString(base.withTitle())));
    boolean numbers =
        Boolean.parseBoolean(
            CommandLine.option(args, "numbers", Boolean.toString(base.withNumbers())));
    if (Boolean.parseBoolean(CommandLine.option(args, "sweep", "false"))) {
      sweep(docs);
      return;
    }
    if (Boolean.parseBoolean(CommandLine.option(args, "pipeline", "false"))) {
      Score score = score(docs, inPipeline(docs), goldPairs(docs));
      System.out.printf(
          Locale.ROOT,
          "FindStories in a Beam pipeline (DirectRunner), %s: pair precision %.4f, recall %.4f"
              + " (%d predicted pairs, %d correct, %d gold)%n",
          NearCopies.DEFAULT,
          score.precision(),
          score.recall(),
          score.predicted(),
          score.correct(),
          score.gold());
      return;
    }
    Bands bands =
        new Bands(
            CommandLine.intOption(args, "bands", base.bands().bands()),
            CommandLine.intOption(args, "rows", base.bands().rows()));
    NearCopies.Measure measure =
        NearCopies.Measure.valueOf(
            CommandLine.option(args, "measure", base.measure().name()).toUpperCase(Locale.ROOT));
    double threshold =
        Double.parseDouble(
            CommandLine.option(args, "threshold", Double.toString(base.threshold())));
    NearCopies detection = new NearCopies(k, title, numbers, bands, measure, threshold);
    int show = CommandLine.intOption(args, "show", 10);

    long start = System.nanoTime();
    List<StorySignature> signatures = new ArrayList<>();
    for (Doc d : docs) {
      signatures.add(detection.signature(d.text()));
    }
    List<Pair> candidates = candidates(detection, signatures);
    double seconds = (System.nanoTime() - start) / 1e9;
    long allPairs = (long) docs.size() * (docs.size() - 1) / 2;
    System.out.printf(
        Locale.ROOT,
        "%s: %d articles; %s; %d candidate pairs of %d (%.2f%%), %.1f s%n",
        folder,
        docs.size(),
        detection,
        candidates.size(),
        allPairs,
        100.0 * candidates.size() / Math.max(1, allPairs),
        seconds);
    if (goldOption.isEmpty()) {
      listStories(
          docs, components(docs.size(), candidates, threshold), candidates, threshold, show);
      return;
    }
    long goldPairs = goldPairs(docs);
    System.out.printf(Locale.ROOT, "gold: %d same-story pairs%n", goldPairs);
    System.out.printf(
        Locale.ROOT,
        "%9s %9s %9s %9s %9s%n",
        "threshold",
        "confirmed",
        "predicted",
        "precision",
        "recall");
    for (double t : THRESHOLDS) {
      long confirmed = candidates.stream().filter(p -> p.similarity() >= t).count();
      Score s = score(docs, components(docs.size(), candidates, t), goldPairs);
      System.out.printf(
          Locale.ROOT,
          "%9.2f %9d %9d %9.4f %9.4f%s%n",
          t,
          confirmed,
          s.predicted(),
          s.precision(),
          s.recall(),
          Math.abs(t - threshold) < 1e-9 ? "   <- chosen" : "");
    }
    Pair nearest = null;
    for (Pair p : candidates) {
      boolean same = docs.get(p.a()).story().equals(docs.get(p.b()).story());
      if (!same && (nearest == null || p.similarity() > nearest.similarity())) {
        nearest = p;
      }
    }
    if (nearest != null) {
      System.out.println(
          "most similar candidate pair of different stories: " + pairLine(docs, nearest));
    } else {
      System.out.println("no candidate pair of different stories");
    }
    List<List<Integer>> stories = components(docs.size(), candidates, threshold);
    recallByKind(docs, stories);
    errors(docs, stories, signatures, detection, show);
  }

  /** The pairs of articles that share at least one band key, with their similarity. */
  static List<Pair> candidates(NearCopies detection, List<StorySignature> signatures) {
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < signatures.size(); i++) {
      for (long key : detection.bandKeys(signatures.get(i))) {
        buckets.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> seen = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int a = bucket.get(x);
          int b = bucket.get(y);
          if (seen.add((long) a * signatures.size() + b)) {
            pairs.add(new Pair(a, b, detection.similarity(signatures.get(a), signatures.get(b))));
          }
        }
      }
    }
    return pairs;
  }

  static List<List<Integer>> components(int n, List<Pair> pairs, double threshold) {
    UnionFind uf = new UnionFind(n);
    for (Pair p : pairs) {
      if (p.similarity() >= threshold) {
        uf.union(p.a(), p.b());
      }
    }
    return uf.components();
  }

  record Score(long predicted, long correct, long gold) {
    double precision() {
      return predicted == 0 ? 1 : (double) correct / predicted;
    }

    double recall() {
      return gold == 0 ? 1 : (double) correct / gold;
    }
  }

  /** Pairs in one predicted story, and of those the pairs in one gold story. */
  static Score score(List<Doc> docs, List<List<Integer>> stories, long goldPairs) {
    long predicted = 0;
    long correct = 0;
    for (List<Integer> story : stories) {
      predicted += pairs(story.size());
      Map<String, Integer> byGold = new HashMap<>();
      for (int i : story) {
        byGold.merge(docs.get(i).story(), 1, Integer::sum);
      }
      for (int n : byGold.values()) {
        correct += pairs(n);
      }
    }
    return new Score(predicted, correct, goldPairs);
  }

  private static long goldPairs(List<Doc> docs) {
    Map<String, Integer> sizes = new HashMap<>();
    for (Doc d : docs) {
      sizes.merge(d.story(), 1, Integer::sum);
    }
    return sizes.values().stream().mapToLong(EvaluateStories::pairs).sum();
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  /** Recall of the gold pairs by how the pair was made: generated copies, or the BBC's versions. */
  private static void recallByKind(List<Doc> docs, List<List<Integer>> stories) {
    int[] predicted = new int[docs.size()];
    for (List<Integer> story : stories) {
      for (int i : story) {
        predicted[i] = story.get(0);
      }
    }
    Map<String, long[]> byKind = new HashMap<>();
    for (int a = 0; a < docs.size(); a++) {
      for (int b = a + 1; b < docs.size(); b++) {
        if (docs.get(a).story().equals(docs.get(b).story())) {
          String kind = docs.get(a).made().equals("bbc-version") ? "BBC's own versions" : "copies";
          long[] counts = byKind.computeIfAbsent(kind, x -> new long[2]);
          counts[0]++;
          counts[1] += predicted[a] == predicted[b] ? 1 : 0;
        }
      }
    }
    byKind.forEach(
        (kind, c) ->
            System.out.printf(
                Locale.ROOT,
                "recall, %s: %d of %d pairs (%.4f)%n",
                kind,
                c[1],
                c[0],
                (double) c[1] / c[0]));
  }

  /** The first wrongly joined and wrongly separated pairs, with exact and estimated similarity. */
  private static void errors(
      List<Doc> docs,
      List<List<Integer>> stories,
      List<StorySignature> signatures,
      NearCopies detection,
      int show) {
    int[] predicted = new int[docs.size()];
    for (List<Integer> story : stories) {
      for (int i : story) {
        predicted[i] = story.get(0);
      }
    }
    int joined = 0;
    int missed = 0;
    for (int a = 0; a < docs.size(); a++) {
      for (int b = a + 1; b < docs.size(); b++) {
        boolean same = docs.get(a).story().equals(docs.get(b).story());
        boolean together = predicted[a] == predicted[b];
        if (same == together) {
          continue;
        }
        if ((together ? joined++ : missed++) >= show) {
          continue;
        }
        long[] sa = detection.shingles(docs.get(a).text());
        long[] sb = detection.shingles(docs.get(b).text());
        System.out.printf(
            Locale.ROOT,
            "%s: %s | %s (%s) / %s | %s (%s): estimated %.2f, exact Jaccard %.2f, containment"
                + " %.2f%n",
            together ? "joined" : "missed",
            docs.get(a).id(),
            TitleLine.of(docs.get(a).text()),
            docs.get(a).made(),
            docs.get(b).id(),
            TitleLine.of(docs.get(b).text()),
            docs.get(b).made(),
            detection.similarity(signatures.get(a), signatures.get(b)),
            Shingles.jaccard(sa, sb),
            Shingles.containment(sa, sb));
      }
    }
    System.out.printf(Locale.ROOT, "%d pairs wrongly joined, %d missed%n", joined, missed);
  }

  /** The stories of more than one article, largest first, with titles and pair similarities. */
  private static void listStories(
      List<Doc> docs, List<List<Integer>> stories, List<Pair> pairs, double threshold, int show) {
    List<List<Integer>> multi = new ArrayList<>();
    for (List<Integer> story : stories) {
      if (story.size() > 1) {
        multi.add(story);
      }
    }
    multi.sort((x, y) -> y.size() != x.size() ? y.size() - x.size() : x.get(0) - y.get(0));
    Map<Integer, Integer> sizes = new TreeMap<>();
    for (List<Integer> story : multi) {
      sizes.merge(story.size(), 1, Integer::sum);
    }
    System.out.printf(
        Locale.ROOT,
        "%d stories of more than one article (%d articles); by size: %s%n",
        multi.size(),
        multi.stream().mapToInt(List::size).sum(),
        sizes);
    for (List<Integer> story : multi.subList(0, Math.min(show, multi.size()))) {
      System.out.println("story:");
      for (int i : story) {
        System.out.printf("  %s | %s%n", docs.get(i).id(), TitleLine.of(docs.get(i).text()));
      }
      for (Pair p : pairs) {
        if (p.similarity() >= threshold && story.contains(p.a())) {
          System.out.println("    " + pairLine(docs, p));
        }
      }
    }
  }

  /** "id ~ id: similarity". */
  private static String pairLine(List<Doc> docs, Pair p) {
    return String.format(
        Locale.ROOT, "%s ~ %s: %.2f", docs.get(p.a()).id(), docs.get(p.b()).id(), p.similarity());
  }

  /**
   * For each shingle length and each choice of title and numbers: exact Jaccard and containment of
   * all pairs, and the thresholds at which stories (components) reach the targets.
   */
  private static void sweep(List<Doc> docs) {
    long goldPairs = goldPairs(docs);
    System.out.printf(
        Locale.ROOT,
        "%-28s %-11s %9s %9s %9s   %s%n",
        "shingling",
        "measure",
        "best t",
        "precision",
        "recall",
        "thresholds with P>=0.98, R>=0.95");
    for (int k = 2; k <= 6; k++) {
      for (boolean title : new boolean[] {false, true}) {
        for (boolean numbers : new boolean[] {true, false}) {
          List<long[]> shingles = new ArrayList<>();
          for (Doc d : docs) {
            shingles.add(Shingles.of(ComparisonText.words(d.text(), title, numbers), k));
          }
          for (String measure : new String[] {"jaccard", "containment"}) {
            List<Pair> pairs = new ArrayList<>();
            for (int a = 0; a < docs.size(); a++) {
              for (int b = a + 1; b < docs.size(); b++) {
                double s =
                    measure.equals("jaccard")
                        ? Shingles.jaccard(shingles.get(a), shingles.get(b))
                        : Shingles.containment(shingles.get(a), shingles.get(b));
                if (s >= 0.1) {
                  pairs.add(new Pair(a, b, s));
                }
              }
            }
            sweepRow(docs, goldPairs, k, title, numbers, measure, pairs);
          }
        }
      }
    }
  }

  private static void sweepRow(
      List<Doc> docs,
      long goldPairs,
      int k,
      boolean title,
      boolean numbers,
      String measure,
      List<Pair> pairs) {
    double bestF = -1;
    Score best = null;
    double bestT = 0;
    List<String> meeting = new ArrayList<>();
    for (int step = 10; step <= 95; step++) {
      double t = step / 100.0;
      Score s = score(docs, components(docs.size(), pairs, t), goldPairs);
      double f = 2 * s.precision() * s.recall() / (s.precision() + s.recall());
      if (f > bestF) {
        bestF = f;
        best = s;
        bestT = t;
      }
      if (s.precision() >= 0.98 && s.recall() >= 0.95) {
        meeting.add(String.format(Locale.ROOT, "%.2f", t));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-28s %-11s %9.2f %9.4f %9.4f   %s%n",
        "k=" + k + (title ? " title" : " no-title") + (numbers ? " numbers" : " no-numbers"),
        measure,
        bestT,
        best.precision(),
        best.recall(),
        meeting.isEmpty()
            ? "none"
            : meeting.get(0) + "-" + meeting.get(meeting.size() - 1) + " (" + meeting.size() + ")");
  }

  /** Each article's story as the last {@link #findStories} found it (its DoFn writes here). */
  private static final Map<String, String> STORY_OF = new ConcurrentHashMap<>();

  /** The stories the pipeline's own steps find (FindStories on the DirectRunner, in this JVM). */
  private static List<List<Integer>> inPipeline(List<Doc> docs) {
    List<Article> articles = new ArrayList<>();
    for (Doc d : docs) {
      articles.add(new Article(d.id(), d.id() + ".txt", "", d.text()));
    }
    findStories(articles, PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
    Map<String, List<Integer>> byStory = new TreeMap<>();
    for (int i = 0; i < docs.size(); i++) {
      byStory.computeIfAbsent(storyOf(docs.get(i).id()), k -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(byStory.values());
  }

  /**
   * Runs the pipeline's own steps ({@link FindStories}) over {@code articles} with {@code options}
   * (in this JVM); afterwards {@link #storyOf} holds each article's story.
   */
  public static void findStories(List<Article> articles, PipelineOptions options) {
    STORY_OF.clear();
    Pipeline pipeline = Pipeline.create(options);
    pipeline
        .apply(Create.of(articles))
        .apply(new FindStories(NearCopies.DEFAULT))
        .get(FindStories.MEMBERSHIP)
        .apply(
            ParDo.of(
                new DoFn<KV<String, FindStories.StoryOf>, Void>() {
                  @ProcessElement
                  public void processElement(@Element KV<String, FindStories.StoryOf> member) {
                    STORY_OF.put(member.getKey(), member.getValue().story());
                  }
                }));
    pipeline.run().waitUntilFinish();
  }

  /** The story the last {@link #findStories} put an article in (its own id if alone). */
  public static String storyOf(String article) {
    return STORY_OF.getOrDefault(article, article);
  }

  private static List<Doc> read(Path folder, Path gold) throws IOException {
    Map<String, String[]> stories = new HashMap<>();
    if (gold != null) {
      CommandLine.requireData("EvaluateStories", "gold", gold);
      for (CSVRecord r : Csv.records(gold)) {
        String made = r.isMapped("made") ? r.get("made") : "";
        stories.put(r.get("article"), new String[] {r.get("story"), made});
      }
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = new ArrayList<>(list.filter(p -> p.toString().endsWith(".txt")).toList());
    }
    Collections.sort(files);
    ArticleDecoder decoder = new ArticleDecoder(Integer.MAX_VALUE / 4);
    List<Doc> docs = new ArrayList<>();
    for (Path f : files) {
      String id = ArticleDecoder.articleId(f.getFileName().toString());
      String text;
      try {
        text = decoder.decode(Files.readAllBytes(f)).text();
      } catch (ArticleDecoder.RejectedException e) {
        System.err.println("EvaluateStories: " + f + " skipped: " + e.getMessage());
        continue;
      }
      String[] story = stories.getOrDefault(id, new String[] {"own:" + id, ""});
      docs.add(new Doc(id, text, story[0], story[1]));
    }
    return docs;
  }
}
