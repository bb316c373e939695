package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server puts its query timeout in the dataset's context; the derivation that follows a load on
 * that dataset (POST /$/load) must not be cut short by it, or the load is refused.
 */
class DerivationTimeoutTest {

    @TempDir
    Path dir;

    @Test
    void endpointTimeoutInTheContext_derivationStillBuildsEveryView() {
        try (GazetteStore store = GazetteStore.open(dir.resolve("db"))) {
            LoadResult r = store.load(Path.of("corpus", "changzhi-2020-02.txt"));
            assertThat(r.ok()).as(r.error()).isTrue();
            DatasetGraph dataset = store.dataset();
            long before = derivedQuads(dataset);
            dataset.getContext().set(ARQ.queryTimeout, "1");
            try {
                Txn.executeWrite(dataset, () -> Derivation.deriveAll(dataset));
            } finally {
                dataset.getContext().remove(ARQ.queryTimeout);
            }
            assertThat(before).isPositive();
            assertThat(derivedQuads(dataset)).isEqualTo(before);
        }
    }

    private static long derivedQuads(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (View.isDerived(q.getGraph())) {
                    n[0]++;
                }
            });
            return n[0];
        });
    }
}
