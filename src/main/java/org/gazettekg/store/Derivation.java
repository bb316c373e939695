package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one step that follows every write of source graphs, inside its write transaction:
 * <ol>
 *   <li>link: the links of title-only policies to numbered ones, in their own derived graph
 *       ({@link PolicyLinker}), for the titles that the written graphs carry or carried, noting the
 *       source graphs that cite a title whose link changed;</li>
 *   <li>file views: for each source graph written or noted by the link step, and those alone, each
 *       {@link View.Scope#FILE file view} computed again into its graph;</li>
 *   <li>store views: the rows of each {@link View.Scope#STORE store view} whose keys the
 *       changed file views hold computed again from the file views, the rows of counts per key
 *       (02, 14) and a view of store-wide distinct counts kept from their deltas
 *       ({@link StoreViews}, {@link KeyedCounts}, {@link DistinctCounts});</li>
 *   <li>statistics: the VoID description's subsets of the written graphs computed again, and
 *       the dataset's figures as running totals ({@link LoadStatistics}, {@link VoidTotals}).</li>
 * </ol>
 * A marker in {@code …/derived/state} names the version of the views; a store without it (built
 * before the views, or left by a batch whose last transaction failed) is derived whole when it is
 * next opened for writing.
 */
public final class Derivation {

    /** Bumped whenever what the views hold changes, so that {@link #ensure} derives them again. */
    static final String VERSION = "12";
    static final Node STATE = NodeFactory.createURI(View.DERIVED + "state");
    private static final Node VERSION_PROPERTY = NodeFactory.createURI(View.NS + "version");
    /** The summary that the views replace: its triples, in the stored default graph, are dropped. */
    private static final String OLD_SUMMARY = "https://w3id.org/gazette-kg/summary#";

    /**
     * A write of at most this many source graphs keeps its new file views in memory before writing
     * them, to keep the counts views from deltas; a larger one computes those views whole.
     */
    static final int IN_MEMORY_SOURCES = 64;

    /** ARQ's setting for "no timeout", overriding one in the dataset's context. */
    private static final String NO_TIMEOUT = "-1";

    private static final Logger LOG = LoggerFactory.getLogger(Derivation.class);

    private Derivation() {
    }

    /**
     * Derives what follows from the source graphs {@code written} (loaded, replaced or dropped):
     * links, their file views and, when {@code storeViews}, the store views. Call inside a write
     * transaction; a later call with {@code storeViews} must follow one without. The store views
     * are kept key by key ({@link StoreViews}) when they were current before this write, and it
     * wrote no gazetteer; otherwise (a batch's last step, a store derived for the first time)
     * they are computed again whole. Returns what the store views computed again, or null.
     */
    public static StoreViews.Recomputed derive(DatasetGraph dataset, Collection<Node> written, boolean storeViews) {
        requireNonNull(dataset, "dataset");
        requireNonNull(written, "written");
        boolean incremental = isCurrent(dataset) && written.stream().noneMatch(Derivation::isGazetteer);
        long t0 = System.nanoTime();
        Set<Node> changed = linked(dataset, written);
        long t1 = System.nanoTime();
        Set<Node> touched = incremental ? fileViewNodes(dataset, changed) : Set.of();
        Map<String, Map<Var, Long>> countsBefore = Map.of();
        FileViewDelta delta = null;
        if (incremental && storeViews && changed.size() <= IN_MEMORY_SOURCES) {
            // The new file views are computed before they are written, so that the counts kept
            // from deltas can be read, before the write, over every node it touches.
            Map<Node, Graph> fresh = new LinkedHashMap<>();
            changed.forEach(source -> fresh.putAll(fileViewGraphs(dataset, source)));
            fresh.values().forEach(g -> g.find().forEachRemaining(t -> {
                touched.add(t.getSubject());
                touched.add(t.getObject());
            }));
            countsBefore = StoreViews.countsBefore(dataset, touched);
            delta = delta(dataset, fresh);
            fresh.forEach((target, triples) -> write(dataset, target, triples));
        } else {
            for (Node source : changed) {
                fileViewGraphs(dataset, source).forEach((target, triples) -> write(dataset, target, triples));
            }
        }
        long t2 = System.nanoTime();
        StoreViews.Recomputed recomputed = null;
        if (storeViews) {
            if (incremental) {
                touched.addAll(fileViewNodes(dataset, changed));
                recomputed = StoreViews.touched(dataset, touched, countsBefore, delta);
            } else {
                recomputed = StoreViews.all(dataset);
            }
            long t3 = System.nanoTime();
            // The VoID description the server hands out follows every write (load, replacement, Update).
            if (incremental) {
                // Linking writes no source graph: only the written ones have new triples to describe.
                LoadStatistics.update(dataset, written.stream().filter(g -> !View.isDerived(g)).collect(java.util.stream.Collectors.toSet()));
            } else {
                LoadStatistics.recompute(dataset);
            }
            markCurrent(dataset);
            if (LOG.isDebugEnabled()) {
                LOG.debug("derived {} graph(s), {} touched node(s): link {} ms, file views {} ms, store views {} ms, statistics {} ms",
                        changed.size(), touched.size(), ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, System.nanoTime()));
            }
        } else {
            dataset.delete(STATE, STATE, VERSION_PROPERTY, version());
        }
        return recomputed;
    }

    /**
     * Derives what follows from a bulk load of the source graphs {@code loaded} into a store whose
     * views were current before it (its other source graphs, the gazetteer's, unchanged): links
     * and file views of the loaded graphs and of those whose links changed, and those alone; the
     * store views computed whole, as after any batch; the VoID subsets of the loaded graphs from
     * {@code counted}, their figures counted as they were parsed, so that no loaded quad is read
     * back. A store whose views were not current is derived whole. Call inside a write
     * transaction; returns the source graphs whose file views it computed.
     */
    static Set<Node> deriveBulk(DatasetGraph dataset, Collection<Node> loaded, Map<Node, LoadStatistics.Figures> counted) {
        requireNonNull(dataset, "dataset");
        requireNonNull(loaded, "loaded");
        requireNonNull(counted, "counted");
        if (!isCurrent(dataset)) {
            deriveAll(dataset);
            return Set.copyOf(sourceGraphs(dataset));
        }
        long t0 = System.nanoTime();
        Set<Node> changed = linked(dataset, loaded);
        long t1 = System.nanoTime();
        for (Node source : changed) {
            fileViewGraphs(dataset, source).forEach((target, triples) -> write(dataset, target, triples));
        }
        long t2 = System.nanoTime();
        StoreViews.all(dataset);
        long t3 = System.nanoTime();
        LoadStatistics.update(dataset, loaded, counted);
        markCurrent(dataset);
        LOG.debug("derived {} bulk-loaded graph(s): link {} ms, file views {} ms, store views {} ms, statistics {} ms",
                changed.size(), ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, System.nanoTime()));
        return changed;
    }

    /**
     * The link step: the links of the titles that the source graphs {@code written} carry or
     * carried made what the store says; returns those graphs and the source graphs that cite a
     * title whose link changed, whose file views are to be computed again.
     */
    private static Set<Node> linked(DatasetGraph dataset, Collection<Node> written) {
        Set<Node> changed = new HashSet<>(written);
        View policyFacts = View.named("policy_facts");
        changed.addAll(PolicyLinker.link(dataset, PolicyLinker.titles(dataset, written, policyFacts::graph)));
        changed.removeIf(View::isDerived);
        return changed;
    }

    /** Derives everything again from every source graph; call inside a write transaction. */
    public static void deriveAll(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        dropDerived(dataset);
        derive(dataset, sourceGraphs(dataset), true);
    }

    /** Derives everything in a write transaction of its own unless the views are current; call outside any transaction. */
    public static void ensure(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        if (!Txn.calculateRead(dataset, () -> isCurrent(dataset))) {
            Txn.executeWrite(dataset, () -> deriveAll(dataset));
        }
    }

    /** Whether the views of {@code dataset} are of this version and complete; call inside a transaction. */
    public static boolean isCurrent(DatasetGraph dataset) {
        return dataset.contains(STATE, STATE, VERSION_PROPERTY, version());
    }

    /** The source graphs: every named graph but the derived ones and the VoID description (the gazetteer's included). */
    static List<Node> sourceGraphs(DatasetGraph dataset) {
        List<Node> out = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (LoadStatistics.isDataGraph(g)) {
                out.add(g);
            }
        });
        return out;
    }

    /** Each file view of {@code source}, computed again (empty when the source graph is gone), by the graph that holds it. */
    private static Map<Node, Graph> fileViewGraphs(DatasetGraph dataset, Node source) {
        boolean present = dataset.contains(source, Node.ANY, Node.ANY, Node.ANY);
        Map<Node, Graph> out = new LinkedHashMap<>();
        for (View view : View.of(View.Scope.FILE)) {
            out.put(view.graph(source), present
                    ? viewQuery(dataset, view).substitution(Var.alloc(View.SOURCE_VARIABLE), source).construct()
                    : GraphFactory.createGraphMem());
        }
        return out;
    }

    /** The changed file views' triples before the write (read now, before it) and after it ({@code fresh}, by graph). */
    private static FileViewDelta delta(DatasetGraph dataset, Map<Node, Graph> fresh) {
        Graph before = GraphFactory.createGraphMem();
        Graph after = GraphFactory.createGraphMem();
        fresh.forEach((target, triples) -> {
            dataset.find(target, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> before.add(q.asTriple()));
            triples.find().forEachRemaining(after::add);
        });
        return new FileViewDelta(before, after, fresh.keySet());
    }

    private static void write(DatasetGraph dataset, Node target, Graph triples) {
        dataset.deleteAny(target, Node.ANY, Node.ANY, Node.ANY);
        triples.find().forEachRemaining(t -> dataset.add(target, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The nodes (subjects and objects) of the file views of {@code sources}: the keys a write of them touches. */
    private static Set<Node> fileViewNodes(DatasetGraph dataset, Set<Node> sources) {
        Set<Node> nodes = new HashSet<>();
        for (Node source : sources) {
            for (View view : View.of(View.Scope.FILE)) {
                dataset.find(view.graph(source), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    nodes.add(q.getSubject());
                    nodes.add(q.getObject());
                });
            }
        }
        return nodes;
    }

    private static boolean isGazetteer(Node graph) {
        return graph.isURI() && org.gazettekg.graph.GazetteerRdfWriter.GRAPH.equals(graph.getURI());
    }

    /** The triples of the store view {@code view}, computed whole. */
    static Graph construct(DatasetGraph dataset, View view) {
        return viewQuery(dataset, view).construct();
    }

    /**
     * A view's query, free of the endpoint's query timeout: a server puts its timeout in the
     * dataset's context, and a view cut short would refuse the load it follows (POST /$/load).
     */
    private static QueryExecBuilder viewQuery(DatasetGraph dataset, View view) {
        return QueryExec.dataset(dataset).query(view.query()).set(ARQ.queryTimeout, NO_TIMEOUT);
    }

    private static void dropDerived(DatasetGraph dataset) {
        List<Node> derived = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (View.isDerived(g)) {
                derived.add(g);
            }
        });
        derived.forEach(g -> dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
        List<org.apache.jena.sparql.core.Quad> old = new ArrayList<>();
        dataset.find(org.apache.jena.sparql.core.Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getPredicate().isURI() && q.getPredicate().getURI().startsWith(OLD_SUMMARY)) {
                old.add(q);
            }
        });
        old.forEach(dataset::delete);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void markCurrent(DatasetGraph dataset) {
        dataset.deleteAny(STATE, STATE, VERSION_PROPERTY, Node.ANY);
        dataset.add(STATE, STATE, VERSION_PROPERTY, version());
    }

    private static Node version() {
        return NodeFactory.createLiteralString(VERSION);
    }
}
