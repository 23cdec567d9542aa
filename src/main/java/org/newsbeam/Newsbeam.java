package org.newsbeam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.newsbeam.countries.MapCountries;
import org.newsbeam.join.AnnotateArticles;
import org.newsbeam.join.JoinAnnotations;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.ArticleReport;
import org.newsbeam.model.Duplicate;
import org.newsbeam.model.Failure;
import org.newsbeam.nlp.CoreNlp;
import org.newsbeam.nlp.JitDirectives;
import org.newsbeam.nlp.NlpStage;
import org.newsbeam.progress.Progress;
import org.newsbeam.read.DeduplicateArticles;
import org.newsbeam.read.OneArticlePerId;
import org.newsbeam.read.ReadArticles;
import org.newsbeam.report.ArticleRows;
import org.newsbeam.report.WriteReports;
import org.newsbeam.run.AnnotationPasses;
import org.newsbeam.run.HeapAfterCollection;
import org.newsbeam.run.InputCheck;
import org.newsbeam.run.RunSummary;
import org.newsbeam.sentiment.ScoreTargets;
import org.newsbeam.speakers.AttributeQuotes;
import org.newsbeam.speakers.OneNamePerPerson;
import org.newsbeam.speakers.SpeakerAttributor;
import org.newsbeam.store.AnnotationStore;
import org.newsbeam.store.LookUpAnnotations;
import org.newsbeam.store.StoreAnnotations;

/**
 * Runs newsbeam: articles matching {@code --input} in, CSV reports of sentiment per speaker and per
 * country in {@code --output}.
 */
public final class Newsbeam {
  private Newsbeam() {}

  /**
   * Files per annotation pass on the DirectRunner ({@link AnnotationPasses}): at about 0.3 MB per
   * article, about 1.6 GB of annotations beside the models' 1.3 GB, within the 6 GB heap the
   * project's JVM options give a run.
   */
  public static final int DEFAULT_ARTICLES_PER_PASS = 5000;

  /**
   * The DirectRunner's immutability and encodability checks re-encode every element after every
   * step: development aids that, with whole annotated articles as elements, cost more than joining
   * and reporting themselves. They are off unless asked for (tests keep them on).
   */
  private static final List<String> RUN_DEFAULTS =
      List.of("--enforceImmutability=false", "--enforceEncodability=false");

  /**
   * The Spark runner caches every collection that two steps read, by default as objects in memory
   * (MEMORY_ONLY): here, the whole annotated corpus. Kept serialized, and spilled to disk when
   * memory runs short, 160 BBC articles on local[2] took 58 s instead of 83 s, with 1.9 GB of heap
   * held after a collection instead of 6.3 GB.
   */
  private static final List<String> SPARK_RUN_DEFAULTS =
      List.of("--storageLevel=MEMORY_AND_DISK_SER");

  public static void main(String[] args) {
    JitDirectives.apply();
    PipelineOptionsFactory.register(NewsbeamOptions.class);
    NewsbeamOptions options =
        PipelineOptionsFactory.fromArgs(withRunDefaults(args))
            .withValidation()
            .as(NewsbeamOptions.class);
    System.exit(run(options));
  }

  /**
   * The arguments, with {@link #RUN_DEFAULTS} (and on Spark {@link #SPARK_RUN_DEFAULTS}) added
   * where the user did not set them.
   */
  public static String[] withRunDefaults(String[] args) {
    List<String> all = new ArrayList<>(List.of(args));
    List<String> defaults = new ArrayList<>(RUN_DEFAULTS);
    if (all.stream().anyMatch(a -> a.startsWith("--runner=") && a.endsWith("SparkRunner"))) {
      defaults.addAll(SPARK_RUN_DEFAULTS);
    }
    for (String option : defaults) {
      String name = option.substring(0, option.indexOf('=') + 1);
      if (all.stream().noneMatch(a -> a.startsWith(name))) {
        all.add(option);
      }
    }
    return all.toArray(String[]::new);
  }

  /** Runs the pipeline to completion and prints its summary; returns the process exit status. */
  public static int run(NewsbeamOptions options) {
    FileSystems.setDefaultPipelineOptions(options);
    InputCheck.Result input;
    try {
      input = InputCheck.check(options);
    } catch (InputCheck.UsageException e) {
      System.err.println("newsbeam: " + e.getMessage());
      return 2;
    }
    long start = System.nanoTime();
    if (options.getAnnotations().isEmpty() && onDirectRunner(options) && input.files() > 0) {
      // Every article will be annotated, and the DirectRunner's workers are this JVM: load the
      // models while Beam starts and the files are read (with a store, loading starts when the
      // first article not in it is found; on a cluster, in the workers).
      CoreNlp.loadInBackground(NlpStage.ANNOTATION_STAGES);
    }
    HeapAfterCollection.watch();
    Progress.start(input.files());
    RunSummary summary;
    try (AnnotationPasses passes = AnnotationPasses.plan(options, input.matched())) {
      List<MetricQueryResults> passMetrics = passes.run();
      Progress.nextPass(input.files());
      Pipeline pipeline = Pipeline.create(options);
      buildPipeline(pipeline, options, input.notFiles());
      PipelineResult result = pipeline.run();
      result.waitUntilFinish();
      summary = RunSummary.of(result, passMetrics, input.files(), System.nanoTime() - start);
    } catch (IOException e) {
      System.err.println("newsbeam: cannot make a temporary annotation store: " + e.getMessage());
      return 2;
    }
    System.err.println(summary.format());
    System.err.println(summary.timing());
    if (summary.unaccounted() != 0) {
      // Every input must be in articles.csv, duplicates.csv or failures.csv; say so if not.
      System.err.println(
          "newsbeam: WARNING: " + summary.unaccounted() + " input files are in no report");
      return 1;
    }
    return 0;
  }

  public static boolean onDirectRunner(NewsbeamOptions options) {
    return options.getRunner().getSimpleName().equals("DirectRunner");
  }

  /**
   * The whole graph: read, count each text once, annotate (or reuse stored annotations), map
   * countries and score sentiment toward each mention, attribute quotes, work out each article's
   * rows (or reuse what this build stored of all that), give each person one name, write the
   * reports.
   */
  public static void buildPipeline(
      Pipeline pipeline, NewsbeamOptions options, List<Failure> inputsThatAreNotFiles) {
    ArticleSteps articles =
        articleSteps(
            pipeline,
            options,
            new ReadArticles(
                options.getInput(), options.getMaxArticleChars(), options.getGroups()));
    PCollection<ArticleReport> analyzed =
        articles.reports().apply("OneNamePerPerson", new OneNamePerPerson());
    PCollection<Failure> notFiles =
        pipeline.apply(
            "InputsThatAreNotFiles",
            Create.of(inputsThatAreNotFiles).withType(TypeDescriptor.of(Failure.class)));
    PCollection<Failure> failures =
        articles.failures().and(notFiles).apply("AllFailures", Flatten.pCollections());
    PCollectionTuple.of(WriteReports.ARTICLES, analyzed)
        .and(WriteReports.FAILURES, failures)
        .and(WriteReports.DUPLICATES, articles.duplicates())
        .apply("WriteReports", new WriteReports(options.getOutput(), options.getGroups()));
  }

  /**
   * An annotation pass ({@link AnnotationPasses}): the per-article steps over some of the input
   * files, keeping each article's annotations and report in the store, and no reports written.
   */
  public static void buildAnnotationPass(
      Pipeline pipeline, NewsbeamOptions options, List<MatchResult.Metadata> files) {
    articleSteps(
        pipeline,
        options,
        ReadArticles.files(files, options.getMaxArticleChars(), options.getGroups()));
  }

  /**
   * What the per-article steps give the corpus-wide ones: each unique article's report, the
   * duplicates, and the failures of every step.
   */
  private record ArticleSteps(
      PCollection<ArticleReport> reports,
      PCollection<Duplicate> duplicates,
      PCollectionList<Failure> failures) {}

  /**
   * Everything that works on one article at a time: read, count each text once, annotate (or reuse
   * stored annotations), map countries and score sentiment toward each mention, attribute quotes,
   * work out the article's report (or reuse what this build stored of all that).
   */
  private static ArticleSteps articleSteps(
      Pipeline pipeline, NewsbeamOptions options, ReadArticles reader) {
    PCollectionTuple read = pipeline.apply("ReadArticles", reader);
    PCollectionTuple unique =
        read.get(ReadArticles.ARTICLES)
            .apply("DeduplicateArticles", new DeduplicateArticles(options.getGroups()));

    // Grouped by id as the join after annotation groups them: each group's parts then reach the
    // join in a few bundles, and the DirectRunner copies a group's parts so far for every bundle
    // that adds to it (grouped by content instead, the whole BBC run took 17% longer).
    PCollectionTuple oneTextPerId =
        unique
            .get(DeduplicateArticles.UNIQUE)
            .apply("OneArticlePerId", new OneArticlePerId(options.getGroups()));
    PCollection<Article> toAnnotate = oneTextPerId.get(OneArticlePerId.UNIQUE);
    // Stored articles skip annotation; those this build of newsbeam already reported on skip
    // everything up to the corpus-wide steps.
    PCollectionList<AnnotatedArticle> annotated = PCollectionList.empty(pipeline);
    PCollectionList<ArticleReport> reports = PCollectionList.empty(pipeline);
    AnnotationStore store =
        options.getAnnotations().isEmpty()
            ? null
            : AnnotationStore.withReports(options.getAnnotations(), options.getAttributor());
    if (store != null) {
      PCollectionTuple lookedUp =
          toAnnotate.apply("LookUpAnnotations", new LookUpAnnotations(store));
      reports = reports.and(lookedUp.get(LookUpAnnotations.REPORTED));
      annotated = annotated.and(lookedUp.get(LookUpAnnotations.STORED));
      toAnnotate = lookedUp.get(LookUpAnnotations.UNSEEN);
    }
    PCollectionTuple fresh =
        toAnnotate.apply("AnnotateArticles", new AnnotateArticles(options.getGroups()));
    PCollection<AnnotatedArticle> newlyAnnotated = fresh.get(JoinAnnotations.ANNOTATED);
    if (store != null) {
      newlyAnnotated =
          newlyAnnotated.apply("StoreAnnotations", StoreAnnotations.annotations(store));
    }
    annotated = annotated.and(newlyAnnotated);

    PCollectionTuple mapped =
        annotated
            .apply("AnnotatedArticles", Flatten.pCollections())
            .apply("MapCountries", new MapCountries());
    PCollectionTuple targeted =
        mapped.get(MapCountries.ARTICLES).apply("ScoreTargets", new ScoreTargets());
    PCollectionTuple quotes =
        targeted
            .get(ScoreTargets.ARTICLES)
            .apply(
                "AttributeQuotes",
                new AttributeQuotes(SpeakerAttributor.named(options.getAttributor())));
    PCollection<ArticleReport> newReports =
        quotes.get(AttributeQuotes.ARTICLES).apply("ArticleRows", ArticleRows.reports());
    if (store != null) {
      newReports = newReports.apply("StoreReports", StoreAnnotations.reports(store));
    }
    PCollectionList<Failure> failures =
        PCollectionList.of(read.get(ReadArticles.FAILURES))
            .and(oneTextPerId.get(OneArticlePerId.FAILURES))
            .and(fresh.get(JoinAnnotations.FAILURES))
            .and(mapped.get(MapCountries.FAILURES))
            .and(targeted.get(ScoreTargets.FAILURES))
            .and(quotes.get(AttributeQuotes.FAILURES));
    return new ArticleSteps(
        reports.and(newReports).apply("AllReports", Flatten.pCollections()),
        unique.get(DeduplicateArticles.DUPLICATES),
        failures);
  }
}
