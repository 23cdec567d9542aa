package org.newsbeam.report;

import java.io.Serializable;
import java.util.List;
import org.newsbeam.model.SpeakerType;

/**
 * Who is quoted, by gender, in one period: the people quoted and their quotes, as sums that merge
 * in any order. A person and their quotes count by the gender their quotes of the period agree on
 * ({@link SpeakerStats#gender}).
 */
record GenderShares(
    long people, long women, long men, long personQuotes, long quotesByWomen, long quotesByMen)
    implements Serializable {
  static final String FEMALE = "female";
  static final String MALE = "male";

  /** One speaker's figures within a period; none for a speaker who is not a person. */
  static GenderShares of(SpeakerStats speaker) {
    if (!SpeakerType.PERSON.is(speaker.type())) {
      return new GenderShares(0, 0, 0, 0, 0, 0);
    }
    String gender = speaker.gender();
    return new GenderShares(
        1,
        gender.equals(FEMALE) ? 1 : 0,
        gender.equals(MALE) ? 1 : 0,
        speaker.quotes(),
        gender.equals(FEMALE) ? speaker.quotes() : 0,
        gender.equals(MALE) ? speaker.quotes() : 0);
  }

  GenderShares plus(GenderShares other) {
    return new GenderShares(
        people + other.people,
        women + other.women,
        men + other.men,
        personQuotes + other.personQuotes,
        quotesByWomen + other.quotesByWomen,
        quotesByMen + other.quotesByMen);
  }

  /**
   * The period's row of gender_by_period.csv; the shares are of the quotes whose speaker's gender
   * is known, as the Gender Gap Tracker reports them.
   */
  List<String> row(String period) {
    long known = quotesByWomen + quotesByMen;
    return List.of(
        period,
        Long.toString(people),
        Long.toString(women),
        Long.toString(men),
        Long.toString(personQuotes),
        Long.toString(quotesByWomen),
        Long.toString(quotesByMen),
        Long.toString(personQuotes - known),
        known == 0 ? "" : Csv.decimal((double) quotesByWomen / known),
        known == 0 ? "" : Csv.decimal((double) quotesByMen / known));
  }
}
