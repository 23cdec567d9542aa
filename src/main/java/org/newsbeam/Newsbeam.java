package org.newsbeam;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.newsbeam.join.AnnotateArticles;
import org.newsbeam.join.JoinAnnotations;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Article;
import org.newsbeam.model.ArticleReport;
import org.newsbeam.model.Failure;
import org.newsbeam.nlp.CoreNlp;
import org.newsbeam.nlp.ModelsUnavailableException;
import org.newsbeam.nlp.NlpStage;
import org.newsbeam.page.ReportPage;
import org.newsbeam.progress.Progress;
import org.newsbeam.read.DeduplicateArticles;
import org.newsbeam.read.OneArticlePerId;
import org.newsbeam.read.ReadArticles;
import org.newsbeam.read.RecordFields;
import org.newsbeam.report.AnalyzeArticles;
import org.newsbeam.report.Period;
import org.newsbeam.report.WriteReports;
import org.newsbeam.run.EarlyModelLoad;
import org.newsbeam.run.HeapAfterCollection;
import org.newsbeam.run.InputCheck;
import org.newsbeam.run.OwnJvm;
import org.newsbeam.run.RunSummary;
import org.newsbeam.speakers.OneNamePerPerson;
import org.newsbeam.speakers.SpeakerAttributor;
import org.newsbeam.store.AnnotationStore;
import org.newsbeam.store.LookUpAnnotations;
import org.newsbeam.store.StoreAnnotations;
import org.newsbeam.stories.FindStories;
import org.newsbeam.stories.NearCopies;

/**
 * Runs newsbeam: articles matching {@code --input} in, CSV reports of sentiment per speaker and per
 * country in {@code --output}.
 */
public final class Newsbeam {
  private Newsbeam() {}

  /** Exit status: a mistake in how newsbeam was called (a message says which). */
  public static final int USAGE = 2;

  /** Exit status: CoreNLP's models are missing or cannot be loaded. */
  public static final int BROKEN_INSTALLATION = 3;

  /**
   * Without {@code --runner}, newsbeam runs on an embedded Flink: on one machine it is faster than
   * Beam's DirectRunner and its heap does not grow with the archive
   * (docs/decisions/local-engine.md). Elements are never changed in place, so Flink need not copy
   * them between steps.
   */
  private static final List<String> RUN_DEFAULTS = List.of("--runner=FlinkRunner");

  private static final List<String> FLINK_RUN_DEFAULTS = List.of("--objectReuse=true");

  /**
   * The Spark runner caches every collection that two steps read, by default as objects in memory:
   * here, the annotated corpus. Kept serialized, and spilled to disk when memory runs short.
   */
  private static final List<String> SPARK_RUN_DEFAULTS =
      List.of("--storageLevel=MEMORY_AND_DISK_SER");

  public static void main(String[] args) throws IOException, InterruptedException {
    String[] all = withRunDefaults(args);
    if (List.of(all).contains("--runner=FlinkRunner") && OwnJvm.isNeeded(Newsbeam.class)) {
      System.exit(OwnJvm.run(Newsbeam.class, args));
    }
    PipelineOptionsFactory.register(NewsbeamOptions.class);
    NewsbeamOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(all).withValidation().as(NewsbeamOptions.class);
    } catch (IllegalArgumentException e) {
      System.err.println("newsbeam: " + e.getMessage());
      System.exit(USAGE);
      return;
    }
    int status;
    try {
      status = run(options);
    } catch (RuntimeException | Error e) {
      // An engine's non-daemon threads would keep the JVM alive after main ends.
      System.err.println("newsbeam: the run failed: " + e);
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  /**
   * The arguments, with {@link #RUN_DEFAULTS} (and those of the runner chosen) added where the user
   * did not set them.
   */
  public static String[] withRunDefaults(String[] args) {
    List<String> all = new ArrayList<>(List.of(args));
    List<String> defaults = new ArrayList<>(RUN_DEFAULTS);
    String runner =
        all.stream().filter(a -> a.startsWith("--runner=")).findFirst().orElse(RUN_DEFAULTS.get(0));
    if (runner.endsWith("FlinkRunner")) {
      defaults.addAll(FLINK_RUN_DEFAULTS);
    }
    if (runner.endsWith("SparkRunner")) {
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
      return USAGE;
    }
    List<String> missing = CoreNlp.missingModels(Newsbeam.class.getClassLoader());
    if (!missing.isEmpty()) {
      System.err.println("newsbeam: " + CoreNlp.missingModelsMessage(missing));
      return BROKEN_INSTALLATION;
    }
    long start = System.nanoTime();
    if (EarlyModelLoad.helps(options)) {
      CoreNlp.loadInBackground(NlpStage.ANNOTATION_STAGES);
    }
    HeapAfterCollection.watch();
    Progress.start(input.articlesIfKnown());
    Pipeline pipeline = Pipeline.create(options);
    buildPipeline(pipeline, options, input);
    PipelineResult result;
    try {
      result = pipeline.run();
      result.waitUntilFinish();
    } catch (RuntimeException e) {
      Optional<ModelsUnavailableException> models = ModelsUnavailableException.in(e);
      if (models.isPresent()) {
        System.err.println("newsbeam: " + models.get().getMessage());
        return BROKEN_INSTALLATION;
      }
      throw e;
    }
    RunSummary summary = RunSummary.of(result, input, System.nanoTime() - start);
    System.err.println(summary.format());
    System.err.println(summary.timing());
    if (options.getHtmlReport() && !ReportPage.writeAfterRun(options.getOutput())) {
      return 1;
    }
    if (summary.unaccounted() != 0) {
      // Every input must be in articles.csv, duplicates.csv or failures.csv; say so if not.
      System.err.println(
          "newsbeam: WARNING: " + summary.unaccounted() + " inputs are in no report");
      return 1;
    }
    return 0;
  }

  /**
   * The whole graph: read, count each text once, annotate (or reuse stored annotations), map
   * countries and score sentiment toward each mention, attribute quotes, work out each article's
   * rows (or reuse what this build stored of all that), give each person one name, find the stories
   * that several articles tell, write the reports.
   */
  public static void buildPipeline(
      Pipeline pipeline, NewsbeamOptions options, InputCheck.Result input) {
    buildPipeline(pipeline, options, input, new AnnotateArticles());
  }

  /**
   * The whole graph, with {@code annotate} in place of CoreNLP's annotation (a stand-in that gives
   * parts of the same shapes lets the graph be measured at archive scale in little time).
   */
  public static void buildPipeline(
      Pipeline pipeline,
      NewsbeamOptions options,
      InputCheck.Result input,
      PTransform<PCollection<Article>, PCollectionTuple> annotate) {
    PCollectionTuple read =
        pipeline.apply(
            "ReadArticles",
            new ReadArticles(
                options.getInput(),
                options.getMaxArticleChars(),
                RecordFields.parse(options.getFields()),
                LocalDate.now(ZoneOffset.UTC)));
    PCollectionTuple unique =
        read.get(ReadArticles.ARTICLES).apply("DeduplicateArticles", new DeduplicateArticles());
    PCollectionTuple oneTextPerId =
        unique.get(DeduplicateArticles.UNIQUE).apply("OneArticlePerId", new OneArticlePerId());
    PCollection<Article> toAnnotate = oneTextPerId.get(OneArticlePerId.UNIQUE);
    PCollectionTuple stories = toAnnotate.apply("FindStories", new FindStories(NearCopies.DEFAULT));

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
    PCollectionTuple fresh = toAnnotate.apply("AnnotateArticles", annotate);
    PCollection<AnnotatedArticle> newlyAnnotated = fresh.get(JoinAnnotations.ANNOTATED);
    if (store != null) {
      newlyAnnotated =
          newlyAnnotated.apply("StoreAnnotations", StoreAnnotations.annotations(store));
    }
    annotated = annotated.and(newlyAnnotated);

    PCollectionTuple analyzed =
        annotated
            .apply("AnnotatedArticles", Flatten.pCollections())
            .apply(
                "AnalyzeArticles",
                new AnalyzeArticles(SpeakerAttributor.named(options.getAttributor())));
    PCollection<ArticleReport> newReports = analyzed.get(AnalyzeArticles.REPORTS);
    if (store != null) {
      newReports = newReports.apply("StoreReports", StoreAnnotations.reports(store));
    }
    PCollection<ArticleReport> named =
        reports
            .and(newReports)
            .apply("AllReports", Flatten.pCollections())
            .apply("OneNamePerPerson", new OneNamePerPerson());

    PCollection<Failure> notFiles =
        pipeline.apply(
            "InputsThatAreNotFiles",
            Create.of(input.notFiles()).withType(TypeDescriptor.of(Failure.class)));
    PCollection<Failure> failures =
        PCollectionList.of(read.get(ReadArticles.FAILURES))
            .and(oneTextPerId.get(OneArticlePerId.FAILURES))
            .and(fresh.get(JoinAnnotations.FAILURES))
            .and(analyzed.get(AnalyzeArticles.FAILURES))
            .and(notFiles)
            .apply("AllFailures", Flatten.pCollections());
    PCollectionTuple.of(WriteReports.ARTICLES, named)
        .and(WriteReports.FAILURES, failures)
        .and(WriteReports.DUPLICATES, unique.get(DeduplicateArticles.DUPLICATES))
        .and(WriteReports.MEMBERSHIP, stories.get(FindStories.MEMBERSHIP))
        .and(WriteReports.STORIES, stories.get(FindStories.STORIES))
        .apply(
            "WriteReports",
            new WriteReports(
                options.getOutput(),
                Period.named(options.getPeriod()),
                options.getCountCopies(),
                WriteReports.shardsFor(input.bytes())));
  }
}
