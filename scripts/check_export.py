#!/usr/bin/env python3
"""Checks an exported citation network with an independent reader, NetworkX.

Reads the GraphML and the GEXF export of `gazette-kg export --subset citations` and the CSV that
`gazette-kg query --format csv scripts/export-citation-counts.rq` prints (columns nodes, edges),
and fails unless NetworkX finds in each file exactly that many nodes and edges, directed, with a
label on every node.

Usage: check_export.py GRAPHML GEXF COUNTS_CSV
"""
import csv
import sys

import networkx as nx


def expected_counts(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != 1:
        raise SystemExit(f"{path}: expected one row of counts, found {len(rows)}")
    return int(rows[0]["nodes"]), int(rows[0]["edges"])


def check(name, graph, nodes, edges):
    problems = []
    if graph.number_of_nodes() != nodes:
        problems.append(f"{graph.number_of_nodes()} nodes, SPARQL counts {nodes}")
    if graph.number_of_edges() != edges:
        problems.append(f"{graph.number_of_edges()} edges, SPARQL counts {edges}")
    if not graph.is_directed():
        problems.append("not directed")
    unlabelled = [n for n, data in graph.nodes(data=True) if not data.get("label")]
    if unlabelled:
        problems.append(f"{len(unlabelled)} node(s) without a label, e.g. {unlabelled[0]}")
    status = "ok" if not problems else "FAILED: " + "; ".join(problems)
    print(f"{name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges — {status}")
    return not problems


def main(argv):
    if len(argv) != 4:
        raise SystemExit(__doc__)
    graphml, gexf, counts = argv[1:]
    nodes, edges = expected_counts(counts)
    ok = check(graphml, nx.read_graphml(graphml), nodes, edges)
    ok = check(gexf, nx.read_gexf(gexf), nodes, edges) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
