/*
 * gazette-kg analyst page: overview charts (ECharts), the example queries of queries/ with a
 * result table, full-text search (jena-text), and a graph view (Cytoscape.js) of a document's
 * neighbourhood or of any CONSTRUCT result. Everything goes through the SPARQL endpoint of the
 * same server; nothing is fetched from anywhere else.
 */
'use strict';

(function () {
  const ENDPOINT = '/gazette/sparql';
  const NS = {
    gkg: 'https://w3id.org/gazette-kg/ontology#',
    eli: 'http://data.europa.eu/eli/ontology#',
    dct: 'http://purl.org/dc/terms/',
    skos: 'http://www.w3.org/2004/02/skos/core#',
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    text: 'http://jena.apache.org/text#',
  };
  const PREFIXES = Object.entries(NS).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join('\n') + '\n';
  const LEVELS = { national: '国家级', provincial: '省级', municipal: '市级', county: '县级', unknown: '未知' };
  const LEVEL_COLORS = { national: '#b71c1c', provincial: '#e65100', municipal: '#1565c0', county: '#2e7d32', unknown: '#9e9e9e' };
  const TYPES = [
    ['Document', '公文 Document', '#c0392b'],
    ['Policy', '政策 Policy', '#e67e22'],
    ['IssuingBody', '发文机关 Issuing body', '#2980b9'],
    ['Gazette', '公报 Gazette', '#16a085'],
    ['AdministrativeDivision', '行政区划 Division', '#8e44ad'],
    ['GazetteIssue', '期 Issue', '#7f8c8d'],
  ];
  const EDGE_LABELS = {
    [NS.eli + 'cites']: '引用', [NS.eli + 'based_on']: '依据', [NS.eli + 'repeals']: '废止',
    [NS.eli + 'amends']: '修订', [NS.eli + 'passed_by']: '发文机关', [NS.gkg + 'issue']: '所属期',
    [NS.gkg + 'gazette']: '公报', [NS.gkg + 'names']: '提及区划', [NS.gkg + 'citedPolicy']: '被引政策',
    [NS.gkg + 'citation']: '引用', [NS.gkg + 'mention']: '提及', [NS.gkg + 'mentionedDivision']: '区划',
    [NS.gkg + 'sourceFile']: '来源', [NS.gkg + 'announces']: '目录', [NS.gkg + 'parentDivision']: '上级区划',
  };
  /** Predicates whose IRI objects colour a node instead of being drawn as nodes. */
  const FOLDED = new Set([NS.rdf + 'type', NS.gkg + 'level', NS.skos + 'inScheme', NS.gkg + 'divisionLevel',
    NS.eli + 'type_document', NS.gkg + 'changeType', NS.gkg + 'relation']);
  const LABEL_PREDICATES = [NS.eli + 'id_local', NS.rdfs + 'label', NS.eli + 'title', NS.dct + 'title',
    NS.skos + 'prefLabel', NS.gkg + 'city', NS.gkg + 'mentionedName'];

  const $ = (id) => document.getElementById(id);
  const state = { queries: null, charts: {}, cy: null, loaded: {} };
  window.gazetteKg = state;

  // ---------------------------------------------------------------- SPARQL

  async function sparql(query, accept) {
    const resp = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
        Accept: accept || 'application/sparql-results+json',
      },
      body: new URLSearchParams({ query }),
    });
    if (!resp.ok) {
      throw new Error(`HTTP ${resp.status}: ${(await resp.text()).slice(0, 800)}`);
    }
    return resp.json();
  }

  async function select(query) {
    const json = await sparql(query);
    return json.results.bindings.map((b) => {
      const row = {};
      Object.keys(b).forEach((k) => { row[k] = b[k].value; });
      return row;
    });
  }

  function literal(s) {
    return '"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
  }

  function iriRef(iri) {
    return '<' + iri.replace(/[<>"{}|^`\\\s]/g, '') + '>';
  }

  async function namedQueries() {
    if (!state.queries) {
      const resp = await fetch('api/queries');
      if (!resp.ok) throw new Error(`HTTP ${resp.status} for the query list`);
      state.queries = await resp.json();
    }
    return state.queries;
  }

  async function namedQuery(name) {
    const q = (await namedQueries()).find((x) => x.name === name);
    if (!q) throw new Error('no query ' + name);
    return q;
  }

  // ---------------------------------------------------------------- helpers

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === undefined || v === null) return;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    });
    children.flat().forEach((c) => { if (c !== null && c !== undefined) e.append(c); });
    return e;
  }

  function setStatus(id, message, isError) {
    const s = $(id);
    s.textContent = message || '';
    s.classList.toggle('error', !!isError);
  }

  function sourceLink(params, text) {
    return el('a', { href: '/source?' + new URLSearchParams(params), target: '_blank', text: text || '原文' });
  }

  function graphLink(iri, text) {
    return el('a', { href: '#graph?doc=' + encodeURIComponent(iri), text: text || shortIri(iri), class: 'iri' });
  }

  function shortIri(iri) {
    const i = Math.max(iri.lastIndexOf('/id/'), -1);
    try {
      return decodeURIComponent(i >= 0 ? iri.slice(i + 4) : iri);
    } catch (e) {
      return iri;
    }
  }

  function truncate(s, n) {
    return s && s.length > n ? s.slice(0, n - 1) + '…' : s;
  }

  // ---------------------------------------------------------------- tabs

  function route() {
    const hash = location.hash.replace(/^#/, '') || 'overview';
    const [tab, query] = hash.split('?');
    const params = new URLSearchParams(query || '');
    document.querySelectorAll('.tab').forEach((t) => t.classList.toggle('active', t.id === 'tab-' + tab));
    document.querySelectorAll('#tabs a[data-tab]').forEach((a) => a.classList.toggle('active', a.dataset.tab === tab));
    const show = { overview: showOverview, queries: showQueries, search: showSearch, graph: showGraph }[tab];
    if (show) show(params).catch((e) => console.error(e));
  }

  // ---------------------------------------------------------------- overview

  async function showOverview() {
    if (state.loaded.overview) {
      Object.values(state.charts).forEach((c) => c.resize());
      return;
    }
    state.loaded.overview = true;
    await Promise.all([drawFigures(), drawCityYear(), drawPolicies(), drawLevels()]);
  }

  /** The overview's figures, counted at load time: the store view queries/views/overview.rq. */
  async function drawFigures() {
    const rows = await select(PREFIXES + `PREFIX view: <https://w3id.org/gazette-kg/view#>
    SELECT ?documents ?gazettes ?issues ?citations ?policies ?divisions {
      GRAPH <https://w3id.org/gazette-kg/derived/views/overview> {
        ?o view:documentCount ?documents ; view:gazetteCount ?gazettes ; view:issueCount ?issues ;
           view:citationCount ?citations ; view:citedPolicyCount ?policies ; view:divisionCount ?divisions .
      }
    }`);
    const r = rows[0] || {};
    const names = [['documents', '公文 documents'], ['gazettes', '公报 gazettes'], ['issues', '期 issues'],
      ['citations', '引用 citations'], ['policies', '被引政策 cited policies'], ['divisions', '区划 divisions named']];
    $('figures').replaceChildren(...names.map(([k, label]) =>
      el('div', { class: 'figure', 'data-figure': k }, el('b', { text: r[k] || '0' }), label)));
  }

  function chart(id) {
    const c = echarts.init($(id));
    state.charts[id] = c;
    return c;
  }

  function rendered(id, points) {
    $(id).setAttribute('data-rendered', String(points));
  }

  async function drawCityYear() {
    const rows = await select((await namedQuery('01_documents_per_city_year')).text);
    const years = [...new Set(rows.map((r) => r.year))].sort();
    const cities = [...new Set(rows.map((r) => r.city))].sort();
    const series = cities.map((city) => ({
      name: city, type: 'bar', barMaxWidth: 40, label: { show: true, position: 'top' },
      data: years.map((y) => {
        const row = rows.find((r) => r.city === city && r.year === y);
        return row ? Number(row.documents) : 0;
      }),
    }));
    chart('chart-city-year').setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: cities },
      grid: { left: 40, right: 20, bottom: 30, top: 40 },
      xAxis: { type: 'category', data: years.map((y) => (y === 'unknown' ? '未知' : y + '年')) },
      yAxis: { type: 'value', name: '公文数', minInterval: 1 },
      series,
    });
    rendered('chart-city-year', rows.length);
  }

  /** Query 02 lists a policy once per title variant: one bar per policy, its largest count. */
  function policiesOf(rows) {
    const byPolicy = new Map();
    rows.forEach((r) => {
      const n = Number(r.citing_documents);
      const known = byPolicy.get(r.policy);
      if (!known || n > known.citing) {
        byPolicy.set(r.policy, {
          iri: r.policy, number: r.number, title: r.title, level: r.level || 'unknown',
          citing: n, cities: Number(r.cities || 0),
        });
      }
    });
    return [...byPolicy.values()].sort((a, b) => b.citing - a.citing);
  }

  async function drawPolicies() {
    const top = policiesOf(await select((await namedQuery('02_most_cited_policies')).text)).slice(0, 20).reverse();
    const levels = Object.keys(LEVELS).filter((l) => top.some((p) => p.level === l));
    const c = chart('chart-policies');
    c.setOption({
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const policy = top[p.dataIndex];
          return `${policy.number || ''} ${policy.title ? '《' + policy.title + '》' : ''}<br>`
            + `${LEVELS[policy.level]} · 被 ${policy.citing} 件公文引用 · ${policy.cities} 个市`;
        },
      },
      legend: { data: levels.map((l) => LEVELS[l]) },
      grid: { left: 10, right: 30, bottom: 20, top: 30, containLabel: true },
      xAxis: { type: 'value', name: '引用公文数 citing documents', nameLocation: 'middle', nameGap: 24, minInterval: 1 },
      yAxis: {
        type: 'category',
        data: top.map((p) => truncate(p.number || p.title || shortIri(p.iri), 22)),
        axisLabel: { fontSize: 11 },
      },
      series: levels.map((l) => ({
        name: LEVELS[l], type: 'bar', stack: 'level', itemStyle: { color: LEVEL_COLORS[l] },
        data: top.map((p) => (p.level === l ? p.citing : '-')),
      })),
    });
    c.on('click', (p) => { location.hash = '#graph?doc=' + encodeURIComponent(top[p.dataIndex].iri); });
    rendered('chart-policies', top.length);
  }

  async function drawLevels() {
    // Read in the file views (queries/views/document_facts.rq, policy_facts.rq), not the sources.
    const rows = await select(PREFIXES + `PREFIX view: <https://w3id.org/gazette-kg/view#>
    SELECT ?level (COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?p) AS ?policies) {
      ?doc view:isDocument true ; view:cites ?p .
      OPTIONAL { ?p view:level ?l }
      BIND(COALESCE(?l, "unknown") AS ?level)
    } GROUP BY ?level ORDER BY DESC(?documents)`);
    chart('chart-levels').setOption({
      tooltip: { trigger: 'item', formatter: (p) => `${p.name}: ${p.value} 件公文引用 (${p.data.policies} 项政策)` },
      legend: { bottom: 0 },
      series: [{
        type: 'pie', radius: ['35%', '70%'], label: { formatter: '{b}\n{c} 件' },
        data: rows.map((r) => ({
          name: LEVELS[r.level] || r.level, value: Number(r.documents), policies: r.policies,
          itemStyle: { color: LEVEL_COLORS[r.level] },
        })),
      }],
    });
    rendered('chart-levels', rows.length);
  }

  // ---------------------------------------------------------------- example queries

  async function showQueries(params) {
    if (!state.loaded.queries) {
      state.loaded.queries = true;
      const list = $('query-list');
      try {
        const queries = await namedQueries();
        list.replaceChildren(...queries.map((q) => el('li', { 'data-query': q.name },
          el('div', { class: 'q-name', text: q.name }),
          el('div', { class: 'q-summary', text: q.summary }),
          el('button', { type: 'button', class: 'run-query', 'data-query': q.name, onclick: () => runNamed(q.name), text: '▶ 运行 Run' }))));
      } catch (e) {
        list.replaceChildren(el('li', { class: 'error', text: String(e) }));
      }
    }
    if (params.get('run')) runNamed(params.get('run'));
  }

  async function runNamed(name) {
    const q = await namedQuery(name);
    document.querySelectorAll('#query-list li').forEach((li) => li.classList.toggle('current', li.dataset.query === name));
    $('query-name').textContent = q.name;
    $('query-summary').textContent = q.summary;
    $('query-text').value = q.text;
    await runEditor();
  }

  async function runEditor() {
    const query = $('query-text').value;
    setStatus('query-status', '运行中 Running…');
    $('results').replaceChildren();
    const started = performance.now();
    try {
      if (/^\s*(CONSTRUCT|DESCRIBE)\b/im.test(stripPrologue(query))) {
        $('graph-query').value = query;
        location.hash = '#graph';
        await drawConstruct(query);
        setStatus('query-status', '');
        return;
      }
      const json = await sparql(query);
      const table = json.boolean !== undefined ? askTable(json.boolean) : resultTable(json);
      const n = json.results ? json.results.bindings.length : 1;
      const page = pageOf(query);
      $('results').replaceChildren(...(page ? [pager(page, n), table, pager(page, n)] : [table]));
      const rows = page && n > 0 ? `${page.offset + 1}–${page.offset + n}` : `${n}`;
      setStatus('query-status', `${rows} 行 rows · ${Math.round(performance.now() - started)} ms`);
      updateDownloads(query);
    } catch (e) {
      setStatus('query-status', String(e.message || e), true);
    }
  }

  // A paged query (04, 07, 11) ends with LIMIT n OFFSET m: the pager rewrites OFFSET and runs it again.
  const PAGE = /\bLIMIT\s+(\d+)\s+OFFSET\s+(\d+)\s*$/i;

  function pageOf(query) {
    const m = PAGE.exec(query);
    return m ? { limit: Number(m[1]), offset: Number(m[2]) } : null;
  }

  function pager(page, rows) {
    const go = (offset) => {
      $('query-text').value = $('query-text').value.replace(PAGE, `LIMIT ${page.limit} OFFSET ${offset}`);
      runEditor();
    };
    return el('div', { class: 'pager' },
      el('button', { type: 'button', class: 'page-previous', disabled: page.offset === 0 ? '' : null,
        onclick: () => go(Math.max(0, page.offset - page.limit)), text: '◀ 上一页 Previous' }),
      el('button', { type: 'button', class: 'page-next', disabled: rows < page.limit ? '' : null,
        onclick: () => go(page.offset + page.limit), text: '下一页 Next ▶' }));
  }

  function stripPrologue(query) {
    return query.replace(/^\s*(#.*|PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*$/gim, '');
  }

  function updateDownloads(query) {
    ['csv', 'tsv'].forEach((f) => {
      $('download-' + f).href = ENDPOINT + '?' + new URLSearchParams({ query, format: f });
    });
  }

  function askTable(answer) {
    return el('table', { class: 'rows' }, el('tbody', {}, el('tr', {}, el('td', { text: answer ? 'true' : 'false' }))));
  }

  const NUMBER_COLUMNS = /^(doc_number|number|citing_doc_number|cited_doc_number|cited_number)$/;

  function resultTable(json) {
    const vars = json.head.vars;
    const head = el('thead', {}, el('tr', {}, vars.map((v) => el('th', { text: v }))));
    const body = el('tbody', {}, json.results.bindings.map((b) => el('tr', {}, vars.map((v) => cell(v, b[v], b)))));
    return el('table', { class: 'rows' }, head, body);
  }

  function cell(name, term, row) {
    if (!term) return el('td', {});
    if (term.type === 'uri') {
      return el('td', {}, graphLink(term.value), ' ', hasSourceView(term.value) ? sourceLink({ doc: term.value }) : null);
    }
    const numeric = term.datatype && /#(integer|decimal|double|int|long)$/.test(term.datatype);
    if (NUMBER_COLUMNS.test(name) && term.value.includes('号')) {
      const params = { number: term.value };
      if (row.line && !name.startsWith('cited')) params.line = row.line.value;
      return el('td', {}, sourceLink(params, term.value));
    }
    return el('td', { class: numeric ? 'num' : null, text: term.value });
  }

  /** Documents show their lines; policies only cited show the lines that cite them. */
  function hasSourceView(iri) {
    return /^https:\/\/w3id\.org\/gazette-kg\/id\/(doc|policy)\//.test(iri);
  }

  // ---------------------------------------------------------------- search

  async function showSearch(params) {
    if (params.get('q') && params.get('q') !== $('search-input').value) {
      $('search-input').value = params.get('q');
      await search();
    }
    $('search-input').focus();
  }

  function searchWords(q) {
    return q.split(/\s+/).map((w) => w.replace(/^[+\-(]+|[)*?~^\d.]+$/g, '').replace(/"/g, ''))
      .filter((w) => w && !['AND', 'OR', 'NOT'].includes(w));
  }

  async function search() {
    const q = $('search-input').value.trim();
    if (!q) return;
    const field = $('search-field').value;
    const property = field === 'title' ? 'eli:title' : 'gkg:fullText';
    setStatus('search-status', '检索中 Searching…');
    try {
      const rows = await select(PREFIXES + `SELECT ?doc ?score ?number ?title ?date ?city ?start ?text WHERE {
        { SELECT ?doc (MAX(?s) AS ?score) { (?doc ?s) text:query (${property} ${literal(q)} 500) } GROUP BY ?doc }
        ?doc a gkg:Document ; eli:title ?title ; gkg:startLine ?start ; gkg:fullText ?text .
        OPTIONAL { ?doc eli:id_local ?number }
        OPTIONAL { ?doc eli:date_document ?date }
        OPTIONAL { ?doc gkg:gazette/gkg:city/rdfs:label ?city }
      } ORDER BY DESC(?score) ?number`);
      renderSearch(rows, searchWords(q));
      setStatus('search-status', `${rows.length} 件公文 documents`);
    } catch (e) {
      setStatus('search-status', String(e.message || e), true);
    }
  }

  function renderSearch(rows, words) {
    const head = el('thead', {}, el('tr', {}, ['#', '文号', '标题', '城市', '成文日期', '命中 Match', ''].map((h) => el('th', { text: h }))));
    const body = el('tbody', {}, rows.map((r, i) => {
      const hit = firstHit(r.text, Number(r.start), words);
      const params = { doc: r.doc };
      if (hit) { params.line = hit.line; params.hl = hit.word; }
      return el('tr', { 'data-doc': r.doc },
        el('td', { class: 'num', text: String(i + 1) }),
        el('td', { text: r.number || '' }),
        el('td', {}, sourceLink(params, r.title)),
        el('td', { text: r.city || '' }),
        el('td', { text: r.date || '' }),
        el('td', { class: 'snippet' }, hit ? snippet(hit) : ''),
        el('td', {}, graphLink(r.doc, '图谱')));
    }));
    $('search-results').replaceChildren(el('table', { class: 'rows' }, head, body));
  }

  /** The first line with one of the words (a word may wrap onto the next line). */
  function firstHit(text, start, words) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const joined = lines[i] + (lines[i + 1] || '');
      for (const w of words) {
        const at = joined.indexOf(w);
        if (at >= 0 && at < lines[i].length) return { line: start + i, text: joined, at, word: w };
      }
    }
    return null;
  }

  function snippet(hit) {
    const from = Math.max(0, hit.at - 30);
    const to = Math.min(hit.text.length, hit.at + hit.word.length + 30);
    return el('span', {}, `第${hit.line}行 ` + (from > 0 ? '…' : '') + hit.text.slice(from, hit.at),
      el('mark', { text: hit.word }), hit.text.slice(hit.at + hit.word.length, to) + (to < hit.text.length ? '…' : ''));
  }

  // ---------------------------------------------------------------- graph

  const NEIGHBOURHOOD = (iri) => PREFIXES + `CONSTRUCT {
  ?x a ?xtype ; eli:id_local ?xnum ; eli:title ?xtitle ; dct:title ?xdtitle ; rdfs:label ?xlabel ;
     eli:date_document ?xdate ; gkg:level ?xlevel . ?xlevel skos:notation ?xlevelN .
  ?x eli:passed_by ?body . ?body rdfs:label ?bodyLabel ; a gkg:IssuingBody .
  ?x gkg:gazette ?gz . ?gz rdfs:label ?gzLabel ; a gkg:Gazette .
  ?x eli:cites ?p . ?p a ?pType ; eli:id_local ?pNum ; dct:title ?pTitle ; gkg:level ?pLevel . ?pLevel skos:notation ?pLevelN .
  ?citing eli:cites ?x . ?citing a gkg:Document ; eli:id_local ?cNum ; eli:title ?cTitle .
  ?x gkg:names ?div . ?div a gkg:AdministrativeDivision ; rdfs:label ?divLabel .
} WHERE {
  VALUES ?x { ${iriRef(iri)} }
  { ?x a ?xtype .
    OPTIONAL { ?x eli:id_local ?xnum } OPTIONAL { ?x eli:title ?xtitle } OPTIONAL { ?x dct:title ?xdtitle }
    OPTIONAL { ?x rdfs:label ?xlabel } OPTIONAL { ?x eli:date_document ?xdate }
    OPTIONAL { ?x gkg:level ?xlevel . ?xlevel skos:notation ?xlevelN } }
  UNION { ?x eli:passed_by ?body . OPTIONAL { ?body rdfs:label ?bodyLabel } }
  UNION { ?x gkg:gazette ?gz . OPTIONAL { ?gz rdfs:label ?gzLabel } }
  UNION { ?x eli:cites ?p . ?p a ?pType .
          OPTIONAL { ?p eli:id_local ?pNum } OPTIONAL { ?p eli:title|dct:title ?pTitle }
          OPTIONAL { ?p gkg:level ?pLevel . ?pLevel skos:notation ?pLevelN } }
  UNION { ?citing eli:cites ?x . OPTIONAL { ?citing eli:id_local ?cNum } OPTIONAL { ?citing eli:title ?cTitle } }
  UNION { ?x gkg:names ?div . OPTIONAL { ?div rdfs:label ?divLabel } }
}`;

  const EXAMPLE_CONSTRUCT = PREFIXES + `# 被不止一个市引用的省级政策：市 — 公文 — 政策
# Provincial policies cited by documents of more than one city: gazette — document — policy
CONSTRUCT {
  ?doc eli:cites ?policy ; gkg:gazette ?g ; a gkg:Document ; eli:id_local ?dn ; eli:title ?dt .
  ?g a gkg:Gazette ; rdfs:label ?gl ; gkg:city ?city . ?city rdfs:label ?cityName .
  ?policy a gkg:Policy ; eli:id_local ?pn ; dct:title ?pt .
} WHERE {
  { SELECT ?policy { ?policy gkg:level/skos:notation "provincial" . ?d eli:cites ?policy ; gkg:gazette/gkg:city ?c . }
    GROUP BY ?policy HAVING (COUNT(DISTINCT ?c) > 1) }
  ?doc eli:cites ?policy ; gkg:gazette ?g . ?g gkg:city ?city .
  OPTIONAL { ?g rdfs:label ?gl } OPTIONAL { ?city rdfs:label ?cityName }
  OPTIONAL { ?doc eli:id_local ?dn } OPTIONAL { ?doc eli:title ?dt }
  OPTIONAL { ?policy eli:id_local ?pn } OPTIONAL { ?policy eli:title|dct:title ?pt }
}`;

  async function showGraph(params) {
    if (!state.loaded.graph) {
      state.loaded.graph = true;
      $('graph-query').value = EXAMPLE_CONSTRUCT;
      $('graph-legend').replaceChildren(...TYPES.map(([, label, color]) => el('span', { style: '--c:' + color, text: label })));
    }
    const doc = params.get('doc');
    if (doc) {
      $('graph-doc').value = doc;
      await drawNeighbourhood(doc, false);
    } else if (!state.cy) {
      const rows = await select(PREFIXES + `SELECT ?d (COUNT(DISTINCT ?p) AS ?n) { ?d a gkg:Document ; eli:cites ?p }
        GROUP BY ?d ORDER BY DESC(?n) LIMIT 1`);
      if (rows.length) {
        $('graph-doc').value = rows[0].d;
        await drawNeighbourhood(rows[0].d, false);
      }
    } else {
      state.cy.resize();
    }
  }

  /** 文号 as printed ([], (), 【】, spaces) to its canonical 〔〕 form; an IRI as it is. */
  function canonicalNumber(s) {
    return s.replace(/\s+/g, '').replace(/[[(（【［]/g, '〔').replace(/[\])）】］]/g, '〕');
  }

  async function resolveDocument(input) {
    const s = input.trim();
    if (/^https?:\/\//.test(s)) return s;
    const rows = await select(PREFIXES + `SELECT ?d { ?d eli:id_local ${literal(canonicalNumber(s))} } LIMIT 1`);
    if (!rows.length) throw new Error('没有找到 No document or policy with 文号 ' + s);
    return rows[0].d;
  }

  async function drawNeighbourhood(iri, merge) {
    setStatus('graph-status', '加载中 Loading…');
    try {
      const rdf = await sparql(NEIGHBOURHOOD(iri), 'application/rdf+json');
      draw(rdf, merge, iri);
      setStatus('graph-status', `${state.cy.nodes().length} 个节点 nodes · ${state.cy.edges().length} 条边 edges`);
    } catch (e) {
      setStatus('graph-status', String(e.message || e), true);
    }
  }

  async function drawConstruct(query) {
    setStatus('graph-status', '加载中 Loading…');
    try {
      draw(await sparql(query, 'application/rdf+json'), false, null);
      setStatus('graph-status', `${state.cy.nodes().length} 个节点 nodes · ${state.cy.edges().length} 条边 edges`);
    } catch (e) {
      setStatus('graph-status', String(e.message || e), true);
    }
  }

  /** RDF/JSON (subject → predicate → objects) to Cytoscape elements. */
  function elementsOf(rdf, centre) {
    const props = new Map();
    const edges = [];
    const propsOf = (id) => {
      if (!props.has(id)) props.set(id, {});
      return props.get(id);
    };
    Object.entries(rdf).forEach(([s, preds]) => {
      Object.entries(preds).forEach(([p, objects]) => {
        objects.forEach((o) => {
          if (o.type === 'literal' || FOLDED.has(p)) {
            const values = propsOf(s)[p] || (propsOf(s)[p] = []);
            if (!values.includes(o.value)) values.push(o.value);
          } else {
            propsOf(s);
            propsOf(o.value);
            edges.push({ data: { id: s + ' ' + p + ' ' + o.value, source: s, target: o.value, label: EDGE_LABELS[p] || localName(p) } });
          }
        });
      });
    });
    if (centre) propsOf(centre);
    const notation = (iri) => ((rdf[iri] || {})[NS.skos + 'notation'] || [{}])[0].value;
    const linked = new Set(edges.flatMap((e) => [e.data.source, e.data.target]));
    const nodes = [...props.entries()]
      .filter(([id]) => linked.has(id) || id === centre || !isFoldedOnly(id, rdf))
      .map(([id, p]) => {
        const type = typeOf(p[NS.rdf + 'type'] || []);
        const level = (p[NS.gkg + 'level'] || []).map(notation).find(Boolean);
        return { data: { id, label: labelOf(id, p), type, color: colorOf(type), level, props: p, centre: id === centre } };
      });
    const ids = new Set(nodes.map((n) => n.data.id));
    return nodes.concat(edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target)));
  }

  /** Level concepts and the like are described only to colour other nodes. */
  function isFoldedOnly(id, rdf) {
    return Object.values(rdf).some((preds) => Object.entries(preds).some(([p, os]) => FOLDED.has(p) && os.some((o) => o.value === id)));
  }

  function typeOf(types) {
    const found = TYPES.find(([t]) => types.includes(NS.gkg + t));
    return found ? found[0] : 'Other';
  }

  function colorOf(type) {
    const found = TYPES.find(([t]) => t === type);
    return found ? found[2] : '#95a5a6';
  }

  function labelOf(id, p) {
    const number = (p[NS.eli + 'id_local'] || [])[0];
    const title = LABEL_PREDICATES.slice(1).map((k) => (p[k] || [])[0]).find(Boolean);
    return number || truncate(title || shortIri(id), 14);
  }

  function localName(iri) {
    return iri.replace(/^.*[#/]/, '');
  }

  function draw(rdf, merge, centre) {
    const elements = elementsOf(rdf, centre);
    if (!state.cy) {
      state.cy = cytoscape({
        container: $('graph'),
        wheelSensitivity: 0.3,
        style: [
          { selector: 'node', style: {
            'background-color': 'data(color)', label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap',
            'text-max-width': 140, 'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18,
            'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif' } },
          { selector: 'node[?centre]', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#222' } },
          { selector: 'node[level = "provincial"]', style: { 'border-width': 3, 'border-color': LEVEL_COLORS.provincial } },
          { selector: 'node[level = "national"]', style: { 'border-width': 3, 'border-color': LEVEL_COLORS.national } },
          { selector: 'node[level = "municipal"]', style: { 'border-width': 3, 'border-color': LEVEL_COLORS.municipal } },
          { selector: 'node[level = "county"]', style: { 'border-width': 3, 'border-color': LEVEL_COLORS.county } },
          { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
          { selector: 'edge', style: {
            width: 1.2, 'line-color': '#bbb', 'target-arrow-color': '#bbb', 'target-arrow-shape': 'triangle',
            'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#777', 'text-rotation': 'autorotate' } },
        ],
      });
      state.cy.on('tap', 'node', (e) => showNode(e.target));
      state.cy.on('dbltap', 'node', (e) => drawNeighbourhood(e.target.id(), true));
    }
    const cy = state.cy;
    cy.batch(() => {
      if (!merge) cy.elements().remove();
      else cy.nodes().forEach((n) => n.data('centre', false));
      elements.forEach((e) => {
        const existing = cy.getElementById(e.data.id);
        if (existing.nonempty()) existing.data(e.data);
        else cy.add(e);
      });
    });
    cy.layout(centre && !merge
      ? { name: 'concentric', animate: false, minNodeSpacing: 45, levelWidth: () => 1,
          concentric: (n) => (n.data('centre') ? 2 : 1) }
      : { name: 'cose', animate: false, nodeRepulsion: () => 20000, idealEdgeLength: () => 110, randomize: !merge }).run();
    $('graph').setAttribute('data-nodes', String(cy.nodes().length));
  }

  function showNode(node) {
    const d = node.data();
    const rows = Object.entries(d.props || {}).filter(([p]) => p !== NS.rdf + 'type')
      .map(([p, vs]) => [localName(p), vs.map((v) => truncate(v, 300)).join(' | ')]);
    const dl = el('dl', {}, el('dt', { text: '类型 type' }), el('dd', { text: d.type }),
      el('dt', { text: 'IRI' }), el('dd', { text: d.id }),
      rows.map(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]));
    const exportLink = (format, text) => el('a', {
      href: '/export?' + new URLSearchParams({ subset: 'neighbourhood', of: d.id, depth: '1', format }),
      target: '_blank', text });
    const links = el('p', {},
      d.type === 'Document' || d.type === 'Policy' ? sourceLink({ doc: d.id }, '原文 Source lines') : null, ' · ',
      el('a', { href: '#graph?doc=' + encodeURIComponent(d.id), text: '以此为中心 Centre here' }), el('br'),
      '导出邻域 Export: ', exportLink('graphml', 'GraphML'), ' ', exportLink('gexf', 'GEXF'), ' ',
      exportLink('cytoscape', 'Cytoscape.js'));
    const title = ((d.props || {})[NS.eli + 'title'] || (d.props || {})[NS.dct + 'title'] || [])[0];
    $('graph-info').replaceChildren(el('h3', { text: d.label }), title ? el('p', { text: title }) : null, dl, links);
  }

  // ---------------------------------------------------------------- wiring

  function wire() {
    $('run-query').addEventListener('click', runEditor);
    $('query-text').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) runEditor();
    });
    $('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      history.replaceState(null, '', '#search?' + new URLSearchParams({ q: $('search-input').value }));
      search();
    });
    $('graph-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        location.hash = '#graph?doc=' + encodeURIComponent(await resolveDocument($('graph-doc').value));
      } catch (err) {
        setStatus('graph-status', String(err.message || err), true);
      }
    });
    $('graph-construct-toggle').addEventListener('click', () => { $('graph-construct').hidden = !$('graph-construct').hidden; });
    $('graph-run').addEventListener('click', () => drawConstruct($('graph-query').value));
    window.addEventListener('hashchange', route);
    window.addEventListener('resize', () => Object.values(state.charts).forEach((c) => c.resize()));
  }

  wire();
  route();
}());
