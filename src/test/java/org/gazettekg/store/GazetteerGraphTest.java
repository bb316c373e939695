package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.GKG;
import org.gazettekg.graph.GazetteerExtent;
import org.gazettekg.graph.GazetteerRdfWriter;
import org.gazettekg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gazetteer graph a new store gets: every township with the full extent (the command line's),
 * county level and above with {@link GazetteerExtent#COUNTIES} (the tests' small stores).
 */
class GazetteerGraphTest {

    @TempDir
    Path dir;

    @Test
    void freshStoreWithFullExtent_holdsEveryCountyAndTownship() {
        try (GazetteStore store = GazetteStore.open(dir.resolve("db"), GazetteerExtent.FULL)) {
            assertThat(units(store, "county")).isGreaterThanOrEqualTo(2_800);
            assertThat(units(store, "township")).isGreaterThanOrEqualTo(38_000);
        }
    }

    @Test
    void freshStoreWithCountiesExtent_holdsCountiesButNoTownship() {
        try (GazetteStore store = GazetteStore.open(dir.resolve("db"), GazetteerExtent.COUNTIES)) {
            assertThat(units(store, "county")).isGreaterThanOrEqualTo(2_800);
            assertThat(units(store, "township")).isZero();
        }
    }

    @Test
    void reopeningWithAnotherExtent_rewritesTheGazetteerGraph() {
        try (GazetteStore store = GazetteStore.open(dir.resolve("db"), GazetteerExtent.COUNTIES)) {
            assertThat(units(store, "township")).isZero();
        }
        try (GazetteStore store = GazetteStore.open(dir.resolve("db"), GazetteerExtent.FULL)) {
            assertThat(units(store, "township")).isGreaterThanOrEqualTo(38_000);
        }
    }

    /** The units of the gazetteer graph at {@code level}, counted by their division level. */
    private static long units(GazetteStore store, String level) {
        String query = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH <" + GazetteerRdfWriter.GRAPH + "> {"
                + " ?d <" + GKG.divisionLevel.getURI() + "> <" + Iris.concept("division-level", level) + "> } }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(query,
                    DatasetFactory.wrap(store.dataset()))) {
                QuerySolution row = qe.execSelect().next();
                return row.getLiteral("n").getLong();
            }
        });
    }
}
