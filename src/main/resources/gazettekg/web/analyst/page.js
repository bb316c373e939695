/*
 * gazette-kg analyst page: what the views share: the page's state, DOM helpers, links to the source view and
 * the graph, and the names and colours of policy levels.
 */

/** The page's state, also on window.gazetteKg for the browser test: the charts drawn and the graph. */
export const state = { charts: {}, cy: null };
window.gazetteKg = state;

export const $ = (id) => document.getElementById(id);

export const LEVELS = { national: '国家级', provincial: '省级', municipal: '市级', county: '县级', unknown: '未知' };
export const LEVEL_COLORS = { national: '#b71c1c', provincial: '#e65100', municipal: '#1565c0', county: '#2e7d32', unknown: '#9e9e9e' };

export function el(tag, attrs, ...children) {
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

export function setStatus(id, message, isError) {
  const s = $(id);
  s.textContent = message || '';
  s.classList.toggle('error', !!isError);
}

export function sourceLink(params, text) {
  return el('a', { href: '/source?' + new URLSearchParams(params), target: '_blank', text: text || '原文' });
}

export function graphLink(iri, text) {
  return el('a', { href: '#graph?doc=' + encodeURIComponent(iri), text: text || shortIri(iri), class: 'iri' });
}

export function shortIri(iri) {
  const i = Math.max(iri.lastIndexOf('/id/'), -1);
  try {
    return decodeURIComponent(i >= 0 ? iri.slice(i + 4) : iri);
  } catch (e) {
    return iri;
  }
}

export function truncate(s, n) {
  return s && s.length > n ? s.slice(0, n - 1) + '…' : s;
}
