/*
 * gazette-kg analyst page: the entry module. Four views, one module each: overview.js (charts),
 * queries.js (the named queries and the editor), search.js (full text), graph.js (Cytoscape.js).
 * Everything goes through the SPARQL endpoint of the same server.
 */

import { $, state, setStatus } from './page.js';
import * as overview from './overview.js';
import * as queries from './queries.js';
import * as search from './search.js';
import * as graph from './graph.js';

const VIEWS = { overview, queries, search, graph };

function route() {
  const hash = location.hash.replace(/^#/, '') || 'overview';
  const [tab, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  document.querySelectorAll('.tab').forEach((t) => t.classList.toggle('active', t.id === 'tab-' + tab));
  document.querySelectorAll('#tabs a[data-tab]').forEach((a) => a.classList.toggle('active', a.dataset.tab === tab));
  const view = VIEWS[tab];
  if (view) view.show(params).catch((e) => console.error(e));
}

function wire() {
  $('run-query').addEventListener('click', queries.runEditor);
  $('query-text').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) queries.runEditor();
  });
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    history.replaceState(null, '', '#search?' + new URLSearchParams({ q: $('search-input').value }));
    search.search();
  });
  $('graph-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      location.hash = '#graph?doc=' + encodeURIComponent(await graph.resolveDocument($('graph-doc').value));
    } catch (err) {
      setStatus('graph-status', String(err.message || err), true);
    }
  });
  $('graph-construct-toggle').addEventListener('click', () => { $('graph-construct').hidden = !$('graph-construct').hidden; });
  $('graph-run').addEventListener('click', () => graph.drawConstruct($('graph-query').value));
  window.addEventListener('hashchange', route);
  window.addEventListener('resize', () => Object.values(state.charts).forEach((c) => c.resize()));
}

wire();
route();
