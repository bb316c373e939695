/*
 * gazette-kg analyst page: the SPARQL endpoint of the same server, the named queries of queries/ and the
 * server's reading of a printed 文号. Nothing is fetched from anywhere else.
 */

export const ENDPOINT = '/gazette/sparql';
export const NS = {
  gkg: 'https://w3id.org/gazette-kg/ontology#',
  eli: 'http://data.europa.eu/eli/ontology#',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  text: 'http://jena.apache.org/text#',
};
export const PREFIXES = Object.entries(NS).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join('\n') + '\n';

export async function sparql(query, accept) {
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

export async function select(query) {
  const json = await sparql(query);
  return json.results.bindings.map((b) => {
    const row = {};
    Object.keys(b).forEach((k) => { row[k] = b[k].value; });
    return row;
  });
}

export function literal(s) {
  return '"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}

export function iriRef(iri) {
  return '<' + iri.replace(/[<>"{}|^`\\\s]/g, '') + '>';
}

let queryList = null;

export async function namedQueries() {
  if (!queryList) {
    const resp = await fetch('api/queries');
    if (!resp.ok) throw new Error(`HTTP ${resp.status} for the query list`);
    queryList = await resp.json();
  }
  return queryList;
}

export async function namedQuery(name) {
  const q = (await namedQueries()).find((x) => x.name === name);
  if (!q) throw new Error('no query ' + name);
  return q;
}

/** The canonical form of a printed 文号 ([], (), 【】, spaces, traditional characters), as the server's parser reads it. */
export async function canonicalNumber(printed) {
  const resp = await fetch('api/number?' + new URLSearchParams({ q: printed }));
  if (!resp.ok) throw new Error(`HTTP ${resp.status} for 文号 ${printed}`);
  return (await resp.json()).canonical;
}
