package org.newsbeam.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * One node of a sentence's binarized sentiment tree: the tokens it covers ({@code [first, end)},
 * indices into the sentence's tokens), its constituent label and the model's five class
 * probabilities (very negative .. very positive).
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Phrase {
  public final int first;
  public final int end;
  public final String label;
  public final List<Double> probabilities;

  @SchemaCreate
  public Phrase(int first, int end, String label, List<Double> probabilities) {
    this.first = first;
    this.end = end;
    this.label = label;
    this.probabilities = Probabilities.copyOf(probabilities);
  }

  public int length() {
    return end - first;
  }

  /** P(very negative) + P(negative). */
  public double negative() {
    return probabilities.get(0) + probabilities.get(1);
  }

  /** P(positive) + P(very positive). */
  public double positive() {
    return probabilities.get(3) + probabilities.get(4);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Phrase p
        && first == p.first
        && end == p.end
        && label.equals(p.label)
        && probabilities.equals(p.probabilities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, end, label);
  }

  @Override
  public String toString() {
    return label + "[" + first + "," + end + ")" + probabilities;
  }
}
