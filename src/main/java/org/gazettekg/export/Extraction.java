package org.gazettekg.export;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;

/** What every kind of extraction shares: the dataset, its queries, and the last step that describes the nodes. */
final class Extraction {

    private final DatasetGraph dataset;

    Extraction(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
    }

    DatasetGraph dataset() {
        return dataset;
    }

    /** Standard attributes for every IRI node, each node's own triples among the subset's, then the graph. */
    ExportGraph finish(ExportGraph.Builder b, TripleCollector triples) {
        return finish(b, triples, true);
    }

    /** As above; a query's triples ({@code describeNodes} false) are exactly the ones it made. */
    ExportGraph finish(ExportGraph.Builder b, TripleCollector triples, boolean describeNodes) {
        NodeDescriber describer = new NodeDescriber(dataset.getUnionGraph());
        for (String id : b.nodeIds()) {
            if (id.contains("://")) {
                Node n = NodeDescriber.uri(id);
                describer.describe(n, b.node(id));
                if (triples != null && describeNodes) {
                    triples.describe(n);
                }
            }
        }
        return b.build(triples != null ? triples.result() : null);
    }

    void select(String sparql, Consumer<QuerySolution> rowHandler) {
        run(QueryFactory.create(sparql), rs -> rs.forEachRemaining(rowHandler));
    }

    void run(Query query, Consumer<ResultSet> handler) {
        try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
            handler.accept(qe.execSelect());
        }
    }
}
