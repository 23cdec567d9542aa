// Copies the libraries report.html inlines (pinned in package.json) into the page's vendor folder,
// with their licenses, and writes world-ids.tsv: which ISO 3166 alpha-2 code each world-atlas
// country stands for. Run after `npm ci`; a rerun with the same versions gives identical files.
'use strict';

const fs = require('fs');
const path = require('path');

const vendor = path.join(__dirname, '../../src/main/resources/org/newsbeam/page/vendor');
const modules = path.join(__dirname, 'node_modules');

const files = [
  ['vega', 'build/vega.min.js'],
  ['vega-lite', 'build/vega-lite.min.js'],
  ['vega-embed', 'build/vega-embed.min.js'],
  ['world-atlas', 'countries-110m.json'],
];

fs.mkdirSync(vendor, {recursive: true});
for (const [name, file] of files) {
  fs.copyFileSync(path.join(modules, name, file), path.join(vendor, path.basename(file)));
  fs.copyFileSync(path.join(modules, name, 'LICENSE'), path.join(vendor, 'LICENSE-' + name));
}

// world-atlas names a country by its ISO 3166-1 numeric code; newsbeam's reports by alpha-2.
const codes = require(path.join(modules, 'i18n-iso-countries', 'codes.json'));
const atlas = require(path.join(modules, 'world-atlas', 'countries-110m.json'));
const alpha2ByNumeric = new Map(codes.map(([alpha2, , numeric]) => [numeric, alpha2]));
// Natural Earth shapes without an ISO numeric code, keyed by their name; the others of them
// (N. Cyprus, Somaliland) stay unmapped: no report code stands for them alone.
const byName = new Map([['Kosovo', 'XK']]);

const rows = [];
for (const geometry of atlas.objects.countries.geometries) {
  const feature = geometry.id || geometry.properties.name;
  const alpha2 = geometry.id ? alpha2ByNumeric.get(geometry.id) : byName.get(feature);
  if (alpha2) {
    rows.push(feature + '\t' + alpha2);
  }
}
rows.sort();
fs.writeFileSync(path.join(vendor, 'world-ids.tsv'), 'feature\tcountry\n' + rows.join('\n') + '\n');
console.log('vendored ' + files.length + ' files; world-ids.tsv: ' + rows.length + ' shapes');
