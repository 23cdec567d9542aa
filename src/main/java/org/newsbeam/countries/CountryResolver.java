package org.newsbeam.countries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbeam.model.AnnotatedArticle;
import org.newsbeam.model.EntityMention;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.Token;
import org.newsbeam.text.AttributionWords;

/**
 * Maps an article's entity mentions to the countries they stand for. In goes an annotated article
 * (sentences, tokens, CoreNLP's NER mentions); out comes its mention list, sorted by (begin, end,
 * type), where every mention that stands for a country carries its ISO code and how it was mapped
 * ({@link MappedBy}), plus new mentions of type {@value #GAZETTEER} for country references NER
 * missed ("Americans" inside a longer span, "Idleb" untagged in a list of provinces) and one of
 * type {@value #DATELINE} for the dateline. Mentions that are not about a country come back
 * unchanged.
 *
 * <p>The rules, each in one place below: a country term (name, demonym, seat of government) counts
 * when written as a name (capitalized; acronyms in capitals); a city or province counts when NER
 * tags it as a place, or, untagged, when it is capitalized after a locative word and is no common
 * English word; a name several countries' places share goes to the far most populous or to none; a
 * country word before an institution ("Russian Defense Ministry", "Syrian armed forces", "a US
 * defense official") is an organization of that country; a contested name ("Georgia") and a place
 * name the article also uses for a person ("Jordan") count only when the article settles which is
 * meant.
 */
public final class CountryResolver {
  /** Runs of whitespace, between the words of a name or a mention. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public static final String GAZETTEER = "GAZETTEER";
  public static final String DATELINE = "DATELINE";

  /** NER types whose mentions may name a country or a place in one. */
  private static final Set<String> PLACE_TYPES =
      Set.of("COUNTRY", "NATIONALITY", "MISC", "LOCATION", "CITY", "STATE_OR_PROVINCE");

  /** NER types for which places are not looked up: "Londoner" or an event is no place. */
  private static final Set<String> TERM_ONLY_TYPES = Set.of("NATIONALITY", "MISC");

  /** NER types whose unresolved multi-word mentions are searched for country terms inside. */
  private static final Set<String> SPLIT_TYPES = Set.of("COUNTRY", "NATIONALITY", "MISC");

  private static final String ORGANIZATION = "ORGANIZATION";
  private static final String PERSON = "PERSON";

  /** Words that end the modifiers between a country word and its institution. */
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor");

  /** How many modifiers may stand between a country word and its institution ("defense"). */
  private static final int MAX_MODIFIERS = 2;

  private final CountryGazetteer gazetteer;

  /** A resolver over the JVM's shared gazetteer. */
  public CountryResolver() {
    this(CountryGazetteer.get());
  }

  public CountryResolver(CountryGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<EntityMention> resolve(AnnotatedArticle article) {
    return new Resolution(article).run();
  }

  /** A decision the rest of the article settles: whether a mention is kept, and as what. */
  private enum Pending {
    /** Final as it stands. */
    NONE,
    /** The name is also part of a person's name in this article: kept if the country recurs. */
    PERSON_NAME,
    /** A contested name ("Georgia"): the country, the rival place, or neither. */
    CONTESTED
  }

  /**
   * A mention mapped to a country. {@code place} is the GeoNames place it was mapped through (its
   * division tells the article's provinces), and for a contested name the rival place.
   */
  private record Candidate(
      EntityMention mention, String code, MappedBy by, String key, Place place, Pending pending) {
    EntityMention resolved() {
      return mention.withCountry(code, by.label());
    }
  }

  /** What a span is in the gazetteer: unknown, known but not taken here, or a country mention. */
  private record Outcome(boolean known, Optional<Candidate> candidate) {
    static final Outcome UNKNOWN = new Outcome(false, Optional.empty());
    static final Outcome REJECTED = new Outcome(true, Optional.empty());

    static Outcome of(Candidate candidate) {
      return new Outcome(true, Optional.of(candidate));
    }
  }

  /** The resolution of one article: its state lives only as long as the call. */
  private final class Resolution {
    private final AnnotatedArticle article;
    private final String text;
    private final Optional<Dateline> dateline;
    private final Set<String> personWords = new HashSet<>();
    private final Map<EntityMention, Candidate> mapped = new LinkedHashMap<>();
    private final List<Candidate> added = new ArrayList<>();

    Resolution(AnnotatedArticle article) {
      this.article = article;
      this.text = article.article.text;
      this.dateline = Dateline.find(text, gazetteer);
      for (EntityMention m : article.mentions) {
        if (m.type.equals(PERSON)) {
          for (String word : SPACES.split(m.text)) {
            personWords.add(SurfaceKey.of(word));
          }
        }
      }
    }

    List<EntityMention> run() {
      Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
      for (EntityMention m : article.mentions) {
        bySentence.computeIfAbsent(m.sentenceIndex, k -> new ArrayList<>()).add(m);
      }
      for (Sentence sentence : article.sentences) {
        List<EntityMention> mentions =
            new ArrayList<>(bySentence.getOrDefault(sentence.index, List.of()));
        mentions.sort(Comparator.comparingInt(m -> m.begin));
        new SentencePass(new Words(sentence, text), mentions).run();
      }
      return assemble(decidePending());
    }

    private boolean inDateline(int begin, int end) {
      return dateline.isPresent() && begin < dateline.get().end() && end > dateline.get().begin();
    }

    /** Settles the pending candidates with what the whole article says; returns those kept. */
    private List<Candidate> decidePending() {
      List<Candidate> all = new ArrayList<>(mapped.values());
      all.addAll(added);
      Map<String, Set<String>> settledKeys = new HashMap<>();
      Set<String> settledDivisions = new HashSet<>();
      for (Candidate c : all) {
        if (c.pending() == Pending.NONE) {
          settledKeys.computeIfAbsent(c.code(), k -> new HashSet<>()).add(c.key());
          if (c.place() != null && !c.place().admin1().isEmpty()) {
            settledDivisions.add(c.code() + "." + c.place().admin1());
          }
        }
      }
      dateline.ifPresent(d -> settledKeys.computeIfAbsent(d.code(), k -> new HashSet<>()).add(""));
      List<Candidate> kept = new ArrayList<>();
      for (Candidate c : all) {
        switch (c.pending()) {
          case NONE -> kept.add(c);
          case PERSON_NAME -> {
            if (recursElsewhere(settledKeys, c.code(), c.key())) {
              kept.add(c);
            }
          }
          case CONTESTED -> {
            boolean country = recursElsewhere(settledKeys, c.code(), c.key());
            Place rival = c.place();
            boolean province = settledDivisions.contains(rival.code() + "." + rival.admin1());
            if (country && !province) {
              kept.add(
                  new Candidate(c.mention(), c.code(), MappedBy.NAME, c.key(), null, Pending.NONE));
            } else if (province && !country) {
              kept.add(
                  new Candidate(
                      c.mention(), rival.code(), MappedBy.PROVINCE, c.key(), rival, Pending.NONE));
            }
          }
        }
      }
      return kept;
    }

    private boolean recursElsewhere(Map<String, Set<String>> settledKeys, String code, String key) {
      Set<String> keys = settledKeys.getOrDefault(code, Set.of());
      return keys.stream().anyMatch(k -> !k.equals(key));
    }

    private List<EntityMention> assemble(List<Candidate> kept) {
      Map<EntityMention, EntityMention> replacements = new HashMap<>();
      List<EntityMention> result = new ArrayList<>();
      for (Candidate c : kept) {
        if (mapped.containsKey(c.mention())) {
          replacements.put(c.mention(), c.resolved());
        } else {
          result.add(c.resolved());
        }
      }
      for (EntityMention m : article.mentions) {
        result.add(replacements.getOrDefault(m, m));
      }
      dateline.flatMap(this::datelineMention).ifPresent(result::add);
      result.sort(
          Comparator.<EntityMention>comparingInt(m -> m.begin)
              .thenComparingInt(m -> m.end)
              .thenComparing(m -> m.type)
              .thenComparing(m -> m.country.isEmpty()));
      List<EntityMention> distinct = new ArrayList<>();
      for (EntityMention m : result) {
        EntityMention last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
        if (last == null
            || last.begin != m.begin
            || last.end != m.end
            || !last.type.equals(m.type)) {
          distinct.add(m);
        }
      }
      return distinct;
    }

    private Optional<EntityMention> datelineMention(Dateline d) {
      for (Sentence sentence : article.sentences) {
        int first = -1;
        int end = -1;
        for (int t = 0; t < sentence.tokens.size(); t++) {
          Token token = sentence.tokens.get(t);
          if (token.end > d.begin() && token.begin < d.end()) {
            first = first < 0 ? t : first;
            end = t + 1;
          }
        }
        if (first >= 0) {
          EntityMention mention =
              EntityMention.of(
                  article.id(),
                  sentence.index,
                  first,
                  end,
                  d.begin(),
                  d.end(),
                  text.substring(d.begin(), d.end()),
                  DATELINE);
          return Optional.of(mention.withCountry(d.code(), MappedBy.DATELINE.label()));
        }
      }
      return Optional.empty();
    }

    /** One sentence: its NER mentions first, then the words no mention covers. */
    private final class SentencePass {
      private final Words words;
      private final List<EntityMention> mentions;
      private final boolean[] covered;

      /**
       * placeCodeBefore[i]: the code of a place (NER-tagged or found) ending just before word i, ""
       * while NER's place is not yet mapped, null where no place ends.
       */
      private final String[] placeCodeBefore;

      private final Set<Integer> organizationStarts = new HashSet<>();

      SentencePass(Words words, List<EntityMention> mentions) {
        this.words = words;
        this.mentions = mentions;
        this.covered = new boolean[words.size() + 1];
        this.placeCodeBefore = new String[words.size() + 1];
      }

      void run() {
        for (int i = 0; i < words.size(); i++) {
          Words.Word w = words.get(i);
          covered[i] = inDateline(w.begin(), w.end());
        }
        List<int[]> ranges = new ArrayList<>();
        for (EntityMention m : mentions) {
          int[] range = wordRange(m.begin, m.end);
          ranges.add(range);
          for (int i = range[0]; i < range[1]; i++) {
            covered[i] = true;
          }
          if (m.type.equals(ORGANIZATION)) {
            organizationStarts.add(range[0]);
          } else if (PLACE_TYPES.contains(m.type) && !TERM_ONLY_TYPES.contains(m.type)) {
            placeCodeBefore[range[1]] = "";
          }
        }
        for (int k = 0; k < mentions.size(); k++) {
          EntityMention m = mentions.get(k);
          int[] range = ranges.get(k);
          if (range[0] < range[1] && !inDateline(m.begin, m.end)) {
            resolveMention(m, range[0], range[1]);
          }
        }
        scanUncovered();
      }

      private int[] wordRange(int begin, int end) {
        int from = words.wordAt(begin);
        int to = from;
        while (to < words.size() && words.get(to).end() <= end) {
          to++;
        }
        return new int[] {from, to};
      }

      private void resolveMention(EntityMention m, int from, int to) {
        if (isAbbreviation(m.text) && gazetteer.term(m.text).isEmpty()) {
          // "(Kan.)", "Calif.": a state or province abbreviation, never a place of that name.
          gazetteer
              .abbreviation(m.text)
              .ifPresent(
                  code ->
                      mapped.put(
                          m,
                          new Candidate(
                              m,
                              code,
                              MappedBy.PROVINCE,
                              SurfaceKey.of(m.text),
                              null,
                              Pending.NONE)));
          return;
        }
        if (m.type.equals(ORGANIZATION)) {
          resolveOrganization(m, from, to);
        } else if (PLACE_TYPES.contains(m.type) && resolveWiderRegion(m, from)) {
          return;
        } else if (PLACE_TYPES.contains(m.type)) {
          Outcome outcome = resolveSpan(m, m.text, from, to);
          outcome.candidate().ifPresent(c -> mapped.put(m, c));
          if (!outcome.known() && SPLIT_TYPES.contains(m.type) && to - from > 1) {
            findTermsInside(from, to);
          }
        }
      }

      /**
       * "Northern Ireland" where NER tagged "Ireland" alone (and "Northern" as a place of its own):
       * the region the word before and the mention name together is what the text speaks of.
       */
      private boolean resolveWiderRegion(EntityMention m, int from) {
        if (from == 0) {
          return false;
        }
        String before = words.get(from - 1).text();
        if (before.isEmpty() || !Character.isUpperCase(before.charAt(0))) {
          return false;
        }
        String wider = before + " " + m.text;
        Optional<Place> region = CountryGazetteer.dominant(gazetteer.places(wider), p -> !p.city());
        region.ifPresent(
            place ->
                mapped.put(
                    m,
                    new Candidate(
                        m,
                        place.code(),
                        MappedBy.PROVINCE,
                        SurfaceKey.of(wider),
                        null,
                        Pending.NONE)));
        return region.isPresent();
      }

      private static boolean isAbbreviation(String text) {
        return text.endsWith(".") && text.length() <= 6 && !text.contains(" ");
      }

      /**
       * An organization stands for a country when it is a seat of government ("White House") or
       * when the country terms in its name name one country ("US State Department").
       */
      private void resolveOrganization(EntityMention m, int from, int to) {
        Optional<CountryTerm> whole = gazetteer.term(m.text);
        if (whole.isPresent()) {
          CountryTerm term = whole.get();
          if (term.namesCountry()
              && term.kind() != CountryTerm.Kind.CONTESTED
              && caseFits(m.text, term)) {
            MappedBy by = term.kind() == CountryTerm.Kind.SEAT ? MappedBy.CAPITAL : byKind(term);
            mapped.put(
                m, new Candidate(m, term.code(), by, SurfaceKey.of(m.text), null, Pending.NONE));
          }
          return;
        }
        Set<String> codes = new HashSet<>();
        forEachTerm(from, to, (i, j, term) -> codes.add(term.code()));
        if (codes.size() == 1) {
          String code = codes.iterator().next();
          mapped.put(
              m,
              new Candidate(
                  m, code, MappedBy.ORGANIZATION, SurfaceKey.of(m.text), null, Pending.NONE));
        }
      }

      /**
       * Country terms inside a mention NER tagged as a whole ("Russian American"): new mentions.
       */
      private void findTermsInside(int from, int to) {
        forEachTerm(
            from,
            to,
            (i, j, term) -> {
              String surface = words.text(i, j, text);
              MappedBy by = organizationFollows(j) ? MappedBy.ORGANIZATION : byKind(term);
              added.add(
                  new Candidate(
                      newMention(i, j),
                      term.code(),
                      by,
                      SurfaceKey.of(surface),
                      null,
                      Pending.NONE));
            });
      }

      /**
       * Calls back for each longest country term (name, demonym, historical) in words [from, to).
       */
      private void forEachTerm(int from, int to, TermSink sink) {
        int i = from;
        while (i < to) {
          int matchedEnd = -1;
          for (int j = Math.min(to, i + gazetteer.maxWords()); j > i && matchedEnd < 0; j--) {
            if (!words.get(j - 1).canEndName()) {
              continue;
            }
            String surface = words.text(i, j, text);
            Optional<CountryTerm> term = gazetteer.term(surface);
            if (term.isPresent()) {
              matchedEnd = j;
              CountryTerm t = term.get();
              boolean countable =
                  t.kind() == CountryTerm.Kind.NAME
                      || t.kind() == CountryTerm.Kind.HISTORICAL
                      || t.kind() == CountryTerm.Kind.DEMONYM;
              if (countable && caseFits(surface, t)) {
                sink.accept(i, j, t);
              }
            }
          }
          i = matchedEnd > 0 ? matchedEnd : i + 1;
        }
      }

      /** Longest-match search over the words no NER mention covers. */
      private void scanUncovered() {
        int i = 0;
        while (i < words.size()) {
          // "The" may open a name but adds nothing to it: the match starts after it.
          if (covered[i] || !words.capitalizedWordAt(i) || words.lowerAt(i).equals("the")) {
            i++;
            continue;
          }
          int next = i + 1;
          for (int j = Math.min(words.size(), i + gazetteer.maxWords()); j > i; j--) {
            if (anyCovered(i, j) || !words.get(j - 1).canEndName()) {
              continue;
            }
            String surface = words.text(i, j, text);
            Outcome outcome = resolveSpan(null, surface, i, j);
            if (outcome.known()) {
              // The longest known name wins even when its context rejects it: "Jersey City" is
              // never "Jersey".
              outcome.candidate().ifPresent(added::add);
              next = j;
              break;
            }
          }
          i = next;
        }
      }

      private boolean anyCovered(int from, int to) {
        for (int i = from; i < to; i++) {
          if (covered[i]) {
            return true;
          }
        }
        return false;
      }

      /**
       * What the span [from, to) stands for. {@code ner} is the NER mention it is, or null for a
       * span found by the gazetteer alone, which must then show by its form and context that it is
       * a name.
       */
      private Outcome resolveSpan(EntityMention ner, String surface, int from, int to) {
        Optional<CountryTerm> term = gazetteer.term(surface);
        if (term.isPresent()) {
          return resolveTerm(ner, surface, term.get(), from, to);
        }
        boolean termOnly = ner != null && TERM_ONLY_TYPES.contains(ner.type);
        List<Place> places = termOnly ? List.of() : gazetteer.places(surface);
        return places.isEmpty() ? Outcome.UNKNOWN : resolvePlace(ner, surface, places, from, to);
      }

      private Outcome resolveTerm(
          EntityMention ner, String surface, CountryTerm term, int from, int to) {
        if (!term.namesCountry() || !caseFits(surface, term)) {
          return Outcome.REJECTED;
        }
        if (ner == null
            && term.commonWord()
            && (!words.capitalsInformative || words.startsClause(from))) {
          return Outcome.REJECTED;
        }
        EntityMention mention = ner != null ? ner : newMention(from, to);
        String key = SurfaceKey.of(surface);
        boolean locative = words.locative(from, to, i -> placeCodeBefore[i] != null);
        Pending pending =
            personWords.contains(key) && !locative ? Pending.PERSON_NAME : Pending.NONE;
        Optional<Place> stateReading =
            CountryGazetteer.dominant(gazetteer.places(surface), p -> !p.city())
                .filter(p -> provinceCue(from, to, p.code()));
        return switch (term.kind()) {
          case SEAT -> {
            if (stateReading.filter(p -> p.code().equals(term.code())).isPresent()) {
              yield place(mention, stateReading.get(), MappedBy.PROVINCE, key, pending, to);
            }
            yield Outcome.of(
                new Candidate(mention, term.code(), MappedBy.CAPITAL, key, null, pending));
          }
          case CONTESTED -> {
            Optional<Place> rival =
                CountryGazetteer.dominant(
                    gazetteer.places(surface), p -> !p.code().equals(term.code()));
            if (stateReading.isPresent()) {
              yield place(mention, stateReading.get(), MappedBy.PROVINCE, key, Pending.NONE, to);
            }
            yield rival
                .map(
                    p ->
                        Outcome.of(
                            new Candidate(
                                mention, term.code(), MappedBy.NAME, key, p, Pending.CONTESTED)))
                .orElse(
                    Outcome.of(
                        new Candidate(mention, term.code(), MappedBy.NAME, key, null, pending)));
          }
          default -> {
            if (term.kind() != CountryTerm.Kind.DEMONYM) {
              placeCodeBefore[to] = term.code();
            }
            MappedBy by = organizationFollows(to) ? MappedBy.ORGANIZATION : byKind(term);
            yield Outcome.of(new Candidate(mention, term.code(), by, key, null, pending));
          }
        };
      }

      private Outcome resolvePlace(
          EntityMention ner, String surface, List<Place> places, int from, int to) {
        boolean locative = words.locative(from, to, i -> placeCodeBefore[i] != null);
        Optional<Place> chosen;
        if (ner == null) {
          boolean looksLikeName =
              words.capitalsInformative
                  && SurfaceKey.isCapitalized(surface)
                  && (words.startsClause(from) || !words.capitalizedWordAt(from - 1))
                  && !words.capitalizedWordAt(to);
          if (!looksLikeName) {
            return Outcome.REJECTED;
          }
          chosen = CountryGazetteer.dominant(places, p -> true).filter(p -> !p.commonWord());
          boolean governmentSeat =
              chosen.isPresent() && chosen.get().capital() && !words.startsClause(from);
          if (!locative && !governmentSeat) {
            return Outcome.REJECTED;
          }
        } else {
          chosen = dominantForType(places, ner.type);
        }
        if (chosen.isEmpty()) {
          return Outcome.REJECTED;
        }
        Place place = chosen.get();
        MappedBy by =
            !place.city()
                ? MappedBy.PROVINCE
                : place.capital() && !locative ? MappedBy.CAPITAL : MappedBy.CITY;
        String key = SurfaceKey.of(surface);
        Pending pending =
            personWords.contains(key) && !locative ? Pending.PERSON_NAME : Pending.NONE;
        EntityMention mention = ner != null ? ner : newMention(from, to);
        return place(mention, place, by, key, pending, to);
      }

      private Outcome place(
          EntityMention mention, Place place, MappedBy by, String key, Pending pending, int to) {
        placeCodeBefore[to] = place.code();
        return Outcome.of(new Candidate(mention, place.code(), by, key, place, pending));
      }

      /**
       * NER's type says which kind of place to prefer; the other kind is the fallback. A place
       * named by a common word needs the specific types: tagged LOCATION, "the Gulf" or "the
       * Midlands" is a region, not Papua New Guinea's or Zimbabwe's province.
       */
      private Optional<Place> dominantForType(List<Place> places, String type) {
        Optional<Place> any = CountryGazetteer.dominant(places, p -> true);
        return switch (type) {
          case "CITY" -> CountryGazetteer.dominant(places, Place::city).or(() -> any);
          case "STATE_OR_PROVINCE" ->
              CountryGazetteer.dominant(places, p -> !p.city()).or(() -> any);
          default -> any.filter(p -> !p.commonWord());
        };
      }

      /**
       * "Washington state", "the state of Georgia", "Seattle, Washington" (a city of the state's
       * country before a comma): the state is meant.
       */
      private boolean provinceCue(int from, int to, String stateCode) {
        if (words.lowerAt(to).equals("state")) {
          return true;
        }
        if (words.lowerAt(from - 1).equals("of") && words.lowerAt(from - 2).equals("state")) {
          return true;
        }
        return from >= 1
            && words.lowerAt(from - 1).equals(",")
            && stateCode.equals(placeCodeBefore[from - 1]);
      }

      /** A country word followed by an institution: "Russian Defense Ministry", "US officials". */
      private boolean organizationFollows(int to) {
        for (int j = to; j < words.size() && j <= to + MAX_MODIFIERS; j++) {
          if (organizationStarts.contains(j) || AttributionWords.isInstitution(words.lowerAt(j))) {
            return true;
          }
          String word = words.lowerAt(j);
          if (CONJUNCTIONS.contains(word) || !word.chars().allMatch(Character::isLetter)) {
            return false;
          }
        }
        return false;
      }

      private EntityMention newMention(int from, int to) {
        Words.Word first = words.get(from);
        Words.Word last = words.get(to - 1);
        return EntityMention.of(
            article.id(),
            words.sentence.index,
            first.token(),
            last.token() + 1,
            first.begin(),
            last.end(),
            text.substring(first.begin(), last.end()),
            GAZETTEER);
      }
    }
  }

  @FunctionalInterface
  private interface TermSink {
    void accept(int from, int to, CountryTerm term);
  }

  private static MappedBy byKind(CountryTerm term) {
    return term.kind() == CountryTerm.Kind.DEMONYM ? MappedBy.DEMONYM : MappedBy.NAME;
  }

  /** Acronyms must be written in capitals ("US", never "us"); other names capitalized. */
  private static boolean caseFits(String surface, CountryTerm term) {
    String name = surface.strip();
    if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
      name = name.substring(4).strip();
    }
    return term.acronym() ? SurfaceKey.isAcronym(name) : SurfaceKey.isCapitalized(name);
  }
}
