// Builds report.html from the data newsbeam put in the page: sections, charts (Vega-Lite, drawn
// as SVG) and a table beside each chart with the same numbers. Plain ES2017 and the DOM only.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var world = JSON.parse(document.getElementById('world-data').textContent);
  var root = document.getElementById('report');
  var drawing = [];

  // Okabe & Ito's palette (without its yellow, too pale on white): told apart with colour blindness.
  var SERIES = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#000000', '#999999'];
  var NO_DATA = '#cfcfcf';
  var SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

  // ---- small helpers -------------------------------------------------------------------------

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function text(tag, content, attributes) {
    return el(tag, attributes, [content]);
  }

  function add(node) {
    root.appendChild(node);
    return node;
  }

  function count(n) {
    return n === null || n === undefined ? '–' : Number(n).toLocaleString('en-US');
  }

  // Means as in the CSVs: four decimals, with a real minus sign.
  function mean(v) {
    return v === null || v === undefined ? '–' : v.toFixed(4).replace('-', '−');
  }

  function interval(low, high) {
    return low === null || low === undefined ? '–' : mean(low) + ' to ' + mean(high);
  }

  function plural(n, one, many) {
    return count(n) + ' ' + (n === 1 ? one : many);
  }

  function percent(v) {
    return v === null || v === undefined ? '–' : (100 * v).toFixed(1) + '%';
  }

  // A table: columns are {title, value: row -> string or node, num: right-aligned}.
  function table(caption, columns, rows) {
    var head = el('tr', {}, columns.map(function (c) {
      return text('th', c.title, c.num ? {class: 'num', scope: 'col'} : {scope: 'col'});
    }));
    var body = rows.map(function (row) {
      return el('tr', {}, columns.map(function (c) {
        var value = c.value(row);
        return el('td', c.num ? {class: 'num'} : c.key ? {class: 'key'} : {}, [value === null ? '' : value]);
      }));
    });
    return el('table', {}, [text('caption', caption), el('thead', {}, [head]), el('tbody', {}, body)]);
  }

  function csvLink(name) {
    return data.files.indexOf(name) >= 0 ? text('a', name, {href: name}) : text('code', name);
  }

  function paragraph(parts, attributes) {
    return el('p', attributes, parts);
  }

  // Each speaker's or country's most negative and most positive quote or sentence.
  function evidenceTable(caption, rows, nameTitle, kind, cell) {
    add(el('div', {class: 'numbers wide evidence'}, [table(caption, [
      {title: nameTitle, value: function (r) { return r.name; }},
      {title: 'most negative ' + kind, value: function (r) { return cell(r.negative); }},
      {title: 'most positive ' + kind, value: function (r) {
        return r.positive ? cell(r.positive) : text('span', 'the same ' + kind, {class: 'note'});
      }}
    ], rows)]));
  }

  // A subsection's heading; false, with a note saying why, when it has no rows to show.
  function subsection(title, id, rows, whyEmpty) {
    add(text('h3', title, {id: id}));
    if (rows.length === 0) add(text('p', whyEmpty, {class: 'note'}));
    return rows.length > 0;
  }

  function howToRead(parts) {
    return el('div', {class: 'how'}, [text('strong', 'How to read this: ')].concat(parts));
  }

  // A chart and its numbers side by side; the chart is drawn into its box when the page loads.
  function figure(name, spec, numbers, wide) {
    var box = el('div', {class: 'chart', 'data-chart': name});
    var holder = el('div', {class: wide ? 'numbers wide' : 'numbers'}, [numbers]);
    drawing.push(vegaEmbed(box, spec, {renderer: 'svg', actions: false}).then(function (result) {
      return result.view;
    }));
    return el('div', {class: 'figure'}, [box, holder]);
  }

  // A diverging colour scale centred on 0, out to the largest |mean| shown (at least 0.1): pale
  // near 0, orange below, blue above.
  function diverging(values) {
    var extent = values.reduce(function (m, v) {
      return v === null || v === undefined ? m : Math.max(m, Math.abs(v));
    }, 0.1);
    extent = Math.ceil(extent * 20) / 20;
    return {scheme: 'blueorange', reverse: true, domain: [-extent, extent], domainMid: 0};
  }

  // Tooltip lines of a mean: the mean, n and its interval; quotes (speakers) or sentences (countries).
  function meanTooltip(of) {
    var quotes = of === 'quotes';
    return [
      {field: 'mean_sentiment', title: quotes ? 'mean tone' : 'mean sentiment', format: '.4f'},
      {field: quotes ? 'scored_quotes' : 'scored_sentences', title: 'scored ' + of + ' (n)'},
      {field: 'ci_low', title: '95% interval from', format: '.4f'},
      {field: 'ci_high', title: '95% interval to', format: '.4f'}
    ];
  }

  // Table columns of a speaker's or a country's counts and mean, as in speakers.csv and countries.csv.
  function meanColumns(of) {
    var quotes = of === 'quotes';
    function column(title, value) {
      return {title: title, num: true, value: value};
    }
    return [
      column(quotes ? 'quotes' : 'mentions', function (r) { return count(quotes ? r.quotes : r.mentions); }),
      column('n', function (r) { return count(quotes ? r.scored_quotes : r.scored_sentences); }),
      column('articles', function (r) { return count(r.articles); }),
      column(quotes ? 'mean tone' : 'mean sentiment', function (r) { return mean(r.mean_sentiment); }),
      column('95% interval', function (r) { return interval(r.ci_low, r.ci_high); }),
      column('neg / neu / pos', function (r) { return r.negative + ' / ' + r.neutral + ' / ' + r.positive; })
    ];
  }

  var CONFIG = {
    font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    axis: {labelFontSize: 11, titleFontSize: 12, titleFontWeight: 600},
    legend: {labelFontSize: 11, titleFontSize: 12},
    view: {stroke: null}
  };

  function spec(body) {
    return Object.assign({$schema: SCHEMA, config: CONFIG}, body);
  }

  function byKey(rows, key) {
    var groups = {};
    var order = [];
    rows.forEach(function (row) {
      if (!(row[key] in groups)) {
        groups[row[key]] = [];
        order.push(row[key]);
      }
      groups[row[key]].push(row);
    });
    return {order: order, groups: groups};
  }

  // The keys present, in the order of the ranking (most quoted or mentioned first).
  function ranked(ranking, present) {
    return ranking.filter(function (key) { return present.indexOf(key) >= 0; });
  }

  function distinctSorted(rows, key) {
    return rows.map(function (r) { return r[key]; })
      .filter(function (v, i, all) { return all.indexOf(v) === i; })
      .sort();
  }

  // A wide table of a long list: one row per value of `rowKey` (in the order given, else sorted),
  // one column per series.
  function wideTable(caption, rows, rowKey, rowTitle, seriesKey, series, cell, order) {
    var index = {};
    rows.forEach(function (r) { index[r[rowKey] + '\u0000' + r[seriesKey]] = r; });
    var columns = [{title: rowTitle, key: true, value: function (k) { return k; }}].concat(
      series.map(function (s) {
        return {title: s, num: true, value: function (k) {
          var r = index[k + '\u0000' + s];
          return r ? cell(r) : '';
        }};
      }));
    return table(caption, columns, order || distinctSorted(rows, rowKey));
  }

  // ---- the run -------------------------------------------------------------------------------

  var run = data.run;
  var speakers = data.speakers.rows;
  var countries = data.countries.rows;

  function fact(value, label) {
    return el('div', {class: 'fact'}, [text('div', value, {class: 'value'}), text('div', label, {class: 'label'})]);
  }

  (function runSection() {
    var range = run.firstPublished ? run.firstPublished + ' to ' + run.lastPublished : 'no dates';
    add(paragraph([plural(run.reported, 'article', 'articles') + ' reported; ' +
      plural(data.speakers.total, 'speaker', 'speakers') + ' quoted; ' +
      plural(data.countries.total, 'country', 'countries') + ' mentioned. Dates: ' + range + '.'],
      {class: 'lead'}));
    add(text('h2', 'The run', {id: 'run'}));
    var facts = [
      fact(count(run.inputs), 'inputs read'),
      fact(count(run.reported), 'articles reported'),
      fact(count(run.duplicates), 'duplicates (counted once)')
    ];
    if (run.stories !== null) facts.push(fact(count(run.stories), 'stories'));
    facts.push(
      fact(count(run.failed), 'failed'),
      fact(count(run.undated), 'articles without a date'),
      fact(count(run.sources) + (run.moreSources ? '+' : ''), 'sources (outlets)'),
      fact(range, 'publication dates'));
    add(el('div', {class: 'facts'}, facts));
    add(howToRead(['every input is in exactly one of ', csvLink('articles.csv'), ' (reported), ',
      csvLink('duplicates.csv'), ' (the same text as another article, counted once) or ',
      csvLink('failures.csv'), ' (not read or not annotated, with the reason). Articles without a ' +
      'date count in every total but in no period.']));
    if (run.failureReasons.length > 0) {
      add(el('div', {class: 'numbers wide evidence'}, [
        table('Why inputs failed: the top reasons (every failure is in failures.csv)', [
          {title: 'stage', value: function (r) { return r.stage; }},
          {title: 'reason', value: function (r) { return text('div', r.reason, {class: 'quote'}); }},
          {title: 'inputs', num: true, value: function (r) { return count(r.inputs); }}
        ], run.failureReasons)]));
    }
    if (run.topSources.length > 0) {
      add(el('div', {class: 'numbers', style: 'max-width: 520px; margin-top: 12px'}, [
        table('Sources with the most articles', [
          {title: 'source', value: function (r) { return r.source; }},
          {title: 'articles', num: true, value: function (r) { return count(r.articles); }}
        ], run.topSources)]));
    }
  })();

  // ---- speakers ------------------------------------------------------------------------------

  add(text('h2', 'Speakers', {id: 'speakers'}));
  if (speakers.length === 0) {
    add(text('p', 'No quote was attributed to a speaker in this run.', {class: 'note'}));
  } else {
    (function speakersSection() {
      var rows = speakers.map(function (r, i) {
        return Object.assign({rank: i + 1, label: r.speaker + ' (n=' + r.scored_quotes + ')'}, r);
      });
      var colour = diverging(rows.map(function (r) { return r.mean_sentiment; }));
      var tooltip = [
        {field: 'speaker', title: 'speaker'},
        {field: 'type', title: 'type'},
        {field: 'country', title: 'country'},
        {field: 'quotes', title: 'quotes'}
      ].concat(meanTooltip('quotes'), [
        {field: 'negative', title: 'negative quotes'},
        {field: 'neutral', title: 'neutral quotes'},
        {field: 'positive', title: 'positive quotes'}
      ]);
      var y = {field: 'label', type: 'nominal', sort: null, title: null, axis: {labelLimit: 260}};
      var x = {type: 'quantitative', scale: {domain: [-1, 1]},
        axis: {grid: true, values: [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1], format: '.2~f'}};
      add(howToRead(['each dot is the ', text('strong', 'mean tone of a speaker\'s quotes'),
        ', from −1 (every quote clearly negative) through 0 (neutral) to +1 (every quote clearly ' +
        'positive); the line through it is its 95% confidence interval (none with fewer than two ' +
        'scored quotes). n after each name is the number of scored quotes the mean rests on: a mean ' +
        'over three quotes is not a finding, and only an interval clear of 0 says a speaker leans ' +
        'one way. The ' + rows.length + ' most quoted of ' + count(data.speakers.total) +
        ' speakers; all are in ', csvLink('speakers.csv'), '.']));
      add(figure('speakers', spec({
        width: 380,
        height: {step: 20},
        data: {values: rows},
        layer: [
          {mark: {type: 'rule', color: '#9a9a9a', strokeDash: [4, 3]},
            encoding: {x: Object.assign({datum: 0}, x)}},
          {mark: {type: 'rule', color: '#4a4a4a', strokeWidth: 1.5},
            encoding: {y: y, x: Object.assign({field: 'ci_low',
              title: 'mean tone of quotes, with its 95% interval (−1 negative, +1 positive)'}, x),
              x2: {field: 'ci_high'}, tooltip: tooltip}},
          {mark: {type: 'point', filled: true, size: 90, stroke: '#333', strokeWidth: 0.8, opacity: 1},
            encoding: {y: y, x: Object.assign({field: 'mean_sentiment'}, x),
              color: {field: 'mean_sentiment', type: 'quantitative', scale: colour, legend: null},
              tooltip: tooltip, description: {field: 'label'}}}
        ]
      }), table('The most quoted speakers', [
        {title: '#', num: true, value: function (r) { return String(r.rank); }},
        {title: 'speaker', value: function (r) {
          return el('span', {}, [r.speaker, text('small', [r.type, r.country].filter(Boolean).join(' · '))]);
        }}
      ].concat(meanColumns('quotes')), rows)));
    })();

    (function evidenceSection() {
      add(text('h3', 'What they said: each speaker\'s most negative and most positive quote', {id: 'quotes'}));
      add(howToRead(['the quote with the lowest and the one with the highest tone score of each ' +
        'speaker above, with the article it is from: read them before trusting a mean. A speaker ' +
        'with one scored quote has just one. Long quotes are cut here; every quote is whole in ',
        csvLink('quotes.csv'), '.']));
      function quoteCell(q) {
        return el('div', {class: 'quote'}, [q.quote,
          text('small', 'tone ' + mean(q.sentiment) + ' · ' + (q.title ? q.title + ' ' : '') + '(' + q.article + ')')]);
      }
      evidenceTable('Quotes as evidence', data.speakerEvidence, 'speaker', 'quote', quoteCell);
    })();
  }

  (function overTimeSection() {
    var rows = data.speakersByPeriod;
    if (!subsection('Speakers over time', 'speakers-over-time', rows, 'No dated quote by the most ' +
      'quoted speakers: the reports over time need dated articles (JSON, JSON Lines or CSV input ' +
      'with a date).')) return;
    var series = ranked(speakers.map(function (s) { return s.speaker; }), byKey(rows, 'speaker').order);
    add(howToRead(['the mean tone of the quotes of the ' + series.length + ' most quoted ' +
      'speakers in each period, dated articles only; hover a point for n, the scored quotes of that ' +
      'period. A period with one or two quotes swings widely; trust only what many quotes show. All ' +
      'speakers and periods: ', csvLink('speakers_by_period.csv'), '.']));
    add(figure('speakers-over-time', spec({
      width: 560,
      height: 280,
      data: {values: rows},
      mark: {type: 'line', point: {filled: true, size: 45}, strokeWidth: 2},
      encoding: {
        x: {field: 'period', type: 'ordinal', title: 'period', axis: {labelAngle: -45}},
        y: {field: 'mean_sentiment', type: 'quantitative', scale: {domain: [-1, 1]},
          title: 'mean tone of quotes (−1 to +1)'},
        color: {field: 'speaker', type: 'nominal', sort: series, scale: {domain: series, range: SERIES},
          legend: {orient: 'bottom', columns: 2, title: 'speaker', labelLimit: 260}},
        tooltip: [{field: 'speaker'}, {field: 'period'}].concat(meanTooltip('quotes'))
      }
    }), wideTable('Mean tone (n) per period', rows, 'period', 'period', 'speaker', series, function (r) {
      return mean(r.mean_sentiment) + ' (' + r.scored_quotes + ')';
    })));
  })();

  (function bySourceSection() {
    var rows = data.speakersBySource;
    if (!subsection('Speakers by outlet', 'speakers-by-source', rows, 'No quote of the most quoted ' +
      'speakers comes from an article with a source: the reports by outlet need input that names ' +
      'its outlet (JSON, JSON Lines or CSV).')) return;
    var sources = run.topSources.map(function (s) { return s.source; }).filter(function (s) {
      return rows.some(function (r) { return r.source === s; });
    });
    var names = speakers.map(function (s) { return s.speaker; }).filter(function (s) {
      return rows.some(function (r) { return r.speaker === s; });
    });
    add(howToRead(['the colour of a cell is the mean tone of a speaker\'s quotes in the articles of ' +
      'one outlet (the ' + sources.length + ' outlets with the most articles); the number in it is n, ' +
      'the scored quotes. An empty cell: not quoted there. Differences between outlets over a few ' +
      'quotes are noise. All of it: ', csvLink('speakers_by_source.csv'), '.']));
    var encoding = {
      x: {field: 'source', type: 'nominal', sort: sources, title: 'outlet', axis: {labelAngle: -40, labelLimit: 160}},
      y: {field: 'speaker', type: 'nominal', sort: names, title: null, axis: {labelLimit: 220}}
    };
    var cellColour = diverging(rows.map(function (r) { return r.mean_sentiment; }));
    add(figure('speakers-by-source', spec({
      width: {step: 46},
      height: {step: 22},
      data: {values: rows},
      encoding: encoding,
      layer: [
        {mark: {type: 'rect', stroke: '#fff'},
          encoding: {
            color: {field: 'mean_sentiment', type: 'quantitative',
              scale: cellColour,
              title: 'mean tone', legend: {orient: 'bottom', direction: 'horizontal', gradientLength: 200}},
            tooltip: [{field: 'speaker'}, {field: 'source', title: 'outlet'}].concat(meanTooltip('quotes'))}},
        {mark: {type: 'text', fontSize: 10},
          encoding: {text: {field: 'scored_quotes'}, color: {
            condition: {test: 'abs(datum.mean_sentiment) > ' + 0.6 * cellColour.domain[1], value: '#ffffff'},
            value: '#1d1d1d'}}}
      ]
    }), wideTable('Mean tone (n) per outlet', rows, 'speaker', 'speaker', 'source', sources, function (r) {
      return mean(r.mean_sentiment) + ' (' + r.scored_quotes + ')';
    }, names), true));
  })();

  // ---- countries -----------------------------------------------------------------------------

  add(text('h2', 'Countries', {id: 'countries'}));
  if (countries.length === 0) {
    add(text('p', 'No country was mentioned in this run.', {class: 'note'}));
  } else {
    (function mapSection() {
      var onMap = countries.filter(function (c) { return c.feature !== null && c.mean_sentiment !== null; })
        .map(function (c) {
          return Object.assign({label: c.name + ' (' + c.country + '): ' + mean(c.mean_sentiment) +
            ', n=' + c.scored_sentences}, c);
        });
      var shapes = {values: world, format: {type: 'topojson', feature: 'countries'}};
      add(howToRead(['the colour of a country is the ', text('strong', 'mean sentiment toward it'),
        ' over the sentences that mention it (newsbeam\'s targeted model: −1 hostile, 0 neutral, ' +
        '+1 favourable); orange is negative, blue positive, pale near 0, grey not mentioned. Hover ' +
        'a country for its mentions and n, the scored sentences the mean rests on; a mean over a ' +
        'few sentences is not a finding. Small countries are not on this 1:110m map: the table ' +
        'lists every country (', csvLink('countries.csv'), ').']));
      add(figure('map', spec({
        width: 560,
        height: 250,
        projection: {type: 'equalEarth'},
        layer: [
          {data: shapes, transform: [{filter: 'datum.id !== "010"'}],
            mark: {type: 'geoshape', fill: NO_DATA, stroke: '#ffffff', strokeWidth: 0.5, aria: false}},
          {data: shapes,
            transform: [
              {calculate: 'datum.id || datum.properties.name', as: 'feature'},
              {lookup: 'feature', from: {data: {values: onMap}, key: 'feature',
                fields: ['country', 'name', 'label', 'mean_sentiment', 'ci_low', 'ci_high', 'mentions',
                  'sentences', 'scored_sentences', 'articles']}},
              {filter: 'isValid(datum.country)'}
            ],
            mark: {type: 'geoshape', stroke: '#3a3a3a', strokeWidth: 0.5},
            encoding: {
              color: {field: 'mean_sentiment', type: 'quantitative',
                scale: diverging(onMap.map(function (c) { return c.mean_sentiment; })),
                title: 'mean sentiment toward the country',
                legend: {orient: 'bottom', direction: 'horizontal', gradientLength: 240, titleLimit: 300}},
              description: {field: 'label'},
              tooltip: [{field: 'name', title: 'country'}, {field: 'mentions', title: 'mentions'},
                {field: 'articles', title: 'articles'}].concat(meanTooltip('sentences'))
            }}
        ]
      }), table('Every country, most mentioned first', [
        {title: 'country', value: function (c) { return c.name + ' (' + c.country + ')' + (c.feature === null ? ' *' : ''); }},
      ].concat(meanColumns('sentences')), countries)));
      if (countries.some(function (c) { return c.feature === null; })) {
        add(text('p', '* not on the 1:110m map (too small at this scale, or not a shape of its own).', {class: 'note'}));
      }
    })();

    (function countriesOverTime() {
      var rows = data.countriesByPeriod;
      if (!subsection('Countries over time', 'countries-over-time', rows, 'No dated article ' +
        'mentions the most mentioned countries: the reports over time need dated articles.')) return;
      var names = {};
      countries.forEach(function (c) { names[c.country] = c.name; });
      rows = rows.map(function (r) { return Object.assign({name: names[r.country] || r.country}, r); });
      var series = ranked(countries.map(function (c) { return c.name; }), byKey(rows, 'name').order);
      var colour = {field: 'name', type: 'nominal', sort: series, scale: {domain: series, range: SERIES},
        legend: {orient: 'bottom', columns: 3, title: 'country'}};
      var x = {field: 'period', type: 'ordinal', title: 'period', axis: {labelAngle: -45}};
      var tooltip = [
        {field: 'name', title: 'country'}, {field: 'period'},
        {field: 'share_of_articles', title: 'share of the period\'s articles', format: '.1%'},
        {field: 'articles', title: 'articles'}
      ].concat(meanTooltip('sentences'));
      add(howToRead(['left: the share of each period\'s dated articles that mention the country ' +
        '(its volume, whatever the number of articles published then); right: the mean sentiment ' +
        'toward it in that period; hover for n. The ' + series.length + ' most mentioned countries; ' +
        'all are in ', csvLink('countries_by_period.csv'), '.']));
      add(figure('countries-over-time', spec({
        data: {values: rows},
        hconcat: [
          {width: 380, height: 240, mark: {type: 'line', point: {filled: true, size: 40}, strokeWidth: 2},
            encoding: {x: x, y: {field: 'share_of_articles', type: 'quantitative', axis: {format: '%'},
              title: 'share of the period\'s articles'}, color: colour, tooltip: tooltip}},
          {width: 380, height: 240, mark: {type: 'line', point: {filled: true, size: 40}, strokeWidth: 2},
            encoding: {x: x, y: {field: 'mean_sentiment', type: 'quantitative', scale: {domain: [-1, 1]},
              title: 'mean sentiment toward it (−1 to +1)'}, color: colour, tooltip: tooltip}}
        ]
      }), wideTable('Share of articles · mean sentiment (n) per period', rows, 'period', 'period', 'name',
        series, function (r) {
          return percent(r.share_of_articles) + ' · ' + mean(r.mean_sentiment) + ' (' + r.scored_sentences + ')';
        }), true));
    })();

    (function countryEvidence() {
      add(text('h3', 'The sentences behind the extremes', {id: 'sentences'}));
      add(howToRead(['for each of the most mentioned countries, the sentence most negative and the ' +
        'one most positive toward it (the mean over its mentions of the country in that sentence), ' +
        'with the words that name the country and the article. Every mention is in ',
        csvLink('mentions.csv'), ', every sentence in ', csvLink('sentences.csv'), '.']));
      function sentenceCell(s) {
        return el('div', {class: 'sentence quote'}, [s.text || '',
          text('small', 'sentiment ' + mean(s.sentiment) + ' toward “' + s.mentions + '” · ' +
            (s.title ? s.title + ' ' : '') + '(' + s.article + ', sentence ' + s.sentence + ')')]);
      }
      evidenceTable('Sentences as evidence', data.countryEvidence, 'country', 'sentence', sentenceCell);
    })();
  }

  add(el('footer', {}, [
    paragraph(['Made by newsbeam from the CSV reports in this folder: ']
      .concat(data.files.reduce(function (parts, name, i) {
        return parts.concat(i > 0 ? [', '] : [], [csvLink(name)]);
      }, []), ['. The page shows the top rows; the CSV files have every row. Charts: Vega-Lite, Vega ' +
        'and vega-embed (BSD-3-Clause); map: Natural Earth through world-atlas (ISC). Colours: Vega\'s ' +
        'blue–orange scheme and the Okabe–Ito palette, readable with the common forms of colour ' +
        'blindness.']))
  ]));

  // The test waits for this attribute: every chart drawn, or the first error.
  Promise.all(drawing).then(function () {
    document.body.setAttribute('data-charts', 'drawn');
  }, function (error) {
    console.error('newsbeam: a chart could not be drawn: ' + error);
    add(text('p', 'A chart could not be drawn: ' + error, {class: 'error'}));
    document.body.setAttribute('data-charts', 'failed');
  });
})();
