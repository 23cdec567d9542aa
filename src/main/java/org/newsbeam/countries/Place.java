package org.newsbeam.countries;

/**
 * A GeoNames city or first-level division: its country, its first-level division code, and its
 * population (for a division, that of its GeoNames places), used to pick among places that share a
 * name.
 */
public record Place(
    String code,
    String admin1,
    long population,
    boolean city,
    boolean capital,
    boolean commonWord,
    boolean alternateName) {}
