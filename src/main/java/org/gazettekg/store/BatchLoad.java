package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.gazettekg.text.GazetteTextIndex;
import org.gazettekg.graph.GazetteerRdfWriter;
import org.gazettekg.graph.Iris;

/**
 * Loads files into a store that already holds data: parsed in parallel, stored in batches of
 * files, each batch in one write transaction that replaces the batch's graphs and then joins the
 * title-only policies once. A refused file is left out of its batch; if a batch's transaction
 * fails, none of its files is stored. When the load replaced many of the graphs the store held,
 * the database is compacted to reclaim the space of the replaced triples. Each batch derives the
 * links and the file views of its files ({@link Derivation}); the store views are derived in the
 * last batch, or after it if it failed.
 */
final class BatchLoad {

    /** A batch is committed when it holds this many files … */
    static final int BATCH_FILES = 16;
    /** … or this many triples, whichever comes first. */
    static final long BATCH_TRIPLES = 300_000;
    /** Compact when at least this many graphs were replaced … */
    static final int COMPACT_MIN_REPLACED = 16;
    /** … and they were at least this share of the graphs held before. */
    static final double COMPACT_MIN_SHARE = 0.5;

    private final DatasetGraph dataset;

    BatchLoad(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
    }

    List<LoadResult> load(List<SourceFile> files, ParallelParser parsers, GazetteStore.LoadListener listener) {
        Set<Node> replaced = new HashSet<>();
        Set<Node> added = new HashSet<>();
        List<LoadResult> results = new ArrayList<>(files.size());
        List<ParsedFile> batch = new ArrayList<>();
        long triples = 0;
        for (Iterator<ParsedFile> it = parsers.parseAll(files); it.hasNext(); ) {
            ParsedFile parsed = it.next();
            batch.add(parsed);
            triples += parsed.ok() ? parsed.counts().triples() : 0;
            if (batch.size() >= BATCH_FILES || triples >= BATCH_TRIPLES || !it.hasNext()) {
                commit(batch, !it.hasNext(), replaced, added, results, files.size(), listener);
                batch.clear();
                triples = 0;
            }
        }
        // The last batch derives the store views; if its transaction failed, they are derived here.
        if (!Txn.calculateRead(dataset, () -> Derivation.isCurrent(dataset))) {
            Txn.executeWrite(dataset, () -> Derivation.derive(dataset, List.of(), true));
        }
        // The store's graphs are listed (a scan of the whole quad index) only when the load replaced enough to matter.
        if (replaced.size() >= COMPACT_MIN_REPLACED
                && replaced.size() >= COMPACT_MIN_SHARE * (sourceGraphs().size() - added.size())) {
            DatabaseMgr.compact(GazetteTextIndex.indexed(dataset), true);
            Statistics.write(GazetteTextIndex.indexed(dataset));
        }
        return results;
    }

    private void commit(List<ParsedFile> batch, boolean last, Set<Node> replaced, Set<Node> added,
                        List<LoadResult> results, int total, GazetteStore.LoadListener listener) {
        List<LoadResult> outcomes;
        Set<Node> existed = new HashSet<>();
        try {
            Txn.executeWrite(dataset, () -> {
                existed.clear();
                List<Node> written = new ArrayList<>();
                for (ParsedFile parsed : batch) {
                    if (parsed.ok()) {
                        Node graph = graphName(parsed);
                        if (dataset.contains(graph, Node.ANY, Node.ANY, Node.ANY)) {
                            existed.add(graph);
                        }
                        replace(parsed);
                        written.add(graph);
                    }
                }
                // The store views are derived once per load, in its last batch: a batch before it marks them stale.
                Derivation.derive(dataset, written, last);
            });
            outcomes = batch.stream().map(ParsedFile::result).toList();
            for (ParsedFile parsed : batch) {
                Node graph = graphName(parsed);
                if (parsed.ok()) {
                    (existed.contains(graph) ? replaced : added).add(graph);
                }
            }
        } catch (RuntimeException e) {
            outcomes = batch.stream()
                    .map(p -> p.ok() ? LoadResult.failed(p.name(), p.name() + ": cannot load: " + e) : p.result())
                    .toList();
        }
        for (LoadResult r : outcomes) {
            results.add(r);
            listener.loaded(results.size(), total, r);
        }
    }

    private void replace(ParsedFile parsed) {
        Node graph = graphName(parsed);
        dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        parsed.graph().find().forEachRemaining(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private static Node graphName(ParsedFile parsed) {
        return NodeFactory.createURI(Iris.graph(parsed.name()));
    }

    private Set<Node> sourceGraphs() {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> names = new HashSet<>();
            dataset.listGraphNodes().forEachRemaining(g -> {
                if (!GazetteerRdfWriter.GRAPH.equals(g.getURI()) && LoadStatistics.isDataGraph(g)) {
                    names.add(g);
                }
            });
            return names;
        });
    }
}
