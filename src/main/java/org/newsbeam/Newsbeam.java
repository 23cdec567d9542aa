package org.newsbeam;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newsbeam.entities.ExtractEntities;
import org.newsbeam.join.JoinAnnotations;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.Sentence;
import org.newsbeam.read.ReadArticles;
import org.newsbeam.report.RunSummary;
import org.newsbeam.report.WriteReports;
import org.newsbeam.sentences.SplitSentences;
import org.newsbeam.sentiment.ScoreSentiment;
import org.newsbeam.speakers.AttributeQuotes;

/**
 * Runs newsbeam: articles matching {@code --input} in, CSV reports of sentiment per speaker and per
 * country in {@code --output}.
 */
public final class Newsbeam {
  private Newsbeam() {}

  public static void main(String[] args) {
    PipelineOptionsFactory.register(NewsbeamOptions.class);
    NewsbeamOptions options =
        PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsbeamOptions.class);
    int status = run(options);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the pipeline to completion and prints its summary; returns the process exit status. */
  public static int run(NewsbeamOptions options) {
    FileSystems.setDefaultPipelineOptions(options);
    InputCheck.Result input;
    try {
      input = InputCheck.check(options.getInput(), options.getOutput());
    } catch (InputCheck.UsageException e) {
      System.err.println("newsbeam: " + e.getMessage());
      return 2;
    }
    long start = System.nanoTime();
    Pipeline pipeline = Pipeline.create(options);
    buildPipeline(pipeline, options, input.files());
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    System.err.println(RunSummary.of(result, input.files(), System.nanoTime() - start).format());
    return 0;
  }

  /** The whole graph: read, split, annotate in parallel branches, join, attribute, report. */
  public static void buildPipeline(Pipeline pipeline, NewsbeamOptions options, long inputFiles) {
    PCollectionTuple read =
        pipeline.apply(
            "ReadArticles", new ReadArticles(options.getInput(), options.getMaxArticleChars()));
    PCollectionTuple split =
        read.get(ReadArticles.ARTICLES).apply("SplitSentences", new SplitSentences());
    PCollection<Sentence> sentences = split.get(SplitSentences.SENTENCES);
    PCollectionTuple sentiment = sentences.apply("ScoreSentiment", new ScoreSentiment());
    PCollectionTuple entities = sentences.apply("ExtractEntities", new ExtractEntities());

    PCollectionTuple joined =
        PCollectionTuple.of(JoinAnnotations.ARTICLES, read.get(ReadArticles.ARTICLES))
            .and(JoinAnnotations.SENTENCES, sentences)
            .and(JoinAnnotations.SENTIMENTS, sentiment.get(ScoreSentiment.SENTIMENTS))
            .and(JoinAnnotations.MENTIONS, entities.get(ExtractEntities.MENTIONS))
            .and(
                JoinAnnotations.FAILURES,
                PCollectionList.of(
                        List.of(
                            read.get(ReadArticles.FAILURES),
                            split.get(SplitSentences.FAILURES),
                            sentiment.get(ScoreSentiment.FAILURES),
                            entities.get(ExtractEntities.FAILURES)))
                    .apply("CollectFailures", Flatten.pCollections()))
            .apply("JoinAnnotations", new JoinAnnotations(inputFiles));

    PCollection<AnnotatedArticle> attributed =
        joined.get(JoinAnnotations.ANNOTATED).apply("AttributeQuotes", new AttributeQuotes());
    PCollectionTuple.of(WriteReports.ARTICLES, attributed)
        .and(WriteReports.FAILURES, joined.get(JoinAnnotations.FAILURES))
        .apply("WriteReports", new WriteReports(options.getOutput()));
  }
}
