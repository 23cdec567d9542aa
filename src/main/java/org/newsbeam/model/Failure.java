package org.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** An article (or input file) that could not be processed: where, at which stage, and why. */
@DefaultSchema(JavaFieldSchema.class)
public final class Failure {
  /** The article id, or the file's path when no article could be made from it. */
  public final String article;

  public final String source;
  public final String stage;
  public final String reason;

  @SchemaCreate
  public Failure(String article, String source, String stage, String reason) {
    this.article = article;
    this.source = source;
    this.stage = stage;
    this.reason = reason;
  }

  /** A stage's failure on an article, for a reason a person can read. */
  public static Failure at(String article, String source, Stage stage, String reason) {
    return new Failure(article, source, stage.label(), reason);
  }

  /** The failure of a stage on an article because of an unexpected exception. */
  public static Failure of(String article, String source, Stage stage, Throwable error) {
    String message = error.getMessage();
    return new Failure(
        article,
        source,
        stage.label(),
        stage.label()
            + " failed: "
            + error.getClass().getSimpleName()
            + (message == null ? "" : ": " + message));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Failure f
        && article.equals(f.article)
        && source.equals(f.source)
        && stage.equals(f.stage)
        && reason.equals(f.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(article, source, stage, reason);
  }

  @Override
  public String toString() {
    return "Failure{" + article + " at " + stage + ": " + reason + "}";
  }
}
