package org.newsbeam.stories;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Min;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsbeam.model.Article;

/**
 * Groups near-identical articles into stories ({@link NearCopies}): each article's band keys are
 * grouped to find candidate pairs, each pair is confirmed from the two signatures (joined per
 * article, never all pairs), and the confirmed pairs are followed {@link #ROUNDS} times from each
 * article to the smallest id it reaches: a story's id is its smallest article id. Every element
 * holds one article, one band's articles or one story's; none grows with the corpus.
 *
 * <p>Outputs every article's story ({@link #MEMBERSHIP}) and one row per story ({@link #STORIES}).
 */
public class FindStories extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<KV<String, StoryOf>> MEMBERSHIP = new TupleTag<>() {};
  public static final TupleTag<Story> STORIES = new TupleTag<>() {};

  /**
   * How many links from an article to its story's smallest id are followed. Copies of one story are
   * alike in pairs (a clique, one link); an update of an update is two links away from the
   * original. A chain longer than this splits into more than one story.
   */
  static final int ROUNDS = 4;

  /** A band shared by more articles than this is compared only with its smallest id. */
  static final int ALL_PAIRS_UP_TO = 32;

  private static final TupleTag<StorySignature> SIGNATURE = new TupleTag<>() {};
  private static final TupleTag<String> PARTNER = new TupleTag<>() {};
  private static final TupleTag<KV<String, StorySignature>> SIGNED_PARTNER = new TupleTag<>() {};
  private static final TupleTag<String> LABEL = new TupleTag<>() {};
  private static final TupleTag<String> NEIGHBOUR = new TupleTag<>() {};
  private static final TupleTag<String> MEMBER = new TupleTag<>() {};
  private static final TupleTag<StoryArticle> META = new TupleTag<>() {};
  private static final TupleTag<Story> ROW = new TupleTag<>() {};
  private static final TupleTag<KV<Long, String>> BAND = new TupleTag<>() {};
  private static final TupleTag<KV<String, StorySignature>> SIGNATURE_BY_ID = new TupleTag<>() {};
  private static final TupleTag<KV<String, StoryArticle>> META_BY_ID = new TupleTag<>() {};

  private final NearCopies nearCopies;

  public FindStories(NearCopies nearCopies) {
    this.nearCopies = nearCopies;
  }

  /** What a story's row needs of one of its articles. */
  public record StoryArticle(String id, String title, String published, String source)
      implements Serializable {}

  /** An article's story: its id (the smallest article id in it) and how many articles it has. */
  public record StoryOf(String story, long copies) implements Serializable {
    public static StoryOf alone(String article) {
      return new StoryOf(article, 1);
    }
  }

  /** One row of stories.csv, summed over the story's articles in any order. */
  public record Story(
      String story,
      long articles,
      TreeSet<String> sources,
      String firstPublished,
      String lastPublished,
      String titleOrder,
      String title)
      implements Serializable {

    static Story of(String story, StoryArticle a) {
      TreeSet<String> sources = new TreeSet<>();
      if (!a.source().isEmpty()) {
        sources.add(a.source());
      }
      return new Story(
          story, 1, sources, a.published(), a.published(), earliestFirst(a), a.title());
    }

    /** Orders articles by date (undated last), then id: the first gives the story's title. */
    private static String earliestFirst(StoryArticle a) {
      return (a.published().isEmpty() ? "~" : a.published()) + "\t" + a.id();
    }

    Story plus(Story other) {
      TreeSet<String> all = new TreeSet<>(sources);
      all.addAll(other.sources);
      boolean mine = titleOrder.compareTo(other.titleOrder) <= 0;
      return new Story(
          story,
          articles + other.articles,
          all,
          earlier(firstPublished, other.firstPublished),
          later(lastPublished, other.lastPublished),
          mine ? titleOrder : other.titleOrder,
          mine ? title : other.title);
    }

    private static String earlier(String a, String b) {
      return a.isEmpty() ? b : b.isEmpty() || a.compareTo(b) <= 0 ? a : b;
    }

    private static String later(String a, String b) {
      return a.compareTo(b) >= 0 ? a : b;
    }

    /** The row of stories.csv. */
    public List<String> row() {
      return List.of(
          story,
          Long.toString(articles),
          String.join("|", sources),
          firstPublished,
          lastPublished,
          title);
    }
  }

  /** A story's row, field by field (the reports' elements do not go through Java serialization). */
  public static final class StoryCoder extends AtomicCoder<Story> {
    private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
    private static final VarLongCoder NUMBER = VarLongCoder.of();

    @Override
    public void encode(Story story, OutputStream out) throws IOException {
      TEXT.encode(story.story(), out);
      NUMBER.encode(story.articles(), out);
      NUMBER.encode((long) story.sources().size(), out);
      for (String source : story.sources()) {
        TEXT.encode(source, out);
      }
      TEXT.encode(story.firstPublished(), out);
      TEXT.encode(story.lastPublished(), out);
      TEXT.encode(story.titleOrder(), out);
      TEXT.encode(story.title(), out);
    }

    @Override
    public Story decode(InputStream in) throws IOException {
      String story = TEXT.decode(in);
      long articles = NUMBER.decode(in);
      long count = NUMBER.decode(in);
      TreeSet<String> sources = new TreeSet<>();
      for (long i = 0; i < count; i++) {
        sources.add(TEXT.decode(in));
      }
      return new Story(
          story,
          articles,
          sources,
          TEXT.decode(in),
          TEXT.decode(in),
          TEXT.decode(in),
          TEXT.decode(in));
    }
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple signed =
        articles.apply(
            "Sign",
            ParDo.of(new SignFn(nearCopies))
                .withOutputTags(SIGNATURE_BY_ID, TupleTagList.of(BAND).and(META_BY_ID)));
    PCollection<KV<String, StorySignature>> signatures =
        signed
            .get(SIGNATURE_BY_ID)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(StorySignature.class)));
    PCollection<KV<String, StoryArticle>> meta =
        signed
            .get(META_BY_ID)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(StoryArticle.class)));

    PCollection<KV<String, String>> candidates =
        signed
            .get(BAND)
            .setCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of()))
            .apply("ByBand", GroupByKey.create())
            .apply("CandidatePairs", ParDo.of(new CandidatePairsFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
            .apply("DistinctPairs", Distinct.create());

    // A pair is confirmed from both signatures: the first article's joined to the pair, then the
    // second's.
    PCollection<KV<String, KV<String, StorySignature>>> withFirst =
        KeyedPCollectionTuple.of(SIGNATURE, signatures)
            .and(PARTNER, candidates)
            .apply("JoinFirstSignature", CoGroupByKey.create())
            .apply("SignedPairs", ParDo.of(new SignedPairsFn()))
            .setCoder(
                KvCoder.of(
                    StringUtf8Coder.of(),
                    KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(StorySignature.class))));
    PCollection<KV<String, String>> links =
        KeyedPCollectionTuple.of(SIGNATURE, signatures)
            .and(SIGNED_PARTNER, withFirst)
            .apply("JoinSecondSignature", CoGroupByKey.create())
            .apply("Confirm", ParDo.of(new ConfirmFn(nearCopies)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));

    // Each article starts as its own story and takes the smallest story id among its links.
    PCollection<KV<String, String>> labels =
        meta.apply("OwnStory", ParDo.of(new OwnIdFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    for (int round = 1; round <= ROUNDS; round++) {
      labels =
          KeyedPCollectionTuple.of(LABEL, labels)
              .and(NEIGHBOUR, links)
              .apply("JoinLinks" + round, CoGroupByKey.create())
              .apply("Spread" + round, ParDo.of(new SpreadFn()))
              .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
              .apply("Smallest" + round, Min.perKey());
    }

    PCollection<KV<String, Story>> parts =
        KeyedPCollectionTuple.of(LABEL, labels)
            .and(META, meta)
            .apply("JoinArticles", CoGroupByKey.create())
            .apply("StoryParts", ParDo.of(new StoryPartFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Story.class)));
    PCollection<KV<String, Story>> stories =
        parts.apply("SumPerStory", Combine.perKey(new SumStories()));
    PCollection<KV<String, String>> members =
        labels
            .apply("ByStory", ParDo.of(new ByStoryFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollectionTuple out =
        KeyedPCollectionTuple.of(ROW, stories)
            .and(MEMBER, members)
            .apply("JoinMembers", CoGroupByKey.create())
            .apply(
                "Membership",
                ParDo.of(new MembershipFn()).withOutputTags(MEMBERSHIP, TupleTagList.of(STORIES)));
    out.get(MEMBERSHIP)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(StoryOf.class)));
    out.get(STORIES).setCoder(new StoryCoder());
    return out;
  }

  /** An article's signature, its band keys, and what its story's row needs of it. */
  static class SignFn extends DoFn<Article, KV<String, StorySignature>> {
    private final NearCopies nearCopies;

    SignFn(NearCopies nearCopies) {
      this.nearCopies = nearCopies;
    }

    @ProcessElement
    public void processElement(@Element Article article, MultiOutputReceiver out) {
      StorySignature signature = nearCopies.signature(article.text);
      out.get(SIGNATURE_BY_ID).output(KV.of(article.id, signature));
      for (long band : nearCopies.bandKeys(signature)) {
        out.get(BAND).output(KV.of(band, article.id));
      }
      out.get(META_BY_ID)
          .output(
              KV.of(
                  article.id,
                  new StoryArticle(
                      article.id,
                      Objects.requireNonNullElse(article.title, ""),
                      article.publishedDay(),
                      article.outletName())));
    }
  }

  /**
   * The pairs of articles that share a band, smaller id first: all pairs in a small band; in a band
   * shared by many (boilerplate), each with the smallest only.
   */
  static class CandidatePairsFn extends DoFn<KV<Long, Iterable<String>>, KV<String, String>> {
    @ProcessElement
    public void processElement(
        @Element KV<Long, Iterable<String>> band, OutputReceiver<KV<String, String>> out) {
      TreeSet<String> ids = new TreeSet<>();
      band.getValue().forEach(ids::add);
      if (ids.size() < 2) {
        return;
      }
      List<String> sorted = new ArrayList<>(ids);
      int firsts = sorted.size() <= ALL_PAIRS_UP_TO ? sorted.size() - 1 : 1;
      for (int i = 0; i < firsts; i++) {
        for (int j = i + 1; j < sorted.size(); j++) {
          out.output(KV.of(sorted.get(i), sorted.get(j)));
        }
      }
    }
  }

  /** Each pair keyed by its second article, with the first's signature. */
  static class SignedPairsFn
      extends DoFn<KV<String, CoGbkResult>, KV<String, KV<String, StorySignature>>> {
    @ProcessElement
    public void processElement(
        @Element KV<String, CoGbkResult> first,
        OutputReceiver<KV<String, KV<String, StorySignature>>> out) {
      StorySignature signature = first.getValue().getOnly(SIGNATURE, null);
      if (signature == null) {
        return;
      }
      for (String second : first.getValue().getAll(PARTNER)) {
        out.output(KV.of(second, KV.of(first.getKey(), signature)));
      }
    }
  }

  /** The pairs that are one story, as links both ways. */
  static class ConfirmFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final NearCopies nearCopies;
    private final Counter confirmed = Metrics.counter(FindStories.class, "nearCopyPairs");

    ConfirmFn(NearCopies nearCopies) {
      this.nearCopies = nearCopies;
    }

    @ProcessElement
    public void processElement(
        @Element KV<String, CoGbkResult> second, OutputReceiver<KV<String, String>> out) {
      StorySignature signature = second.getValue().getOnly(SIGNATURE, null);
      if (signature == null) {
        return;
      }
      for (KV<String, StorySignature> first : second.getValue().getAll(SIGNED_PARTNER)) {
        if (nearCopies.sameStory(first.getValue(), signature)) {
          out.output(KV.of(first.getKey(), second.getKey()));
          out.output(KV.of(second.getKey(), first.getKey()));
          confirmed.inc();
        }
      }
    }
  }

  static class OwnIdFn extends DoFn<KV<String, StoryArticle>, KV<String, String>> {
    @ProcessElement
    public void processElement(
        @Element KV<String, StoryArticle> article, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(article.getKey(), article.getKey()));
    }
  }

  /** An article's story id, to itself and to every article it links to. */
  static class SpreadFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    @ProcessElement
    public void processElement(
        @Element KV<String, CoGbkResult> article, OutputReceiver<KV<String, String>> out) {
      String label = article.getValue().getOnly(LABEL, null);
      if (label == null) {
        return;
      }
      out.output(KV.of(article.getKey(), label));
      for (String neighbour : article.getValue().getAll(NEIGHBOUR)) {
        out.output(KV.of(neighbour, label));
      }
    }
  }

  static class StoryPartFn extends DoFn<KV<String, CoGbkResult>, KV<String, Story>> {
    @ProcessElement
    public void processElement(
        @Element KV<String, CoGbkResult> article, OutputReceiver<KV<String, Story>> out) {
      String story = article.getValue().getOnly(LABEL, null);
      StoryArticle meta = article.getValue().getOnly(META, null);
      if (story != null && meta != null) {
        out.output(KV.of(story, Story.of(story, meta)));
      }
    }
  }

  static class SumStories extends Combine.BinaryCombineFn<Story> {
    @Override
    public Story apply(Story left, Story right) {
      return left.plus(right);
    }
  }

  static class ByStoryFn extends DoFn<KV<String, String>, KV<String, String>> {
    @ProcessElement
    public void processElement(
        @Element KV<String, String> label, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(label.getValue(), label.getKey()));
    }
  }

  /** Each article's story and its size; each story's row once. */
  static class MembershipFn extends DoFn<KV<String, CoGbkResult>, KV<String, StoryOf>> {
    private final Counter multi = Metrics.counter(FindStories.class, "storiesOfSeveralArticles");

    @ProcessElement
    public void processElement(@Element KV<String, CoGbkResult> story, MultiOutputReceiver out) {
      Story row = story.getValue().getOnly(ROW, null);
      if (row == null) {
        return;
      }
      out.get(STORIES).output(row);
      if (row.articles() > 1) {
        multi.inc();
      }
      for (String member : story.getValue().getAll(MEMBER)) {
        out.get(MEMBERSHIP).output(KV.of(member, new StoryOf(row.story(), row.articles())));
      }
    }
  }
}
