package org.gazettekg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.gazettekg.graph.GazetteerRdfWriter;

/**
 * Writes the statistics TDB2's optimiser reads ({@code stats.opt} in the database's current
 * {@code Data-NNNN} folder, as {@code tdb2.tdbstats} makes them): how often each predicate occurs
 * over the union of the source graphs, which the analysts' queries use as default graph.
 */
final class Statistics {

    static final String FILE = "stats.opt";

    private Statistics() {
    }

    /** Gathers and writes the statistics of {@code dataset}; they take effect when it is next opened. */
    static void write(DatasetGraph dataset) {
        Optional<Path> folder = currentGeneration(dataset);
        if (folder.isEmpty()) {
            return;
        }
        StatsCollector stats = Txn.calculateRead(dataset, () -> Stats.gather(dataset.getUnionGraph()));
        Stats.write(folder.get().resolve(FILE).toString(), stats.results());
    }

    /**
     * Writes statistics a bulk load recorded as it streamed its triples, completed with the graphs
     * it did not stream: the gazetteer's, and the derived ones (the views, the VoID description),
     * written after it. A predicate the statistics leave out weighs nothing to TDB2's optimiser
     * ({@code (other 0)}), so a view's patterns would be matched first, unbound: query 10 paired
     * every row of its view with every other row of the same policy before it looked at the two
     * cities. No second pass over the source graphs. A triple that several graphs hold is counted
     * once per graph, which the optimiser's estimates tolerate.
     */
    static void write(DatasetGraph dataset, StatsCollector streamed) {
        Optional<Path> folder = currentGeneration(dataset);
        if (folder.isEmpty()) {
            return;
        }
        Node gazetteer = NodeFactory.createURI(GazetteerRdfWriter.GRAPH);
        Txn.executeRead(dataset, () -> {
            List<Node> unstreamed = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(g -> {
                if (gazetteer.equals(g) || !LoadStatistics.isDataGraph(g)) {
                    unstreamed.add(g);
                }
            });
            for (Node g : unstreamed) {
                dataset.find(g, Node.ANY, Node.ANY, Node.ANY)
                        .forEachRemaining(q -> streamed.record(null, q.getSubject(), q.getPredicate(), q.getObject()));
            }
        });
        Stats.write(folder.get().resolve(FILE).toString(), streamed.results());
    }

    /** The newest {@code Data-NNNN} folder of an on-disk TDB2 database. */
    static Optional<Path> currentGeneration(DatasetGraph dataset) {
        if (!DatabaseMgr.isTDB2(dataset) || DatabaseMgr.location(dataset).isMem()) {
            return Optional.empty();
        }
        Path dir = Path.of(DatabaseMgr.location(dataset).getDirectoryPath());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
