package org.newsbeam;

import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PValue;
import org.junit.Test;
import org.newsbeam.run.InputCheck;

/**
 * What crosses a worker boundary: no element of the graph falls back to Java serialization, and
 * every key that is grouped on has a deterministic coder (so equal keys meet on one worker).
 */
public class CodersTest {
  @Test
  public void everyElementHasAnExplicitCoderAndEveryGroupingKeyIsDeterministic() {
    NewsbeamOptions options =
        PipelineOptionsFactory.fromArgs("--input=seeds/*.txt", "--annotations=target/unused")
            .as(NewsbeamOptions.class);
    Pipeline pipeline = Pipeline.create(options);
    Newsbeam.buildPipeline(pipeline, options, new InputCheck.Result(0, List.of(), List.of()));
    List<String> problems = new ArrayList<>();
    List<String> groupings = new ArrayList<>();
    pipeline.traverseTopologically(
        new Pipeline.PipelineVisitor.Defaults() {
          @Override
          public void visitPrimitiveTransform(TransformHierarchy.Node node) {
            for (PValue value : node.getOutputs().values()) {
              Coder<?> coder = ((PCollection<?>) value).getCoder();
              if (coder instanceof SerializableCoder) {
                problems.add(node.getFullName() + " uses Java serialization");
              }
            }
            if (node.getTransform() instanceof GroupByKey) {
              groupings.add(node.getFullName());
              PCollection<?> input = (PCollection<?>) node.getInputs().values().iterator().next();
              Coder<?> keyCoder = ((KvCoder<?, ?>) input.getCoder()).getKeyCoder();
              try {
                keyCoder.verifyDeterministic();
              } catch (Coder.NonDeterministicException e) {
                problems.add(node.getFullName() + " groups on a non-deterministic key coder");
              }
            }
          }
        });
    assertTrue(problems.toString(), problems.isEmpty());
    // The joins, deduplication and aggregates group by key; a graph without them was not checked.
    assertTrue(groupings.toString(), groupings.size() >= 3);
  }
}
