package org.newsbeam.annotations;

import java.util.List;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.newsbeam.model.EntityMention;

/**
 * An article's entity mentions once newsbeam has worked on them (countries mapped, mentions the
 * gazetteer found added, targeted sentiment scored): what the {@link AnnotationStore} keeps beside
 * the annotations, per version of newsbeam's code.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class ResolvedMentions {
  public final List<EntityMention> mentions;

  @SchemaCreate
  public ResolvedMentions(List<EntityMention> mentions) {
    this.mentions = List.copyOf(mentions);
  }
}
