package org.newsbeam.model;

import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * A mention of a person by name, with the sentiment the text expresses toward them there: what it
 * adds to the person's {@code sentiment_toward} in speakers.csv.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class PersonMention {
  /** The person, as the article names them until OneNamePerPerson gives one name per person. */
  public final String person;

  /** Where the mention begins in the article. */
  public final int begin;

  /** The targeted sentiment toward the mention, in millionths. */
  public final long scoreMicros;

  /** -1, 0 or 1: the most probable polarity toward the person. */
  public final int polarity;

  @SchemaCreate
  public PersonMention(String person, int begin, long scoreMicros, int polarity) {
    this.person = person;
    this.begin = begin;
    this.scoreMicros = scoreMicros;
    this.polarity = polarity;
  }

  /** The same mention, its person known by another name. */
  public PersonMention withPerson(String name) {
    return new PersonMention(name, begin, scoreMicros, polarity);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonMention m
        && person.equals(m.person)
        && begin == m.begin
        && scoreMicros == m.scoreMicros
        && polarity == m.polarity;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(person, begin);
  }
}
