package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * The ranked band of a store view: the rows whose count reaches the Nth highest (ties included),
 * per partition, kept from the rows a write recomputes as computing the band whole would give.
 */
class RankBandsTest {

    private static final String QUERY = "CONSTRUCT { ?p <" + View.NS + "count> ?n } WHERE { ?p <" + View.NS + "count> ?n }";
    private static final View.Rank TOP_TWO = new View.Rank("count", 2, null);
    private static final View.Rank TOP_TWO_PER_LEVEL = new View.Rank("count", 2, "level");
    private static final View BY_COUNT = new View("t", View.Scope.STORE, QueryFactory.create(QUERY), List.of("p"), List.of(TOP_TWO));
    private static final View BY_COUNT_PER_LEVEL = new View("t", View.Scope.STORE, QueryFactory.create(QUERY), List.of("p"), List.of(TOP_TWO_PER_LEVEL));

    @Test
    void load_bandHoldsTheRowsReachingTheSecondCount_tiesIncluded() {
        DatasetGraph ds = banded("a=5", "b=3", "c=3", "d=1");

        assertThat(band(ds, BY_COUNT, TOP_TWO)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(ds.find(BY_COUNT.band(TOP_TWO), node("b"), Node.ANY, Node.ANY).hasNext()).isTrue();
    }

    @Test
    void replacementLoweringACountBelowTheThreshold_takesItOut_andLetsTheNextRowIn() {
        DatasetGraph ds = banded("a=5", "b=4", "c=2", "d=1");
        assertThat(band(ds, BY_COUNT, TOP_TWO)).containsExactlyInAnyOrder("a", "b");

        write(ds, BY_COUNT, "b", 1L);

        assertThat(band(ds, BY_COUNT, TOP_TWO)).containsExactlyInAnyOrder("a", "c");
        assertKeptAsWhole(ds, BY_COUNT, TOP_TWO);
    }

    @Test
    void rowRaisedToATieAtTheThreshold_joinsTheBand_andARemovedRowLeavesIt() {
        DatasetGraph ds = banded("a=5", "b=3", "c=1");

        write(ds, BY_COUNT, "c", 3L);
        assertThat(band(ds, BY_COUNT, TOP_TWO)).containsExactlyInAnyOrder("a", "b", "c");
        assertKeptAsWhole(ds, BY_COUNT, TOP_TWO);

        write(ds, BY_COUNT, "a", null);
        assertThat(band(ds, BY_COUNT, TOP_TWO)).containsExactlyInAnyOrder("b", "c");
        assertKeptAsWhole(ds, BY_COUNT, TOP_TWO);
    }

    @Test
    void newRowAboveTheThreshold_pushesTheRowsAtTheOldThresholdOut() {
        DatasetGraph ds = banded("a=5", "b=2", "c=2");

        write(ds, BY_COUNT, "e", 4L);

        assertThat(band(ds, BY_COUNT, TOP_TWO)).containsExactlyInAnyOrder("a", "e");
        assertKeptAsWhole(ds, BY_COUNT, TOP_TWO);
    }

    @Test
    void partitionedRank_keepsEachLevelsOwnTopRows() {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        row(ds, BY_COUNT_PER_LEVEL, "n1", 9, "national");
        row(ds, BY_COUNT_PER_LEVEL, "n2", 8, "national");
        row(ds, BY_COUNT_PER_LEVEL, "n3", 7, "national");
        row(ds, BY_COUNT_PER_LEVEL, "p1", 2, "provincial");
        row(ds, BY_COUNT_PER_LEVEL, "p2", 1, "provincial");
        row(ds, BY_COUNT_PER_LEVEL, "p3", 1, "provincial");
        RankBands.whole(ds, BY_COUNT_PER_LEVEL);
        assertThat(band(ds, BY_COUNT_PER_LEVEL, TOP_TWO_PER_LEVEL)).containsExactlyInAnyOrder("n1", "n2", "p1", "p2", "p3");

        write(ds, BY_COUNT_PER_LEVEL, "p3", 3L, "provincial");

        assertThat(band(ds, BY_COUNT_PER_LEVEL, TOP_TWO_PER_LEVEL)).containsExactlyInAnyOrder("n1", "n2", "p1", "p3");
        assertKeptAsWhole(ds, BY_COUNT_PER_LEVEL, TOP_TWO_PER_LEVEL);
    }

    @Test
    void viewHeader_declaresTheRanksOfView02() {
        assertThat(View.named("02_cited_policies").ranks()).containsExactlyInAnyOrder(
                new View.Rank("citingDocumentCount", 50, null), new View.Rank("citingCityCount", 100, "citedLevel"));
        assertThat(View.named("05_divisions_per_document").ranks()).containsExactly(new View.Rank("divisionCount", 100, null));
    }

    private static void assertKeptAsWhole(DatasetGraph ds, View view, View.Rank rank) {
        Graph band = copy(ds, view.band(rank));
        Graph histogram = copy(ds, RankBands.histogramGraph(view, rank));
        RankBands.whole(ds, view);
        assertThat(copy(ds, view.band(rank)).isIsomorphicWith(band)).as("band").isTrue();
        assertThat(copy(ds, RankBands.histogramGraph(view, rank)).isIsomorphicWith(histogram)).as("histogram").isTrue();
    }

    private static Graph copy(DatasetGraph ds, Node graph) {
        Graph g = GraphFactory.createGraphMem();
        ds.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    private static Set<String> band(DatasetGraph ds, View view, View.Rank rank) {
        Set<String> rows = new HashSet<>();
        ds.find(view.band(rank), Node.ANY, NodeFactory.createURI(View.NS + "count"), Node.ANY)
                .forEachRemaining(q -> rows.add(q.getSubject().getURI().substring("http://example.org/".length())));
        return rows;
    }

    /** A store with rows of {@link #BY_COUNT}, each {@code name=count}, and their bands computed whole. */
    private static DatasetGraph banded(String... rows) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        for (String r : rows) {
            String[] nameCount = r.split("=");
            row(ds, BY_COUNT, nameCount[0], Long.parseLong(nameCount[1]));
        }
        RankBands.whole(ds, BY_COUNT);
        return ds;
    }

    /**
     * Writes the row of {@code name} of {@code view} again as a write does, with {@code count} (none when null),
     * and keeps the bands from it.
     */
    private static void write(DatasetGraph ds, View view, String name, Long count, String... levels) {
        RankBands bands = RankBands.before(ds, view, Set.of(node(name)));
        ds.deleteAny(view.graph(), node(name), Node.ANY, Node.ANY);
        if (count != null) {
            row(ds, view, name, count, levels);
        }
        bands.after(ds, count == null ? Set.of() : Set.of(node(name)));
    }

    private static void row(DatasetGraph ds, View view, String name, long count, String... levels) {
        ds.add(view.graph(), node(name), NodeFactory.createURI(View.NS + "count"),
                NodeFactory.createLiteralDT(Long.toString(count), XSDDatatype.XSDinteger));
        for (String level : levels) {
            ds.add(view.graph(), node(name), NodeFactory.createURI(View.NS + "level"), NodeFactory.createLiteralString(level));
        }
    }

    private static Node node(String name) {
        return NodeFactory.createURI("http://example.org/" + name);
    }
}
