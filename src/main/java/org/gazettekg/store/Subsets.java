package org.gazettekg.store;

import static org.gazettekg.store.LoadStatistics.add;
import static org.gazettekg.store.LoadStatistics.integer;
import static org.gazettekg.store.LoadStatistics.uri;
import static org.gazettekg.store.LoadStatistics.voidTerm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.gazettekg.graph.GKG;
import org.gazettekg.graph.Iris;

/**
 * The VoID subsets, one per named graph, as they are written to and read back from the VoID
 * graph: a write of a few graphs rewrites their subsets alone, and the dataset's figures are
 * running totals from which a rewritten subset's old figures are taken off ({@link VoidTotals}).
 */
final class Subsets {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node NAME = uri("http://www.w3.org/ns/sparql-service-description#name");
    private static final Node DOCUMENT = GKG.Document.asNode();

    private Subsets() {
    }

    /** Writes the subset of {@code f} into {@code voidGraph}. */
    static void write(Graph voidGraph, LoadStatistics.Figures f) {
        List<Triple> out = new ArrayList<>();
        String base = LoadStatistics.subset(f.graph());
        Node sub = uri(base);
        add(out, sub, TYPE, voidTerm("Dataset"));
        add(out, sub, NAME, uri(f.graph()));
        String name = LoadStatistics.sourceName(f.graph());
        boolean gazetteer = org.gazettekg.graph.GazetteerRdfWriter.GRAPH.equals(f.graph());
        add(out, sub, DCTerms.title.asNode(), NodeFactory.createLiteralString(gazetteer ? "gazetteer" : name != null ? name : f.graph()));
        if (name != null) {
            add(out, sub, DCTerms.source.asNode(), uri(Iris.source(name)));
        }
        add(out, sub, voidTerm("triples"), integer(f.triples()));
        add(out, sub, voidTerm("entities"), integer(f.entities()));
        Node docs = uri(base + "-documents");
        add(out, sub, voidTerm("classPartition"), docs);
        add(out, docs, voidTerm("class"), DOCUMENT);
        add(out, docs, voidTerm("entities"), integer(f.classes().getOrDefault(DOCUMENT, 0L)));
        int[] n = {0};
        f.classes().entrySet().stream().filter(e -> !DOCUMENT.equals(e.getKey()))
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Node::getURI))).forEach(e -> {
                    Node part = uri(base + "-class-" + (++n[0]));
                    add(out, sub, voidTerm("classPartition"), part);
                    add(out, part, voidTerm("class"), e.getKey());
                    add(out, part, voidTerm("entities"), integer(e.getValue()));
                });
        n[0] = 0;
        f.properties().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Node::getURI))).forEach(e -> {
            Node part = uri(base + "-property-" + (++n[0]));
            add(out, sub, voidTerm("propertyPartition"), part);
            add(out, part, voidTerm("property"), e.getKey());
            add(out, part, voidTerm("triples"), integer(e.getValue()));
        });
        f.examples().forEach(e -> add(out, sub, voidTerm("exampleResource"), e));
        if (!f.range().isEmpty()) {
            Node period = uri(base + "-period");
            add(out, sub, DCTerms.temporal.asNode(), period);
            add(out, period, TYPE, DCTerms.PeriodOfTime.asNode());
            add(out, period, DCAT.startDate.asNode(), f.range().get(0));
            add(out, period, DCAT.endDate.asNode(), f.range().get(1));
        }
        out.forEach(voidGraph::add);
    }

    /** Removes the subset {@code sub} (with its partitions and period) from {@code voidGraph}. */
    static void delete(Graph voidGraph, Node sub) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(sub);
        for (String link : List.of("classPartition", "propertyPartition")) {
            voidGraph.find(sub, voidTerm(link), Node.ANY).forEachRemaining(t -> nodes.add(t.getObject()));
        }
        voidGraph.find(sub, DCTerms.temporal.asNode(), Node.ANY).forEachRemaining(t -> nodes.add(t.getObject()));
        nodes.forEach(n -> voidGraph.remove(n, Node.ANY, Node.ANY));
        voidGraph.remove(Node.ANY, voidTerm("subset"), sub);
    }

    /** The figures of the subset {@code sub} in {@code voidGraph}, or null when it has none. */
    static LoadStatistics.Figures find(Graph voidGraph, Node sub) {
        var names = voidGraph.find(sub, NAME, Node.ANY);
        return names.hasNext() ? figures(voidGraph, sub, names.next().getObject().getURI()) : null;
    }

    private static LoadStatistics.Figures figures(Graph g, Node sub, String graph) {
        Map<Node, Long> properties = new HashMap<>();
        g.find(sub, voidTerm("propertyPartition"), Node.ANY).forEachRemaining(t ->
                properties.put(one(g, t.getObject(), "property"), number(one(g, t.getObject(), "triples"))));
        Map<Node, Long> classes = new HashMap<>();
        g.find(sub, voidTerm("classPartition"), Node.ANY).forEachRemaining(t ->
                classes.put(one(g, t.getObject(), "class"), number(one(g, t.getObject(), "entities"))));
        if (Long.valueOf(0).equals(classes.get(DOCUMENT))) {
            classes.remove(DOCUMENT);
        }
        List<Node> examples = g.find(sub, voidTerm("exampleResource"), Node.ANY).mapWith(Triple::getObject).toList();
        return new LoadStatistics.Figures(graph, number(one(g, sub, "triples")), number(one(g, sub, "entities")),
                properties, classes, List.of(), examples);
    }

    private static Node one(Graph g, Node s, String local) {
        return g.find(s, voidTerm(local), Node.ANY).next().getObject();
    }

    private static long number(Node literal) {
        return Long.parseLong(literal.getLiteralLexicalForm());
    }
}
