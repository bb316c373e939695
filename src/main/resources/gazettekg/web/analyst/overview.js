/*
 * gazette-kg analyst page: the overview: figures and charts (ECharts) read from the load-time views
 * (queries/views/overview.rq, document_facts.rq, policy_facts.rq) and from queries 01 and 02.
 */

import { PREFIXES, select, namedQuery } from './sparql.js';
import { $, state, el, shortIri, truncate, LEVELS, LEVEL_COLORS } from './page.js';

let loaded = false;

export async function show() {
  if (loaded) {
    Object.values(state.charts).forEach((c) => c.resize());
    return;
  }
  loaded = true;
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

/** Query 01 pages: the chart draws its first page (cities in code-point order); the queries tab pages on. */
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
