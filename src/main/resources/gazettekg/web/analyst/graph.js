/*
 * gazette-kg analyst page: the graph view (Cytoscape.js): a document's or policy's neighbourhood, grown by
 * double-click, or any CONSTRUCT result; a node's facts, its source lines and exports.
 */

import { NS, PREFIXES, sparql, select, literal, iriRef, canonicalNumber } from './sparql.js';
import { $, state, el, setStatus, sourceLink, shortIri, truncate, LEVEL_COLORS } from './page.js';

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

let loaded = false;

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

export async function show(params) {
  if (!loaded) {
    loaded = true;
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

export async function resolveDocument(input) {
  const s = input.trim();
  if (/^https?:\/\//.test(s)) return s;
  const rows = await select(PREFIXES + `SELECT ?d { ?d eli:id_local ${literal(await canonicalNumber(s))} } LIMIT 1`);
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

export async function drawConstruct(query) {
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
