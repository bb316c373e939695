package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.gazettekg.graph.Iris;
import org.gazettekg.text.BulkIndexer;

/**
 * Fills a store that holds no source graph with TDB2's phased bulk loader: files parsed,
 * validated and added to the full-text index in parallel, their triples streamed in file order
 * into the loader as quads of each file's named graph, in one bulk load; refused files are left
 * out, and a failed load leaves neither triples nor index entries. The links and views of the
 * loaded graphs are derived once afterwards ({@link Derivation#deriveBulk}), their VoID figures
 * counted on the parsing threads, and the optimiser's statistics, counted as the triples stream
 * by, written. Results are reported once the
 * load is committed.
 */
final class BulkLoad {

    private static final MonitorOutput QUIET = (fmt, args) -> { };

    private final DatasetGraph dataset;
    private final BulkIndexer textIndex;

    /** A bulk load into the TDB2 database {@code dataset}, its text entries added by {@code textIndex}. */
    BulkLoad(DatasetGraph dataset, BulkIndexer textIndex) {
        this.dataset = requireNonNull(dataset, "dataset");
        this.textIndex = requireNonNull(textIndex, "textIndex");
    }

    List<LoadResult> load(List<SourceFile> files, ParallelParser parsers, GazetteStore.LoadListener listener) {
        List<LoadResult> results = new ArrayList<>(files.size());
        StatsCollector stats = new StatsCollector();
        Map<Node, LoadStatistics.Figures> counted = new ConcurrentHashMap<>();
        List<Node> loaded = new ArrayList<>();
        DataLoader loader = LoaderFactory.phasedLoader(dataset, QUIET);
        loader.startBulk();
        CompletableFuture<Void> indexPrepared = null;
        try {
            StreamRDF out = loader.stream();
            out.start();
            // Each file is indexed and counted on its parsing thread, alongside the loader rather than after it.
            for (Iterator<ParsedFile> it = parsers.parseAll(files, p -> indexAndCount(p, counted));
                 it.hasNext(); ) {
                ParsedFile parsed = it.next();
                if (parsed.ok()) {
                    stream(parsed, out, stats);
                    loaded.add(graphName(parsed));
                }
                results.add(parsed.result());
            }
            out.finish();
            // The index writes its last segments while the loader builds the other TDB2 indexes.
            indexPrepared = CompletableFuture.runAsync(textIndex::prepareCommit);
            loader.finishBulk();
            indexPrepared.join();
            textIndex.commit();
        } catch (RuntimeException e) {
            loader.finishException(e);
            awaitQuietly(indexPrepared);
            textIndex.rollback();
            return reportAll(failedAll(files, e), listener);
        }
        if (loaded.stream().distinct().count() < loaded.size()) {
            // Two files of one name share a graph: what the store holds is their union, not either count.
            counted.clear();
        }
        if (!loaded.isEmpty()) {
            Txn.executeWrite(dataset, () -> Derivation.deriveBulk(dataset, loaded, counted));
            Statistics.write(dataset, stats);
        }
        return reportAll(results, listener);
    }

    private void indexAndCount(ParsedFile parsed, Map<Node, LoadStatistics.Figures> counted) {
        Node graph = graphName(parsed);
        textIndex.add(graph, parsed.graph());
        LoadStatistics.Figures figures = LoadStatistics.count(graph, parsed.graph());
        if (figures != null) {
            counted.put(graph, figures);
        }
    }

    private static void awaitQuietly(CompletableFuture<Void> task) {
        if (task != null) {
            task.exceptionally(e -> null).join();
        }
    }

    private static Node graphName(ParsedFile parsed) {
        return NodeFactory.createURI(Iris.graph(parsed.name()));
    }

    private static void stream(ParsedFile parsed, StreamRDF out, StatsCollector stats) {
        Node graph = graphName(parsed);
        parsed.graph().find().forEachRemaining(t -> {
            out.quad(Quad.create(graph, t));
            stats.record(null, t.getSubject(), t.getPredicate(), t.getObject());
        });
    }

    private static List<LoadResult> failedAll(List<SourceFile> files, RuntimeException e) {
        return files.stream().map(f -> LoadResult.failed(f.name(), f.name() + ": cannot load: " + e)).toList();
    }

    static List<LoadResult> reportAll(List<LoadResult> results, GazetteStore.LoadListener listener) {
        for (int i = 0; i < results.size(); i++) {
            listener.loaded(i + 1, results.size(), results.get(i));
        }
        return results;
    }
}
