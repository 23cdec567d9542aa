package org.newsbeam.countries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The country gazetteer: ISO 3166-1 codes with English names, and what a surface string can mean —
 * a country term (name, alternative, demonym, historical name, seat of government) and the GeoNames
 * places (cities, first-level divisions) of that name. Loaded once per JVM from the TSV resources
 * beside this class (see SOURCES.md there); every lookup is a hash lookup on a {@link SurfaceKey}.
 */
public final class CountryGazetteer {
  /**
   * A place name goes to the most populous country that has it if that is this many times the next.
   */
  static final int DOMINANCE = 3;

  private static final String RESOURCES = "/org/newsbeam/countries/";

  private final Map<String, String> countryNames;
  private final Map<String, CountryTerm> terms;
  private final Map<String, List<Place>> places;
  private final Map<String, String> abbreviations;
  private final int maxWords;

  private CountryGazetteer(
      Map<String, String> countryNames,
      Map<String, CountryTerm> terms,
      Map<String, List<Place>> places,
      Map<String, String> abbreviations) {
    this.countryNames = countryNames;
    this.terms = terms;
    this.places = places;
    this.abbreviations = abbreviations;
    int longest = 0;
    for (String key : terms.keySet()) {
      longest = Math.max(longest, SurfaceKey.words(key));
    }
    for (String key : places.keySet()) {
      longest = Math.max(longest, SurfaceKey.words(key));
    }
    this.maxWords = longest;
  }

  /** The gazetteer of this JVM, loaded on first use. */
  public static CountryGazetteer get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final CountryGazetteer INSTANCE = Loader.load();
  }

  /** The English name of an ISO 3166-1 alpha-2 code ("RU" gives "Russia"). */
  public Optional<String> name(String iso2) {
    return Optional.ofNullable(countryNames.get(iso2));
  }

  /** Every code the gazetteer knows, one per row of countries.tsv. */
  public Set<String> codes() {
    return countryNames.keySet();
  }

  /**
   * The country term a surface stands for, if any. A plural demonym is looked up by its singular
   * ("Americans", "Frenchmen").
   */
  public Optional<CountryTerm> term(String surface) {
    String key = SurfaceKey.of(surface);
    CountryTerm direct = terms.get(key);
    if (direct != null) {
      return Optional.of(direct);
    }
    for (String singular : singulars(key)) {
      CountryTerm term = terms.get(singular);
      if (term != null && (term.kind() == CountryTerm.Kind.DEMONYM || !term.namesCountry())) {
        return Optional.of(term);
      }
    }
    return Optional.empty();
  }

  private static List<String> singulars(String key) {
    List<String> result = new ArrayList<>(2);
    if (key.endsWith("men")) {
      result.add(key.substring(0, key.length() - 3) + "man");
    }
    if (key.endsWith("s")) {
      result.add(key.substring(0, key.length() - 1));
    }
    return result;
  }

  /** The code a country name, alternative or historical name stands for ("U.S.", "Burma"). */
  public Optional<String> country(String surface) {
    return termCode(surface, CountryTerm.Kind.NAME, CountryTerm.Kind.HISTORICAL);
  }

  /** The code a demonym or adjective stands for ("Russian", "Israelis", "Turks"). */
  public Optional<String> demonym(String surface) {
    return termCode(surface, CountryTerm.Kind.DEMONYM);
  }

  /** The code a seat of government stands for ("the Kremlin", "Downing Street", "Washington"). */
  public Optional<String> seat(String surface) {
    return termCode(surface, CountryTerm.Kind.SEAT);
  }

  private Optional<String> termCode(String surface, CountryTerm.Kind... kinds) {
    return term(surface).filter(t -> List.of(kinds).contains(t.kind())).map(CountryTerm::code);
  }

  /** Every GeoNames city and first-level division with this name, in no particular order. */
  public List<Place> places(String surface) {
    return places.getOrDefault(SurfaceKey.of(surface), List.of());
  }

  /** The city a name most likely means, if one country's city clearly dominates. */
  public Optional<Place> city(String surface) {
    return dominant(places(surface), Place::city);
  }

  /** The first-level division a name most likely means, if one clearly dominates. */
  public Optional<Place> province(String surface) {
    return dominant(places(surface), p -> !p.city());
  }

  /**
   * The place among those passing {@code filter} that one country clearly dominates by population,
   * or empty when countries compete ("Cambridge": GB and US) or none passes. Alternate names count
   * only where no place bears the name as its main name. Within the winning country a city is
   * preferred to the province named after it ("Aleppo").
   */
  public static Optional<Place> dominant(List<Place> candidates, Predicate<Place> filter) {
    List<Place> pool = candidates.stream().filter(filter).toList();
    if (pool.stream().anyMatch(p -> !p.alternateName())) {
      pool = pool.stream().filter(p -> !p.alternateName()).toList();
    }
    List<Place> byPopulation =
        pool.stream().sorted(Comparator.comparingLong(Place::population).reversed()).toList();
    if (byPopulation.isEmpty()) {
      return Optional.empty();
    }
    Place best = byPopulation.get(0);
    Place representative =
        byPopulation.stream()
            .filter(p -> p.city() && p.code().equals(best.code()))
            .findFirst()
            .orElse(best);
    for (Place other : byPopulation) {
      if (!other.code().equals(best.code())) {
        return best.population() >= DOMINANCE * other.population()
            ? Optional.of(representative)
            : Optional.empty();
      }
    }
    return Optional.of(representative);
  }

  /** The code of a dateline qualifier abbreviation ("N.Y." and "Calif." give US, "Ont." CA). */
  public Optional<String> abbreviation(String surface) {
    return Optional.ofNullable(abbreviations.get(SurfaceKey.of(surface)));
  }

  /** The most words any surface has: the longest span worth looking up. */
  public int maxWords() {
    return maxWords;
  }

  /** Reads the TSV resources; a missing or malformed file fails at once, naming the file. */
  private static final class Loader {
    private final Map<String, List<TermRow>> generatedTerms = new HashMap<>();
    private final Map<String, List<TermRow>> handTerms = new HashMap<>();
    private final Map<String, List<Place>> generatedPlaces = new HashMap<>();
    private final Map<String, List<Place>> handPlaces = new HashMap<>();
    private final Map<String, String> abbreviations = new HashMap<>();

    private record TermRow(String surface, String code, CountryTerm.Kind kind, boolean common) {}

    static CountryGazetteer load() {
      Loader loader = new Loader();
      Map<String, String> countryNames = new LinkedHashMap<>();
      read("countries.tsv", 2, row -> countryNames.put(row[0], row[1]));
      read("names.tsv", 5, loader::nameRow);
      read("cities.tsv", 7, loader::cityRow);
      read("provinces.tsv", 5, loader::provinceRow);
      read("supplement.tsv", 5, loader::supplementRow);
      return new CountryGazetteer(
          Map.copyOf(countryNames),
          loader.terms(),
          loader.places(),
          Map.copyOf(loader.abbreviations));
    }

    private void nameRow(String[] row) {
      CountryTerm.Kind kind =
          row[2].equals("demonym") ? CountryTerm.Kind.DEMONYM : CountryTerm.Kind.NAME;
      add(generatedTerms, row[0], new TermRow(row[0], row[1], kind, row[3].equals("1")));
    }

    private void cityRow(String[] row) {
      Place city =
          new Place(
              row[1],
              row[2],
              Long.parseLong(row[3]),
              true,
              row[4].equals("1"),
              row[6].equals("1"),
              row[5].equals("1"));
      add(generatedPlaces, row[0], city);
    }

    private void provinceRow(String[] row) {
      Place province =
          new Place(
              row[1], row[2], Long.parseLong(row[3]), false, false, row[4].equals("1"), false);
      add(generatedPlaces, row[0], province);
    }

    private void supplementRow(String[] row) {
      String surface = row[0];
      String code = row[1];
      boolean common = row[3].equals("1");
      switch (row[2]) {
        case "abbreviation" -> abbreviations.put(SurfaceKey.of(surface), code);
        case "province" ->
            add(handPlaces, surface, new Place(code, "", 0, false, false, common, false));
        case "name" ->
            add(handTerms, surface, new TermRow(surface, code, CountryTerm.Kind.NAME, common));
        case "demonym" ->
            add(handTerms, surface, new TermRow(surface, code, CountryTerm.Kind.DEMONYM, common));
        case "historical" ->
            add(
                handTerms,
                surface,
                new TermRow(surface, code, CountryTerm.Kind.HISTORICAL, common));
        case "seat" ->
            add(handTerms, surface, new TermRow(surface, code, CountryTerm.Kind.SEAT, common));
        case "contested" ->
            add(handTerms, surface, new TermRow(surface, code, CountryTerm.Kind.CONTESTED, common));
        case "none" ->
            add(handTerms, surface, new TermRow(surface, "", CountryTerm.Kind.NONE, common));
        default -> throw new IllegalStateException("supplement.tsv: unknown kind " + row[2]);
      }
    }

    private static <T> void add(Map<String, List<T>> map, String surface, T value) {
      map.computeIfAbsent(SurfaceKey.of(surface), k -> new ArrayList<>()).add(value);
    }

    /**
     * Hand-kept rows replace generated ones of the same surface; shared surfaces name no country.
     */
    private Map<String, CountryTerm> terms() {
      Map<String, List<TermRow>> merged = new HashMap<>(generatedTerms);
      merged.putAll(handTerms);
      Map<String, CountryTerm> result = new HashMap<>();
      merged.forEach((key, rows) -> result.put(key, merge(rows)));
      return Map.copyOf(result);
    }

    private static CountryTerm merge(List<TermRow> rows) {
      boolean acronym = rows.stream().allMatch(r -> SurfaceKey.isAcronym(r.surface()));
      boolean common = rows.stream().anyMatch(TermRow::common);
      if (rows.stream().map(TermRow::code).distinct().count() > 1
          || rows.stream().anyMatch(r -> r.kind() == CountryTerm.Kind.NONE)) {
        return CountryTerm.none();
      }
      CountryTerm.Kind kind =
          rows.stream().map(TermRow::kind).min(Comparator.naturalOrder()).orElseThrow();
      return new CountryTerm(rows.get(0).code(), kind, common, acronym);
    }

    private Map<String, List<Place>> places() {
      Map<String, List<Place>> merged = new HashMap<>(generatedPlaces);
      merged.putAll(handPlaces);
      Map<String, List<Place>> result = new HashMap<>();
      merged.forEach((key, list) -> result.put(key, List.copyOf(list)));
      return Map.copyOf(result);
    }

    private static void read(String file, int columns, java.util.function.Consumer<String[]> sink) {
      InputStream in = CountryGazetteer.class.getResourceAsStream(RESOURCES + file);
      if (in == null) {
        throw new IllegalStateException("Gazetteer resource missing: " + RESOURCES + file);
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        boolean header = true;
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isEmpty() || line.startsWith("#")) {
            continue;
          }
          if (header) {
            header = false;
            continue;
          }
          String[] row = line.split("\t", -1);
          if (row.length < columns) {
            throw new IllegalStateException(file + ": expected " + columns + " columns: " + line);
          }
          sink.accept(row);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read gazetteer resource " + file, e);
      }
    }
  }
}
