/*
 * gazette-kg analyst page: the named queries of queries/ and the query editor: a result table with paging,
 * CSV and TSV downloads; a CONSTRUCT or DESCRIBE goes to the graph view.
 */

import { ENDPOINT, sparql, namedQueries, namedQuery } from './sparql.js';
import { $, el, setStatus, sourceLink, graphLink } from './page.js';
import { drawConstruct } from './graph.js';

let loaded = false;

export async function show(params) {
  if (!loaded) {
    loaded = true;
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

export async function runEditor() {
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

// A paged query (every named query that lists what grows with the store: docs/queries.md) ends with
// LIMIT n OFFSET m: the server sends one page, and the pager rewrites OFFSET and runs the query again.
// A page-numbered query (01, 08, 09: it reads a page-ordered view, docs/views.md "Pages") ends with LIMIT n and
// reads `view:page k` (outside a comment): the pager rewrites the page number k instead.
const PAGE = /\bLIMIT\s+(\d+)\s+OFFSET\s+(\d+)\s*$/i;
const PAGE_NUMBER = /^([^#\n]*\bview:page\s+)(\d+)\b/m;
const LAST_LIMIT = /\bLIMIT\s+(\d+)\s*$/i;

function pageOf(query) {
  const m = PAGE.exec(query);
  if (m) return { limit: Number(m[1]), offset: Number(m[2]) };
  const n = PAGE_NUMBER.exec(query);
  const l = LAST_LIMIT.exec(query);
  return n && l ? { limit: Number(l[1]), offset: Number(n[2]) * Number(l[1]), numbered: true } : null;
}

function pager(page, rows) {
  const go = (offset) => {
    const text = $('query-text').value;
    $('query-text').value = page.numbered
      ? text.replace(PAGE_NUMBER, (all, head) => `${head}${Math.floor(offset / page.limit)}`)
      : text.replace(PAGE, `LIMIT ${page.limit} OFFSET ${offset}`);
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
