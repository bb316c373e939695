package org.gazettekg.server;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gazettekg.store.LoadStatistics;

/**
 * The descriptions of the dataset the server hands out: the SPARQL 1.1 Service Description of the
 * endpoint, the VoID description (read from the graph each load writes, {@link LoadStatistics},
 * with the endpoint added), and the ontology. Built from stored triples only: no scan of the data
 * per request, nothing written.
 */
final class DatasetDescriptions {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** Where the VoID description is served. */
    static final String VOID_PATH = "/.well-known/void";
    /** Where the ontology is served. */
    static final String ONTOLOGY_PATH = "/ontology";
    private static final String ONTOLOGY_RESOURCE = "/gazettekg/ontology/gazette.ttl";
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML", "N-Quads", "TriG");

    private final DatasetGraph dataset;
    private final Graph ontology;

    DatasetDescriptions(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
        this.ontology = readOntology();
    }

    /** The ontology (a copy). */
    Graph ontology() {
        Graph copy = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(copy::add);
        return copy;
    }

    /** The VoID description, with {@code endpoint} (the SPARQL endpoint's URL as this request reached it). */
    Graph voidDescription(String endpoint) {
        Graph out = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> dataset.getGraph(uri(LoadStatistics.GRAPH)).find().forEachRemaining(out::add));
        Node ds = uri(LoadStatistics.DATASET);
        out.add(Triple.create(ds, uri(LoadStatistics.VOID + "sparqlEndpoint"), uri(endpoint)));
        out.add(Triple.create(ds, RDF.type.asNode(), uri(SD + "Dataset")));
        return out;
    }

    /**
     * The Service Description of {@code endpoint}: the query language, result formats, the
     * default graph (the union of the named graphs), every named graph with its VoID subset, and
     * the VoID description at {@code voidUrl}.
     */
    Graph serviceDescription(String endpoint, String voidUrl) {
        Graph out = GraphFactory.createDefaultGraph();
        Node service = uri(endpoint + "#service");
        Node ds = uri(LoadStatistics.DATASET);
        add(out, service, RDF.type.asNode(), uri(SD + "Service"));
        add(out, service, uri(SD + "endpoint"), uri(endpoint));
        add(out, service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
        add(out, service, uri(SD + "feature"), uri(SD + "UnionDefaultGraph"));
        add(out, service, uri(SD + "feature"), uri(SD + "BasicFederatedQuery"));
        RESULT_FORMATS.forEach(f -> add(out, service, uri(SD + "resultFormat"), uri(FORMATS + f)));
        add(out, service, uri(SD + "defaultDataset"), ds);
        add(out, ds, RDF.type.asNode(), uri(SD + "Dataset"));
        add(out, ds, RDF.type.asNode(), uri(LoadStatistics.VOID + "Dataset"));
        add(out, ds, RDFS.seeAlso.asNode(), uri(voidUrl));
        add(out, ds, DCTerms.license.asNode(), uri(LoadStatistics.LICENSE));
        Node defaultGraph = uri(LoadStatistics.DATASET + "-default-graph");
        add(out, ds, uri(SD + "defaultGraph"), defaultGraph);
        add(out, defaultGraph, RDF.type.asNode(), uri(SD + "Graph"));
        add(out, defaultGraph, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "The union of the named graphs: every source file's graph, the gazetteer and this description's VoID graph.", "en"));
        for (NamedGraph graph : namedGraphs()) {
            Node ng = uri(LoadStatistics.DATASET + "-named-graph-" + Integer.toHexString(graph.name().hashCode()));
            add(out, ds, uri(SD + "namedGraph"), ng);
            add(out, ng, RDF.type.asNode(), uri(SD + "NamedGraph"));
            add(out, ng, uri(SD + "name"), uri(graph.name()));
            if (graph.subset() != null) {
                add(out, ng, uri(SD + "graph"), uri(graph.subset()));
                add(out, uri(graph.subset()), RDF.type.asNode(), uri(SD + "Graph"));
                add(out, uri(graph.subset()), uri(LoadStatistics.VOID + "triples"), graph.triples());
            }
        }
        return out;
    }

    /**
     * A named graph of the store.
     *
     * @param name    its IRI
     * @param subset  its VoID subset, or null (the VoID graph itself, or a graph loaded after the last statistics)
     * @param triples its triples as the VoID graph records them, or null
     */
    private record NamedGraph(String name, String subset, Node triples) {
    }

    /** Each named graph, with its VoID subset when the VoID graph has one. */
    private List<NamedGraph> namedGraphs() {
        return Txn.calculateRead(dataset, () -> {
            List<NamedGraph> out = new ArrayList<>();
            Graph voidGraph = dataset.getGraph(uri(LoadStatistics.GRAPH));
            dataset.listGraphNodes().forEachRemaining(g -> {
                String subset = LoadStatistics.subset(g.getURI());
                List<Triple> triples = voidGraph.find(uri(subset), uri(LoadStatistics.VOID + "triples"), Node.ANY).toList();
                out.add(triples.isEmpty() ? new NamedGraph(g.getURI(), null, null)
                        : new NamedGraph(g.getURI(), subset, triples.get(0).getObject()));
            });
            return out;
        });
    }

    private static Graph readOntology() {
        try (InputStream in = DatasetDescriptions.class.getResourceAsStream(ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ONTOLOGY_RESOURCE);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
