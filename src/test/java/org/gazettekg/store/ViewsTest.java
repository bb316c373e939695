package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gazettekg.export.ExportFormat;
import org.gazettekg.export.ExportGraph;
import org.gazettekg.export.ExportRequest;
import org.gazettekg.export.GraphExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ViewsTest {

    @TempDir
    Path tmp;

    /** A later notice citing a policy the sample repealed: the sample alone cites none after its repeal. */
    private static final Path REPEALED_THEN_CITED = Path.of("src/test/resources/query/repealed/changzhi-2025-made-up.txt");

    private GazetteStore loadedCorpus() throws IOException {
        return SampleCorpus.loadedInto(tmp.resolve("db"));
    }

    /** The sample and, loaded after it (so that the views follow it key by key), the later citation of a repealed policy. */
    private GazetteStore loadedCorpusAndLaterCitation() throws IOException {
        GazetteStore store = loadedCorpus();
        assertThat(store.load(REPEALED_THEN_CITED).ok()).isTrue();
        return store;
    }

    /**
     * Each analyst query that reads the views gives the rows of its formulation straight from the
     * source graphs (under src/test/resources/store/reference); a list joined into one value (the
     * cities of 03, the divisions of 05, the change types of 12) is compared as a set.
     */
    @ParameterizedTest
    @ValueSource(strings = {"01_documents_per_city_year", "02_most_cited_policies", "03_provincial_policies_shared_by_cities",
            "05_divisions_per_document", "06_upstream_policies_by_level", "08_policy_chains_city_province_nation",
            "09_citations_of_documents_in_graph", "10_policies_shared_by_two_cities", "12_division_history",
            "15_policies_by_legal_force_and_level"})
    void analystQueryOnTheViews_givesTheRowsOfItsFormulationOnTheSources(String name) throws IOException {
        try (GazetteStore store = loadedCorpus()) {
            assertShippedQueryGivesTheReferenceRows(store, name);
        }
    }

    /**
     * Query 13 checks the candidates of its store view (each document citing a policy that another
     * repeals) and gives the rows of its formulation over every repeal and citation of the sources.
     */
    @Test
    void citationsOfRepealedPolicies_fromTheCandidatesView_areThoseOfTheFormulationOnTheSources() throws IOException {
        try (GazetteStore store = loadedCorpusAndLaterCitation()) {
            assertShippedQueryGivesTheReferenceRows(store, "13_citations_of_repealed_policies");
        }
    }

    /** The shipped query {@code name} gives the rows of its formulation on the sources, not none. */
    private static void assertShippedQueryGivesTheReferenceRows(GazetteStore store, String name) throws IOException {
        // A paged query is compared whole: its page (LIMIT n OFFSET m on the last line) taken off.
        // A page-numbered query (view:page k) is compared whole: every page, its LIMIT taken off.
        String shipped = Files.readString(Path.of("queries", name + ".rq"))
                .replaceFirst("\\bLIMIT\\s+\\d+\\s+OFFSET\\s+\\d+\\s*$", "");
        java.util.regex.Matcher numbered = java.util.regex.Pattern.compile("(?m)^([^#\\n]*\\bview:page\\s+)\\d+\\b").matcher(shipped);
        if (numbered.find()) {
            shipped = numbered.replaceFirst("$1?page").replaceFirst("\\bLIMIT\\s+\\d+\\s*$", "");
        }
        String reference = Files.readString(Path.of("src/test/resources/store/reference", name + ".rq"));
        List<List<Object>> expected = comparableRows(store.dataset(), reference);
        assertThat(expected).isNotEmpty();
        assertThat(comparableRows(store.dataset(), shipped)).isEqualTo(expected);
    }

    @Test
    void replacingOneFile_derivesTheViewsThatDerivingEverythingAgainGives() throws IOException {
        try (GazetteStore store = loadedCorpus()) {
            assertWriteDerivesWhatDerivingEverythingGives(store.dataset(),
                    () -> store.replaceGraphs(Map.of("changzhi-2020-02.txt", GraphFactory.createDefaultGraph()), d -> { }));
        }
    }

    @Test
    void writeThroughDerivingDataset_derivesTheGraphsItWrote_asDerivingEverythingAgainDoes() throws IOException {
        try (GazetteStore store = loadedCorpus()) {
            DatasetGraph deriving = DerivingDataset.wrap(store.dataset());
            Node graph = org.apache.jena.graph.NodeFactory.createURI(org.gazettekg.graph.Iris.graph("changzhi-2020-02.txt"));
            assertWriteDerivesWhatDerivingEverythingGives(store.dataset(),
                    () -> Txn.executeWrite(deriving, () -> deriving.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY)));
        }
    }

    /** {@code write} changes the derived graphs, and deriving everything again after it gives what it derived. */
    private static void assertWriteDerivesWhatDerivingEverythingGives(DatasetGraph dataset, Runnable write) {
        Set<Quad> before = derivedQuads(dataset);
        write.run();
        Set<Quad> after = derivedQuads(dataset);
        assertThat(after).isNotEqualTo(before);
        Txn.executeWrite(dataset, () -> Derivation.deriveAll(dataset));
        assertThat(derivedQuads(dataset)).isEqualTo(after);
    }

    @Test
    void views_areKeptInDerivedGraphs_notInTheStoredDefaultGraph() throws IOException {
        try (GazetteStore store = loadedCorpusAndLaterCitation()) {
            DatasetGraph dataset = store.dataset();
            Txn.executeRead(dataset, () -> {
                assertThat(Derivation.isCurrent(dataset)).isTrue();
                assertThat(dataset.stream(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY)
                        .filter(q -> q.getPredicate().getURI().startsWith(View.NS))).isEmpty();
                for (View view : View.of(View.Scope.STORE)) {
                    assertThat(dataset.contains(view.graph(), Node.ANY, Node.ANY, Node.ANY)).as(view.name()).isTrue();
                }
            });
        }
    }

    @Test
    void storeWithoutViews_isDerivedWhenOpenedForWriting() throws IOException {
        Path db = tmp.resolve("db");
        Set<Quad> derived;
        try (GazetteStore store = loadedCorpus()) {
            DatasetGraph dataset = store.dataset();
            derived = derivedQuads(dataset);
            Txn.executeWrite(dataset, () -> derived.forEach(dataset::delete));
        }
        try (GazetteStore store = GazetteStore.existing(db)) {
            assertThat(Txn.calculateRead(store.dataset(), () -> Derivation.isCurrent(store.dataset()))).isFalse();
        }
        try (GazetteStore store = GazetteStore.open(db)) {
            assertThat(derivedQuads(store.dataset())).isEqualTo(derived);
        }
    }

    /**
     * Every view term the derivation writes on the sample corpus is declared in
     * {@code ontology/view.ttl} with one range, labelled and explained in Chinese and English, and
     * each value is of that range (one datatype per property); every declared term is written (on the
     * sample and a later citation of a policy it repeals).
     */
    @Test
    void viewTerms_areDeclaredWithOneRange_andEveryValueIsOfIt() throws IOException {
        Model vocabulary = RDFDataMgr.loadModel("ontology/view.ttl");
        Set<String> written = new HashSet<>();
        try (GazetteStore store = loadedCorpusAndLaterCitation()) {
            for (Quad q : derivedQuads(store.dataset())) {
                if (q.getGraph().equals(PolicyLinker.LINKS)) {
                    continue; // the links are in the ontology's terms (gkg:sameAs), not the views'
                }
                String p = q.getPredicate().getURI();
                assertThat(p).startsWith(View.NS);
                written.add(p);
                Resource term = vocabulary.getResource(p);
                List<Statement> ranges = term.listProperties(RDFS.range).toList();
                assertThat(ranges).as(p).hasSize(1);
                String range = ranges.get(0).getResource().getURI();
                Node o = q.getObject();
                if (term.hasProperty(RDF.type, OWL.ObjectProperty)) {
                    assertThat(o.isURI()).as(p + " " + o).isTrue();
                } else {
                    assertThat(o.isLiteral() ? o.getLiteralDatatypeURI() : o.toString()).as(p).isEqualTo(range);
                }
            }
        }
        Set<String> declared = new HashSet<>();
        vocabulary.listSubjectsWithProperty(RDF.type).forEachRemaining(r -> {
            if (r.getURI().startsWith(View.NS)) {
                declared.add(r.getURI());
                for (Property property : List.of(RDFS.label, RDFS.comment)) {
                    Set<String> languages = new HashSet<>();
                    r.listProperties(property).forEachRemaining(st -> languages.add(st.getLanguage()));
                    assertThat(languages).as(r.getURI() + " " + property).contains("zh", "en");
                }
            }
        });
        assertThat(declared).isEqualTo(written);
    }

    @Test
    void neighbourhoodExport_showsWhatTheFilesSay_notTheViews() throws IOException {
        try (GazetteStore store = loadedCorpus()) {
            ExportGraph g = Txn.calculateRead(store.dataset(), () -> new GraphExtractor(store.dataset())
                    .extract(ExportRequest.neighbourhood("长政办发〔2020〕10号", 2, ExportFormat.GRAPHML)));
            assertThat(g.edges()).isNotEmpty();
            assertThat(g.edges()).extracting(e -> String.valueOf(e.attributes().get("relation")))
                    .noneMatch(r -> r.startsWith("view") || r.contains(View.NS));
            assertThat(g.nodes()).extracting(ExportGraph.Node::id).noneMatch(id -> id.startsWith(View.DERIVED));
        }
    }

    private static Set<Quad> derivedQuads(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Set<Quad> out = new HashSet<>();
            dataset.find().forEachRemaining(q -> {
                if (View.isDerived(q.getGraph())) {
                    out.add(q);
                }
            });
            return out;
        });
    }

    /** Result columns that join a list with 、 in an order of their own. */
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
}
