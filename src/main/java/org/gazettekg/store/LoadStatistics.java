package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
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
     * inside a write transaction.
     */
    public static void recompute(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        dataset.deleteAny(GRAPH_NODE, Node.ANY, Node.ANY, Node.ANY);
        List<Node> graphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (isDataGraph(g)) {
                graphs.add(g);
            }
        });
        update(dataset, graphs);
    }

    /**
     * Computes again the subsets of the named graphs {@code written} (loaded, replaced or
     * dropped), those alone, and the dataset's figures as running totals: each written graph's
     * old subset taken off them, its new one added ({@link VoidTotals}); call inside a write
     * transaction, after a write of these graphs. Returns how many subsets' figures it read
     * (the old subsets of the written graphs), not those of every graph.
     */
    public static int update(DatasetGraph dataset, Collection<Node> written) {
        return update(dataset, written, Map.of());
    }

    /**
     * As {@link #update(DatasetGraph, Collection)}, taking the figures of the written graphs that
     * {@code counted} holds from it rather than reading their quads back from the store: a bulk
     * load counts each file's triples while they are in memory ({@link #count}).
     */
    static int update(DatasetGraph dataset, Collection<Node> written, Map<Node, Figures> counted) {
        requireNonNull(dataset, "dataset");
        requireNonNull(written, "written");
        requireNonNull(counted, "counted");
        Graph voidGraph = dataset.getGraph(GRAPH_NODE);
        VoidTotals totals = VoidTotals.read(voidGraph);
        Set<Triple> before = new HashSet<>(VoidTotals.summaryTriples(voidGraph));
        Node ds = uri(DATASET);
        int read = 0;
        for (Node g : new LinkedHashSet<>(written)) {
            if (!isDataGraph(g)) {
                continue;
            }
            Node sub = uri(subset(g.getURI()));
            String name = sourceName(g.getURI());
            Figures old = Subsets.find(voidGraph, sub);
            if (old != null) {
                read++;
                totals.subtract(old);
                Subsets.delete(voidGraph, sub);
                if (name != null) {
                    voidGraph.delete(Triple.create(ds, DCTerms.source.asNode(), uri(Iris.source(name))));
                }
            }
            Figures f = counted.containsKey(g) ? counted.get(g) : scan(dataset, g);
            if (f != null) {
                Subsets.write(voidGraph, f);
                totals.add(f);
                voidGraph.add(Triple.create(ds, voidTerm("subset"), sub));
                if (name != null) {
                    voidGraph.add(Triple.create(ds, DCTerms.source.asNode(), uri(Iris.source(name))));
                }
            }
        }
        totals.settle(voidGraph);
        Set<Triple> after = new HashSet<>(new Description(totals).triples());
        before.stream().filter(t -> !after.contains(t)).forEach(voidGraph::delete);
        after.stream().filter(t -> !before.contains(t)).forEach(voidGraph::add);
        return read;
    }

    /** The figures of the named graph {@code g} read from the store, or null when the store holds no such graph. */
    private static Figures scan(DatasetGraph dataset, Node g) {
        if (!dataset.contains(g, Node.ANY, Node.ANY, Node.ANY)) {
            return null;
        }
        Tally one = new Tally();
        dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> one.add(q.asTriple()));
        return one.figures(g.getURI());
    }

    /** The figures of the named graph {@code graph} that will hold exactly {@code triples}, counted in memory; null when it is empty. */
    static Figures count(Node graph, Graph triples) {
        requireNonNull(graph, "graph");
        requireNonNull(triples, "triples");
        if (triples.isEmpty()) {
            return null;
        }
        Tally one = new Tally();
        triples.find().forEachRemaining(one::add);
        return one.figures(graph.getURI());
    }

    /**
     * What the VoID description says of one named graph, and what the dataset's figures are
     * computed from.
     *
     * @param graph      the named graph
     * @param triples    its triples
     * @param entities   its distinct IRI subjects
     * @param properties triples per property
     * @param classes    distinct instances per class
     * @param range      the earliest and latest date of its documents, or none
     * @param examples   its first documents, in IRI order (at most {@link #EXAMPLES})
     */
    record Figures(String graph, long triples, long entities, Map<Node, Long> properties, Map<Node, Long> classes,
                   List<Node> range, List<Node> examples) {
    }

    /** Counts gathered over a set of quads. */
    private static final class Tally {
        long triples;
        final Set<Node> subjects = new HashSet<>();
        final Map<Node, Long> properties = new HashMap<>();
        final Map<Node, Set<Node>> classes = new HashMap<>();
        final Map<Node, Node> dates = new HashMap<>();

        void add(Triple q) {
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

        Figures figures(String graph) {
            Map<Node, Long> counts = new HashMap<>();
            classes.forEach((c, members) -> counts.put(c, (long) members.size()));
            List<Node> examples = documents().stream().sorted(Comparator.comparing(Node::getURI)).limit(EXAMPLES).toList();
            return new Figures(graph, triples, subjects.size(), Map.copyOf(properties), counts, dateRange(), examples);
        }

        static String lex(Node literal) {
            return literal.getLiteralLexicalForm();
        }
    }

    /**
     * The dataset's summary triples of the description (all but its subsets and their sources,
     * which follow each subset), from the running totals: sums where a figure adds up (triples,
     * triples per property), unions where it does not (the classes, properties and vocabularies
     * used, the first examples). The distinct entities of the whole store, and per class, do not
     * add up over subsets (a policy cited in two files is one entity in each) and are stated per
     * subset only, rather than rescanning the store.
     */
    private record Description(VoidTotals totals) {

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
            Map<Node, Long> properties = new TreeMap<>(Comparator.comparing(Node::getURI));
            properties.putAll(totals.properties);
            Set<Node> classes = new TreeSet<>(Comparator.comparing(Node::getURI));
            classes.addAll(totals.classes);
            Set<Node> examples = totals.examples;
            long triples = totals.triples;
            add(out, ds, voidTerm("triples"), integer(triples));
            add(out, ds, voidTerm("classes"), integer(classes.size()));
            add(out, ds, voidTerm("properties"), integer(properties.size()));
            Set<String> namespaces = new TreeSet<>();
            properties.keySet().forEach(p -> namespaces.add(namespace(p.getURI())));
            classes.forEach(c -> namespaces.add(namespace(c.getURI())));
            namespaces.forEach(ns -> add(out, ds, voidTerm("vocabulary"), uri(ns)));
            examples.stream().limit(EXAMPLES).forEach(e -> add(out, ds, voidTerm("exampleResource"), e));
            int[] n = {0};
            properties.forEach((p, count) -> {
                Node part = uri(DATASET + "-property-" + (++n[0]));
                add(out, ds, voidTerm("propertyPartition"), part);
                add(out, part, voidTerm("property"), p);
                add(out, part, voidTerm("triples"), integer(count));
            });
            n[0] = 0;
            classes.forEach(c -> {
                Node part = uri(DATASET + "-class-" + (++n[0]));
                add(out, ds, voidTerm("classPartition"), part);
                add(out, part, voidTerm("class"), c);
            });
            return out;
        }

        private static String namespace(String iri) {
            int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
            return cut < 0 ? iri : iri.substring(0, cut + 1);
        }
    }

    /** The file name a source graph is named after, or null for the gazetteer and other graphs. */
    static String sourceName(String graph) {
        if (GazetteerRdfWriter.GRAPH.equals(graph) || !graph.startsWith(GKG.GRAPH)) {
            return null;
        }
        return URLDecoder.decode(graph.substring(GKG.GRAPH.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static void add(List<Triple> out, Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }

    static Node voidTerm(String local) {
        return uri(VOID + local);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
