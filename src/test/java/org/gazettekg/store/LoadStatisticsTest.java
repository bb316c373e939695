package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.Iris;
import org.gazettekg.server.EmbeddedServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The VoID graph a load writes: its figures agree with SPARQL over the named graphs, and follow reloads. */
class LoadStatisticsTest {

    private static final String V = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX dct: <http://purl.org/dc/terms/> "
            + "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> PREFIX dcat: <http://www.w3.org/ns/dcat#> ";
    private static final String DATA = " FILTER(?g != <" + LoadStatistics.GRAPH + "> && !STRSTARTS(STR(?g), \"" + View.DERIVED + "\")) ";

    private static Path dir;
    private static GazetteStore store;

    @BeforeAll
    static void load() throws IOException {
        dir = Files.createTempDirectory("load-statistics-test");
        store = SampleCorpus.loadedInto(dir.resolve("db"));
    }

    @AfterAll
    static void close() throws IOException {
        EmbeddedServers.shutDown(null, store, dir);
    }

    @Test
    void datasetTriples_equalQuadsOfTheDataGraphs() {
        assertThat(number("SELECT ?n { GRAPH <" + LoadStatistics.GRAPH + "> { <" + LoadStatistics.DATASET + "> void:triples ?n } }"))
                .isEqualTo(number("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o }" + DATA + "}"))
                .isPositive();
    }

    @Test
    void subsetEntities_areTheDistinctIriSubjectsOfTheirGraph_andNoStoreWideCountIsClaimed() {
        List<QuerySolution> subsets = select("SELECT ?g ?n { GRAPH <" + LoadStatistics.GRAPH + "> { ?s sd:name ?g ; void:entities ?n } }");
        assertThat(subsets).hasSize(6);
        for (QuerySolution s : subsets) {
            assertThat(s.getLiteral("n").getLong()).as(s.get("g").toString()).isEqualTo(number(
                    "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH <" + s.getResource("g").getURI() + "> { ?s ?p ?o FILTER isIRI(?s) } }"));
        }
        assertThat(select("SELECT ?n { GRAPH <" + LoadStatistics.GRAPH + "> { <" + LoadStatistics.DATASET + "> void:entities ?n } }")).isEmpty();
    }

    @Test
    void everyPropertyPartition_countsItsTriples() {
        List<QuerySolution> parts = select("SELECT ?p ?n { GRAPH <" + LoadStatistics.GRAPH + "> { <" + LoadStatistics.DATASET
                + "> void:propertyPartition [ void:property ?p ; void:triples ?n ] } }");
        assertThat(parts).hasSizeGreaterThan(10);
        for (QuerySolution s : parts) {
            assertThat(s.getLiteral("n").getLong()).as(s.get("p").toString()).isEqualTo(
                    number("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s <" + s.getResource("p").getURI() + "> ?o }" + DATA + "}"));
        }
        List<QuerySolution> ofSubsets = select("SELECT ?g ?p ?n { GRAPH <" + LoadStatistics.GRAPH
                + "> { ?s sd:name ?g ; void:propertyPartition [ void:property ?p ; void:triples ?n ] } }");
        assertThat(ofSubsets).hasSizeGreaterThan(parts.size());
        for (QuerySolution s : ofSubsets) {
            assertThat(s.getLiteral("n").getLong()).as(s.get("g") + " " + s.get("p")).isEqualTo(number("SELECT (COUNT(*) AS ?n) { GRAPH <"
                    + s.getResource("g").getURI() + "> { ?s <" + s.getResource("p").getURI() + "> ?o } }"));
        }
    }

    @Test
    void everyClassPartitionOfASubset_countsItsInstancesInItsGraph_andTheDatasetNamesEveryClass() {
        List<QuerySolution> parts = select("SELECT ?g ?c ?n { GRAPH <" + LoadStatistics.GRAPH
                + "> { ?s sd:name ?g ; void:classPartition [ void:class ?c ; void:entities ?n ] } }");
        assertThat(parts).extracting(s -> s.getResource("c").getURI()).contains("https://w3id.org/gazette-kg/ontology#Document");
        for (QuerySolution s : parts) {
            assertThat(s.getLiteral("n").getLong()).as(s.get("g") + " " + s.get("c")).isEqualTo(number("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH <"
                    + s.getResource("g").getURI() + "> { ?s a <" + s.getResource("c").getURI() + "> } }"));
        }
        assertThat(select("SELECT DISTINCT ?c { GRAPH <" + LoadStatistics.GRAPH + "> { <" + LoadStatistics.DATASET
                + "> void:classPartition [ void:class ?c ] } }")).extracting(s -> s.getResource("c").getURI())
                .containsExactlyInAnyOrderElementsOf(select("SELECT DISTINCT ?c { GRAPH ?g { ?s a ?c FILTER isIRI(?c) }" + DATA + "}")
                        .stream().map(s -> s.getResource("c").getURI()).toList());
    }

    @Test
    void oneSubsetPerSourceFile_withItsTriplesDocumentsAndDates() throws IOException {
        for (Path file : SampleCorpus.files()) {
            String graph = Iris.graph(file.getFileName().toString());
            String subset = "<" + LoadStatistics.subset(graph) + ">";
            assertThat(number("SELECT ?n { GRAPH <" + LoadStatistics.GRAPH + "> { " + subset + " sd:name <" + graph + "> ; void:triples ?n } }"))
                    .isEqualTo(number("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }"));
            assertThat(number("SELECT ?n { GRAPH <" + LoadStatistics.GRAPH + "> { " + subset + " void:classPartition [ void:class <https://w3id.org/gazette-kg/ontology#Document> ; void:entities ?n ] } }"))
                    .isEqualTo(number("SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH <" + graph + "> { ?d a <https://w3id.org/gazette-kg/ontology#Document> } }"));
            List<QuerySolution> range = select("SELECT ?from ?to { GRAPH <" + LoadStatistics.GRAPH + "> { " + subset
                    + " dct:temporal [ dcat:startDate ?from ; dcat:endDate ?to ] } }");
            List<QuerySolution> expected = select("SELECT (MIN(STR(?date)) AS ?from) (MAX(STR(?date)) AS ?to) { GRAPH <" + graph
                    + "> { ?d a <https://w3id.org/gazette-kg/ontology#Document> ; <http://data.europa.eu/eli/ontology#date_document> ?date } }");
            if (expected.get(0).contains("from")) {
                assertThat(range).singleElement().satisfies(r -> {
                    assertThat(r.getLiteral("from").getLexicalForm()).isEqualTo(expected.get(0).getLiteral("from").getLexicalForm());
                    assertThat(r.getLiteral("to").getLexicalForm()).isEqualTo(expected.get(0).getLiteral("to").getLexicalForm());
                });
            }
        }
    }

    @Test
    void licenceAndExamples_areStated() {
        assertThat(select("SELECT ?l { GRAPH <" + LoadStatistics.GRAPH + "> { <" + LoadStatistics.DATASET + "> dct:license ?l } }"))
                .extracting(s -> s.getResource("l").getURI()).containsExactly(LoadStatistics.LICENSE);
        assertThat(select("SELECT ?e { GRAPH <" + LoadStatistics.GRAPH + "> { <" + LoadStatistics.DATASET + "> void:exampleResource ?e } }"))
                .hasSize(LoadStatistics.EXAMPLES);
    }

    @Test
    void voidGraph_isNoSourceGraph() {
        assertThat(store.graphNames()).extracting(n -> n.getURI()).doesNotContain(LoadStatistics.GRAPH);
        assertThat(store.validate()).extracting(GazetteStore.ValidationOutcome::graph).doesNotContain(LoadStatistics.GRAPH);
    }

    @Test
    void reloadingAFile_keepsTheFiguresInStep() throws IOException {
        Path other = dir.resolve("db2");
        try (GazetteStore two = GazetteStore.open(other)) {
            Path first = SampleCorpus.files().get(0);
            two.load(first);
            long once = number(two.dataset(), "SELECT ?n { GRAPH <" + LoadStatistics.GRAPH + "> { <" + LoadStatistics.DATASET + "> void:triples ?n } }");
            two.load(SampleCorpus.files().get(1));
            long twice = number(two.dataset(), "SELECT ?n { GRAPH <" + LoadStatistics.GRAPH + "> { <" + LoadStatistics.DATASET + "> void:triples ?n } }");
            assertThat(twice).isGreaterThan(once).isEqualTo(
                    number(two.dataset(), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o }" + DATA + "}"));
            assertThat(number(two.dataset(), "SELECT (COUNT(?s) AS ?n) { GRAPH <" + LoadStatistics.GRAPH + "> { ?d void:subset ?s } }"))
                    .isEqualTo(3); // two source files and the gazetteer
        }
    }

    @Test
    void figuresCountedInMemory_giveTheDescriptionThatReadingTheStoreGives() throws IOException {
        try (GazetteStore two = GazetteStore.open(dir.resolve("db3"))) {
            assertThat(two.loadAll(SampleCorpus.files().subList(0, 2), (i, n, r) -> { })).allMatch(LoadResult::ok);
            DatasetGraph dsg = two.dataset();
            Txn.executeWrite(dsg, () -> {
                Graph read = copy(dsg.getGraph(NodeFactory.createURI(LoadStatistics.GRAPH)));
                java.util.Map<Node, LoadStatistics.Figures> counted = new java.util.HashMap<>();
                for (Node g : two.graphNames()) {
                    counted.put(g, LoadStatistics.count(g, copy(dsg.getGraph(g))));
                }
                assertThat(counted).hasSize(2);
                LoadStatistics.update(dsg, counted.keySet(), counted);
                assertThat(copy(dsg.getGraph(NodeFactory.createURI(LoadStatistics.GRAPH))).isIsomorphicWith(read)).isTrue();
            });
        }
    }

    @Test
    void emptyGraph_countsToNoFigures() {
        assertThat(LoadStatistics.count(NodeFactory.createURI(Iris.graph("empty.txt")), GraphFactory.createDefaultGraph())).isNull();
    }

    private static Graph copy(Graph graph) {
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(out::add);
        return out;
    }

    private static long number(String query) {
        return number(store.dataset(), query);
    }

    private static long number(DatasetGraph dsg, String query) {
        List<QuerySolution> rows = select(dsg, query);
        assertThat(rows).as(query).hasSize(1);
        return rows.get(0).getLiteral("n").getLong();
    }

    private static List<QuerySolution> select(String query) {
        return select(store.dataset(), query);
    }

    private static List<QuerySolution> select(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create(V + query, DatasetFactory.wrap(dsg))) {
                List<QuerySolution> out = new java.util.ArrayList<>();
                // Resolved inside the transaction: a TDB2 binding reads its nodes lazily.
                qe.execSelect().forEachRemaining(row -> {
                    org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    out.add(copy);
                });
                return out;
            }
        });
    }
}
