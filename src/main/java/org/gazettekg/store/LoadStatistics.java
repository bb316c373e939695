package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.gazettekg.graph.GKG;
import org.gazettekg.graph.GazetteerRdfWriter;
import org.gazettekg.graph.Iris;

/**
 * The VoID description of the store, computed at load time into the named graph {@link #GRAPH}
 * so that the server hands it out without scanning the store per request: the dataset (triples,
 * entities, class and property partitions, vocabularies, example resources, licence, source) and
 * one subset per named graph (each source file: its triples, documents and date range; the
 * gazetteer). Figures count the quads of the named graphs other than this one; a triple two
 * source graphs hold counts twice, as a query over {@code GRAPH ?g} sees it.
 */
public final class LoadStatistics {

    /** The named graph that holds the VoID description. */
    public static final String GRAPH = "https://w3id.org/gazette-kg/void";
    /** The dataset's IRI. */
    public static final String DATASET = GRAPH + "#dataset";
    /** VoID's namespace. */
    public static final String VOID = "http://rdfs.org/ns/void#";
    /** The licence of the data this project derives (CC BY 4.0). */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** How many example resources the dataset names. */
    static final int EXAMPLES = 3;

    private static final Node GRAPH_NODE = NodeFactory.createURI(GRAPH);
    private static final Node TYPE = RDF.type.asNode();
    private static final Node DOCUMENT = GKG.Document.asNode();
    private static final Node DATE = GKG.eliDateDocument.asNode();

    private LoadStatistics() {
    }

    /** Whether {@code graph} holds loaded data (a source file or the gazetteer): not this description, not a derived graph. */
    public static boolean isDataGraph(Node graph) {
        return !GRAPH_NODE.equals(graph) && !View.isDerived(graph);
    }

    /** The IRI of the subset for the named graph {@code graph}. */
    public static String subset(String graph) {
        return GRAPH + "/graph/" + Iris.segment(graph.startsWith(GKG.GRAPH) ? graph.substring(GKG.GRAPH.length()) : graph);
    }

    /**
     * Replaces the VoID graph of {@code dataset} with one computed from its named graphs; call
     * inside a write transaction, after a load.
     */
    public static void recompute(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        List<Triple> triples = compute(dataset);
        dataset.deleteAny(GRAPH_NODE, Node.ANY, Node.ANY, Node.ANY);
        triples.forEach(t -> dataset.add(GRAPH_NODE, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The VoID description {@code dataset} calls for; call inside a transaction. */
    static List<Triple> compute(DatasetGraph dataset) {
        Tally all = new Tally();
        Map<String, Tally> perGraph = new TreeMap<>();
        List<Node> graphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (isDataGraph(g)) {
                graphs.add(g);
            }
        });
        for (Node g : graphs) {
            Tally one = perGraph.computeIfAbsent(g.getURI(), k -> new Tally());
            dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                one.add(q);
                all.add(q);
            });
        }
        return new Description(all, perGraph).triples();
    }

    /** Counts gathered over a set of quads. */
    private static final class Tally {
        long triples;
        final Set<Node> subjects = new HashSet<>();
        final Map<Node, Long> properties = new HashMap<>();
        final Map<Node, Set<Node>> classes = new HashMap<>();
        final Map<Node, Node> dates = new HashMap<>();

        void add(Quad q) {
            triples++;
            if (q.getSubject().isURI()) {
                subjects.add(q.getSubject());
            }
            properties.merge(q.getPredicate(), 1L, Long::sum);
            if (TYPE.equals(q.getPredicate()) && q.getObject().isURI()) {
                classes.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getSubject());
            }
            if (DATE.equals(q.getPredicate()) && q.getObject().isLiteral()) {
                dates.merge(q.getSubject(), q.getObject(), (a, b) -> lex(a).compareTo(lex(b)) <= 0 ? a : b);
            }
        }

        Set<Node> documents() {
            return classes.getOrDefault(DOCUMENT, Set.of());
        }

        /** The earliest and latest date of the documents, or none. */
        List<Node> dateRange() {
            TreeSet<Node> ds = new TreeSet<>(Comparator.comparing(Tally::lex));
            documents().forEach(d -> {
                if (dates.containsKey(d)) {
                    ds.add(dates.get(d));
                }
            });
            return ds.isEmpty() ? List.of() : List.of(ds.first(), ds.last());
        }

        static String lex(Node literal) {
            return literal.getLiteralLexicalForm();
        }
    }

    /** The triples of the description. */
    private record Description(Tally all, Map<String, Tally> perGraph) {

        List<Triple> triples() {
            List<Triple> out = new ArrayList<>();
            Node ds = uri(DATASET);
            add(out, ds, TYPE, voidTerm("Dataset"));
            add(out, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("政府公报知识图谱 gazette-kg", "zh"));
            add(out, ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                    "A knowledge graph of Chinese government gazettes and the documents they print, derived from the gazettes' text.", "en"));
            add(out, ds, DCTerms.license.asNode(), uri(LICENSE));
            add(out, ds, voidTerm("uriSpace"), NodeFactory.createLiteralString(GKG.ID));
            add(out, ds, voidTerm("feature"), uri("http://www.w3.org/ns/formats/Turtle"));
            add(out, ds, voidTerm("feature"), uri("http://www.w3.org/ns/formats/JSON-LD"));
            add(out, ds, voidTerm("feature"), uri("http://www.w3.org/ns/formats/N-Triples"));
            add(out, ds, voidTerm("feature"), uri("http://www.w3.org/ns/formats/RDF_XML"));
            counts(out, ds, all);
            vocabularies(out, ds);
            all.documents().stream().map(Node::getURI).sorted().limit(EXAMPLES)
                    .forEach(e -> add(out, ds, voidTerm("exampleResource"), uri(e)));
            int[] n = {0};
            all.properties.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Node::getURI)))
                    .forEach(e -> {
                        Node part = uri(DATASET + "-property-" + (++n[0]));
                        add(out, ds, voidTerm("propertyPartition"), part);
                        add(out, part, voidTerm("property"), e.getKey());
                        add(out, part, voidTerm("triples"), integer(e.getValue()));
                    });
            n[0] = 0;
            all.classes.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Node::getURI)))
                    .forEach(e -> {
                        Node part = uri(DATASET + "-class-" + (++n[0]));
                        add(out, ds, voidTerm("classPartition"), part);
                        add(out, part, voidTerm("class"), e.getKey());
                        add(out, part, voidTerm("entities"), integer(e.getValue().size()));
                    });
            perGraph.forEach((graph, tally) -> subset(out, ds, graph, tally));
            return out;
        }

        private static void counts(List<Triple> out, Node ds, Tally t) {
            add(out, ds, voidTerm("triples"), integer(t.triples));
            add(out, ds, voidTerm("entities"), integer(t.subjects.size()));
            add(out, ds, voidTerm("classes"), integer(t.classes.size()));
            add(out, ds, voidTerm("properties"), integer(t.properties.size()));
        }

        private void vocabularies(List<Triple> out, Node ds) {
            Set<String> namespaces = new TreeSet<>();
            all.properties.keySet().forEach(p -> namespaces.add(namespace(p.getURI())));
            all.classes.keySet().forEach(c -> namespaces.add(namespace(c.getURI())));
            namespaces.forEach(ns -> add(out, ds, voidTerm("vocabulary"), uri(ns)));
        }

        private static void subset(List<Triple> out, Node ds, String graph, Tally t) {
            Node sub = uri(LoadStatistics.subset(graph));
            add(out, ds, voidTerm("subset"), sub);
            add(out, sub, TYPE, voidTerm("Dataset"));
            add(out, sub, uri("http://www.w3.org/ns/sparql-service-description#name"), uri(graph));
            boolean gazetteer = GazetteerRdfWriter.GRAPH.equals(graph);
            String name = gazetteer ? "gazetteer" : graph.startsWith(GKG.GRAPH) ? decoded(graph.substring(GKG.GRAPH.length())) : graph;
            add(out, sub, DCTerms.title.asNode(), NodeFactory.createLiteralString(name));
            if (!gazetteer && graph.startsWith(GKG.GRAPH)) {
                add(out, sub, DCTerms.source.asNode(), uri(Iris.source(name)));
                add(out, ds, DCTerms.source.asNode(), uri(Iris.source(name)));
            }
            add(out, sub, voidTerm("triples"), integer(t.triples));
            add(out, sub, voidTerm("entities"), integer(t.subjects.size()));
            Node docs = uri(LoadStatistics.subset(graph) + "-documents");
            add(out, sub, voidTerm("classPartition"), docs);
            add(out, docs, voidTerm("class"), DOCUMENT);
            add(out, docs, voidTerm("entities"), integer(t.documents().size()));
            List<Node> range = t.dateRange();
            if (!range.isEmpty()) {
                Node period = uri(LoadStatistics.subset(graph) + "-period");
                add(out, sub, DCTerms.temporal.asNode(), period);
                add(out, period, TYPE, DCTerms.PeriodOfTime.asNode());
                add(out, period, DCAT.startDate.asNode(), range.get(0));
                add(out, period, DCAT.endDate.asNode(), range.get(1));
            }
        }

        private static String decoded(String segment) {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        private static String namespace(String iri) {
            int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
            return cut < 0 ? iri : iri.substring(0, cut + 1);
        }
    }

    private static void add(List<Triple> out, Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }

    private static Node voidTerm(String local) {
        return uri(VOID + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
