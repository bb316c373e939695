package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryTest {

    private static final String PREFIXES = """
            PREFIX gkg:  <https://w3id.org/gazette-kg/ontology#>
            PREFIX eli:  <http://data.europa.eu/eli/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX sum:  <https://w3id.org/gazette-kg/summary#>
            """;
    /** Per policy, the counts as queries 02 and 06 computed them before the summary. */
    private static final String COUNTS_FROM_SOURCES = PREFIXES + """
            SELECT ?policy ?documents ?cities WHERE {
              { SELECT ?policy (COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?city) AS ?cities)
                WHERE { ?doc eli:cites ?policy . OPTIONAL { ?doc gkg:gazette/gkg:city/rdfs:label ?city } }
                GROUP BY ?policy }
            }""";
    private static final String COUNTS_FROM_SUMMARY = PREFIXES + """
            SELECT ?policy ?documents ?cities WHERE {
              GRAPH <urn:x-arq:DefaultGraph> { ?policy sum:citingDocuments ?documents ; sum:citingCities ?cities }
            }""";
    /** Documents per city and year as query 01 computed them before the summary. */
    private static final String CITY_YEARS_FROM_SOURCES = PREFIXES + """
            SELECT ?city ?year (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
              ?doc a gkg:Document ; gkg:gazette/gkg:city/rdfs:label ?city .
              OPTIONAL { ?doc eli:date_document ?date }
              BIND(IF(BOUND(?date), YEAR(?date), "unknown") AS ?year)
            } GROUP BY ?city ?year""";
    private static final String CITY_YEARS_FROM_SUMMARY = PREFIXES + """
            SELECT ?city ?year ?documents WHERE {
              GRAPH <urn:x-arq:DefaultGraph> { ?row sum:city ?city ; sum:year ?year ; sum:documents ?documents }
            }""";
    private static final String SUMMARY_IN_UNION = PREFIXES + "ASK { ?policy sum:citingDocuments ?n }";

    @TempDir
    Path tmp;

    private GazetteStore loadedCorpus() throws IOException {
        return SampleCorpus.loadedInto(tmp.resolve("db"));
    }

    private static Set<List<Node>> rows(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            Set<List<Node>> rows = new HashSet<>();
            RowSet results = QueryExec.dataset(dataset).query(query).select();
            List<Var> vars = results.getResultVars();
            results.forEachRemaining(b -> rows.add(vars.stream().map(b::get).toList()));
            return rows;
        });
    }

    private static void recompute(DatasetGraph dataset) {
        Txn.executeWrite(dataset, () -> Summary.recompute(dataset));
    }

    /** After a recompute on the sample corpus, {@code fromSummary} gives the rows {@code fromSources} gives, and some. */
    private void assertRecomputedSummaryGivesTheRowsOf(String fromSources, String fromSummary) throws IOException {
        try (GazetteStore store = loadedCorpus()) {
            recompute(store.dataset());
            Set<List<Node>> expected = rows(store.dataset(), fromSources);
            assertThat(expected).isNotEmpty();
            assertThat(rows(store.dataset(), fromSummary)).isEqualTo(expected);
        }
    }

    @Test
    void recompute_onTheSampleCorpus_countsEachPolicysCitingDocumentsAndCitiesAsTheQueriesDid() throws IOException {
        assertRecomputedSummaryGivesTheRowsOf(COUNTS_FROM_SOURCES, COUNTS_FROM_SUMMARY);
    }

    @Test
    void recompute_onTheSampleCorpus_countsDocumentsPerCityAndYearAsQuery01Did() throws IOException {
        assertRecomputedSummaryGivesTheRowsOf(CITY_YEARS_FROM_SOURCES, CITY_YEARS_FROM_SUMMARY);
    }

    @Test
    void recompute_afterASourceGraphIsReplaced_leavesNoStaleTriples() throws IOException {
        try (GazetteStore store = loadedCorpus()) {
            DatasetGraph dataset = store.dataset();
            recompute(dataset);
            Set<List<Node>> before = rows(dataset, COUNTS_FROM_SUMMARY);
            Node graph = NodeFactory.createURI(Iris.graph("changzhi-2020-02.txt"));
            Txn.executeWrite(dataset, () -> {
                dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                Summary.recompute(dataset);
            });
            Set<List<Node>> after = rows(dataset, COUNTS_FROM_SUMMARY);
            assertThat(after).isNotEqualTo(before).isEqualTo(rows(dataset, COUNTS_FROM_SOURCES));
            Set<Triple> stored = Txn.calculateRead(dataset, () -> Summary.stored(dataset));
            assertThat(stored).isEqualTo(Txn.calculateRead(dataset, () -> Summary.compute(dataset)));
        }
    }

    @Test
    void ensure_onAStoreWithoutSummary_computesIt_andKeepsTheOtherTriplesOfTheStoredDefaultGraph() throws IOException {
        try (GazetteStore store = loadedCorpus()) {
            DatasetGraph dataset = store.dataset();
            Node s = NodeFactory.createURI("https://w3id.org/gazette-kg/replica/topic/0");
            Node p = NodeFactory.createURI("https://w3id.org/gazette-kg/replica/nextOffset");
            Node o = NodeFactory.createLiteralString("7");
            Txn.executeWrite(dataset, () -> {
                Summary.stored(dataset).forEach(t -> dataset.delete(Summary.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
                dataset.add(Summary.GRAPH, s, p, o);
            });
            assertThat(Txn.calculateRead(dataset, () -> Summary.isCurrent(dataset))).isFalse();

            Summary.ensure(dataset);

            assertThat(Txn.calculateRead(dataset, () -> Summary.isCurrent(dataset))).isTrue();
            assertThat(rows(dataset, COUNTS_FROM_SUMMARY)).isEqualTo(rows(dataset, COUNTS_FROM_SOURCES));
            assertThat(Txn.calculateRead(dataset, () -> dataset.contains(Summary.GRAPH, s, p, o))).isTrue();
        }
    }

    @Test
    void invalidate_thenEnsure_recomputesTheSummaryOfTheSourcesAsTheyAreNow() throws IOException {
        try (GazetteStore store = loadedCorpus()) {
            DatasetGraph dataset = store.dataset();
            recompute(dataset);
            Node graph = NodeFactory.createURI(Iris.graph("changzhi-2020-02.txt"));
            Txn.executeWrite(dataset, () -> {
                dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                Summary.invalidate(dataset);
            });
            assertThat(Txn.calculateRead(dataset, () -> Summary.isCurrent(dataset))).isFalse();

            Summary.ensure(dataset);

            assertThat(rows(dataset, COUNTS_FROM_SUMMARY)).isEqualTo(rows(dataset, COUNTS_FROM_SOURCES));
        }
    }

    /**
     * Each analyst query that reads rows of the summary gives the rows of its formulation straight
     * from the source graphs (under src/test/resources/store/reference); a list joined into one
     * value (the cities of 03, the divisions of 05, the change types of 12) is compared as a set, as
     * its order is the summary's own.
     */
    @ParameterizedTest
    @ValueSource(strings = {"02_most_cited_policies", "03_provincial_policies_shared_by_cities",
            "05_divisions_per_document", "06_upstream_policies_by_level", "08_policy_chains_city_province_nation",
            "09_citations_of_documents_in_graph", "12_division_history"})
    void analystQueryOnTheSummary_givesTheRowsOfItsFormulationOnTheSources(String name) throws IOException {
        String shipped = Files.readString(Path.of("queries", name + ".rq"));
        String reference = Files.readString(Path.of("src/test/resources/store/reference", name + ".rq"));
        try (GazetteStore store = loadedCorpus()) {
            List<List<Object>> expected = comparableRows(store.dataset(), reference);
            assertThat(expected).isNotEmpty();
            assertThat(comparableRows(store.dataset(), shipped)).isEqualTo(expected);
        }
    }

    /** Result columns that join a list with 、 in an order of their own (02 and 06 count their cities instead). */
    private static final Set<String> JOINED_LISTS = Set.of("divisions", "change_types", "cities");

    /** The rows sorted, each a list of its values with 、-joined lists as sorted sets. */
    private static List<List<Object>> comparableRows(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            List<List<Object>> rows = new ArrayList<>();
            RowSet results = QueryExec.dataset(dataset).query(query).select();
            List<Var> vars = results.getResultVars();
            results.forEachRemaining(b -> rows.add(vars.stream().map(v -> comparable(v, b.get(v))).toList()));
            rows.sort(Comparator.comparing(Object::toString));
            return rows;
        });
    }

    private static Object comparable(Var var, Node value) {
        if (value == null) {
            return "";
        }
        if (JOINED_LISTS.contains(var.getVarName()) && value.isLiteral()
                && XSDDatatype.XSDstring.getURI().equals(value.getLiteralDatatypeURI())) {
            return new TreeSet<>(List.of(value.getLiteralLexicalForm().split("、")));
        }
        return value.toString();
    }

    @Test
    void summary_isNotPartOfTheUnionDefaultGraphThatQueriesSee() throws IOException {
        try (GazetteStore store = loadedCorpus()) {
            recompute(store.dataset());
            assertThat(Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(SUMMARY_IN_UNION).ask()))
                    .isFalse();
        }
    }
}
