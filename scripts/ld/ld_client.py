#!/usr/bin/python3
"""A Linked Data client independent of the server's code: Debian's python3-rdflib, used as any
consumer would. Prints a JSON answer on standard output.

  ld_client.py sparql ENDPOINT QUERY     rdflib's SPARQLStore over the endpoint: the query's rows
  ld_client.py deref URL FORMAT IRI      Graph().parse() of a dereferenced IRI (turtle or json-ld):
                                         the IRI's (predicate, object) pairs, blank objects left out
  ld_client.py void URL                  Graph().parse() of the VoID description: its figures
"""
import json
import sys

from rdflib import BNode, Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore

VOID = "http://rdfs.org/ns/void#"


def sparql(endpoint, query):
    store = SPARQLStore(endpoint, returnFormat="json")
    rows = []
    for row in store.query(query):
        rows.append({str(k): str(v) for k, v in row.asdict().items()})
    return rows


def deref(url, fmt, iri):
    g = Graph()
    g.parse(url, format=fmt)
    return sorted([str(p), str(o)] for p, o in g.predicate_objects(URIRef(iri)) if not isinstance(o, BNode))


def void(url):
    g = Graph()
    g.parse(url, format="turtle")
    answer = {}
    for name in ("triples", "entities", "classes", "properties"):
        answer[name] = [int(o) for s, o in g.subject_objects(URIRef(VOID + name))
                        if (s, URIRef(VOID + "subset"), None) in g]
    answer["subsets"] = len(set(g.objects(None, URIRef(VOID + "subset"))))
    answer["parsed"] = len(g)
    return answer


def main(args):
    if len(args) >= 3 and args[0] == "sparql":
        out = sparql(args[1], args[2])
    elif len(args) >= 4 and args[0] == "deref":
        out = deref(args[1], args[2], args[3])
    elif len(args) >= 2 and args[0] == "void":
        out = void(args[1])
    else:
        sys.exit(__doc__)
    json.dump(out, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
