/*
 * gazette-kg analyst page: full-text search (jena-text) over titles or whole documents, each hit with its
 * line and a link to the source view.
 */

import { PREFIXES, select, literal } from './sparql.js';
import { $, el, setStatus, sourceLink, graphLink } from './page.js';

export async function show(params) {
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

export async function search() {
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
