package org.gazettekg.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.gazettekg.graph.GKG;
import org.gazettekg.parse.DocNumber;

import static org.gazettekg.export.LiteralAttributes.literalAttributes;

/** The neighbourhood subset: a document or policy and everything within a few steps of it, both ways. */
final class Neighbourhood {

    private final Extraction extraction;
    private final DatasetGraph dataset;

    Neighbourhood(Extraction extraction) {
        this.extraction = extraction;
        this.dataset = extraction.dataset();
    }

    ExportGraph extract(String of, int depth) {
        Node focus = resolveFocus(of);
        Graph union = dataset.getUnionGraph();
        Set<Node> reached = new LinkedHashSet<>();
        reached.add(focus);
        List<Node> frontier = List.of(focus);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            List<Node> next = new ArrayList<>();
            for (Node n : frontier) {
                for (Node m : neighbours(union, n)) {
                    if (reached.add(m)) {
                        next.add(m);
                    }
                }
            }
            frontier = next;
        }
        ExportGraph.Builder b = new ExportGraph.Builder(Subset.NEIGHBOURHOOD.id(), true);
        TripleCollector triples = new TripleCollector(dataset);
        for (Node n : reached) {
            b.node(n.getURI());
        }
        for (Node n : reached) {
            triples.describe(n);
            literalAttributes(sourceTriples(union, n, Node.ANY).toList(), b.node(n.getURI()));
            for (Triple t : sourceTriples(union, n, Node.ANY).toList()) {
                if (t.getObject().isURI() && !NodeDescriber.isType(t) && reached.contains(t.getObject())) {
                    b.edge(null, n.getURI(), t.getObject().getURI(),
                            Map.of(ExportGraph.RELATION, ExportPrefixes.relation(t.getPredicate().getURI())));
                    triples.add(t);
                }
            }
        }
        return extraction.finish(b, triples);
    }

    /** The IRIs linked to {@code n} by an object property either way (rdf:type and blank nodes left out). */
    private static Set<Node> neighbours(Graph union, Node n) {
        Set<Node> out = new LinkedHashSet<>();
        sourceTriples(union, n, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && !NodeDescriber.isType(t)) {
                out.add(t.getObject());
            }
        });
        sourceTriples(union, Node.ANY, n).forEachRemaining(t -> {
            if (t.getSubject().isURI() && !NodeDescriber.isType(t)) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    /**
     * The node {@code of} names: a 文号 in any printed form (the document, else the cited policy,
     * with that canonical number) or an IRI in the graph.
     */
    private Node resolveFocus(String of) {
        String text = of.strip();
        Graph union = dataset.getUnionGraph();
        if (text.contains("://")) {
            Node iri = NodeDescriber.uri(text.startsWith("<") && text.endsWith(">") ? text.substring(1, text.length() - 1) : text);
            if (union.contains(iri, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, iri)) {
                return iri;
            }
            throw new IllegalArgumentException("no resource <" + iri.getURI() + "> in the graph");
        }
        String number = DocNumber.parse(text).map(DocNumber::canonical).orElse(text);
        TreeSet<String> documents = new TreeSet<>();
        TreeSet<String> policies = new TreeSet<>();
        union.find(Node.ANY, GKG.eliIdLocal.asNode(), NodeFactory.createLiteralString(number))
                .forEachRemaining(t -> {
                    if (t.getSubject().isURI()) {
                        boolean doc = union.contains(t.getSubject(), RDF.type.asNode(), GKG.Document.asNode());
                        (doc ? documents : policies).add(t.getSubject().getURI());
                    }
                });
        if (!documents.isEmpty()) {
            return NodeDescriber.uri(documents.first());
        }
        if (!policies.isEmpty()) {
            return NodeDescriber.uri(policies.first());
        }
        throw new IllegalArgumentException("no document or policy with 文号 " + number + " in the graph");
    }


    /** The triples of the union about {@code s} or to {@code o}, but the load-time views' (derived data, not what a file says). */
    private static org.apache.jena.util.iterator.ExtendedIterator<Triple> sourceTriples(Graph union, Node s, Node o) {
        return union.find(s, Node.ANY, o).filterDrop(t -> t.getPredicate().isURI()
                && t.getPredicate().getURI().startsWith(org.gazettekg.store.View.NS));
    }
}
