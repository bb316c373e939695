package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.gazettekg.graph.GKG;
import org.gazettekg.graph.GazetteerExtent;
import org.gazettekg.graph.GazetteerRdfWriter;
import org.gazettekg.graph.GazetteShapes;
import org.gazettekg.graph.Iris;
import org.gazettekg.parse.Gazetteer;
import org.gazettekg.text.GazetteTextIndex;

/**
 * The gazette graph in a TDB2 database: one named graph per source file, replaced whole on each
 * load of that file inside a write transaction (or the bulk load of an empty store), so a file
 * loads whole or not at all. Files are parsed in parallel and streamed into the store, never
 * gathered into one in-memory model. The default graph of queries is the union of the named
 * graphs.
 */
public final class GazetteStore implements AutoCloseable {

    /** TDB2 keeps each generation of a database in a folder {@code Data-0001}, {@code Data-0002} …. */
    private static final String TDB2_GENERATION_PREFIX = "Data-";

    /** Fewer files than this go through batched transactions even into an empty store. */
    private static final int BULK_MIN_FILES = 2;
    private static final LoadListener NO_LISTENER = (index, total, result) -> { };

    private final DatasetGraph dataset;
    private final GazetteShapes shapes;
    private final boolean readOnly;

    private GazetteStore(DatasetGraph dataset, boolean readOnly) {
        this.dataset = dataset;
        this.shapes = GazetteShapes.standard();
        this.readOnly = readOnly;
    }

    /**
     * Opens (creating if needed) the TDB2 database in {@code dir}, with its full-text index in
     * {@code dir/text-index} kept in step with every load, and the gazetteer graph of the extent
     * {@link GazetteerExtent#fromSystemProperty()} names: all of it unless told otherwise.
     */
    public static GazetteStore open(Path dir) {
        return open(dir, GazetteerExtent.fromSystemProperty());
    }

    /** Opens (creating if needed) the database in {@code dir}, its gazetteer graph of {@code extent}. */
    public static GazetteStore open(Path dir, GazetteerExtent extent) {
        requireNonNull(dir, "dir");
        requireNonNull(extent, "extent");
        DatasetGraph dsg = connect(dir);
        // Written past the text index: it indexes titles and full texts, of which the gazetteer has none,
        // and its change monitor would look up each of the gazetteer's 200 000 quads first.
        boolean newGazetteer = ensureGazetteer(dsg, extent);
        GazetteStore store = new GazetteStore(GazetteTextIndex.wrap(dsg, dir), false);
        DatasetGraph dataset = store.dataset;
        if (newGazetteer && Txn.calculateRead(dataset, () -> Derivation.isCurrent(dataset))) {
            Txn.executeWrite(dataset, () -> Derivation.derive(dataset, List.of(NodeFactory.createURI(GazetteerRdfWriter.GRAPH)), true));
        }
        Derivation.ensure(dataset);
        return store;
    }

    private static DatasetGraph connect(Path dir) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new StoreLockedException(dir, e);
            }
            throw e;
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** TDB2 reports a database held by another process as AlreadyLocked, or with this message. */
    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyLocked || String.valueOf(t.getMessage()).startsWith("Failed to get a lock")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Puts the gazetteer into its own named graph when the store lacks it or holds an older one
     * (its version is a digest of the gazetteer's data files); returns whether it wrote it.
     */
    private static boolean ensureGazetteer(DatasetGraph dataset, GazetteerExtent extent) {
        // the extent is part of the version, so that a store opened with another extent gets its graph rewritten
        String version = extent == GazetteerExtent.FULL ? gazetteerVersion()
                : gazetteerVersion() + "-" + extent.name().toLowerCase(Locale.ROOT);
        Node graph = NodeFactory.createURI(GazetteerRdfWriter.GRAPH);
        Node self = NodeFactory.createURI(GazetteerRdfWriter.GAZETTEER);
        Node tag = NodeFactory.createLiteralString(version);
        if (Txn.calculateRead(dataset, () -> dataset.contains(graph, self, GKG.dctIdentifier.asNode(), tag))) {
            return false;
        }
        if (Txn.calculateRead(dataset, dataset::isEmpty)) {
            bulkLoadGazetteer(dataset, version, extent);
            return true;
        }
        Txn.executeWrite(dataset, () -> {
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            new GazetteerRdfWriter(StreamRDFLib.dataset(dataset)).write(Gazetteer.standard(), version, extent);
        });
        return true;
    }

    /**
     * A new database gets its gazetteer (some 200 000 quads) from TDB2's phased bulk loader, which
     * builds each index in one pass: written in one transaction it took a tenth of a 100x load.
     */
    private static void bulkLoadGazetteer(DatasetGraph dataset, String version, GazetteerExtent extent) {
        DataLoader loader = LoaderFactory.phasedLoader(dataset, (fmt, args) -> { });
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            out.start();
            new GazetteerRdfWriter(out).write(Gazetteer.standard(), version, extent);
            out.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    private static String gazetteerVersion() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String resource : Gazetteer.RESOURCES) {
                try (InputStream in = GazetteStore.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + resource);
                    }
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens the TDB2 database that must already exist in {@code dir} for reading only: nothing is
     * written on opening (no gazetteer, view or index brought up to date) and the store refuses
     * loads, so {@code query}, {@code validate}, {@code verify}, {@code show} and {@code export}
     * change no file of the database. Its full-text index is used when it has one.
     *
     * @throws IllegalArgumentException naming the folder when it holds no database
     */
    public static GazetteStore existing(Path dir) {
        requireNonNull(dir, "dir");
        if (!exists(dir)) {
            throw new IllegalArgumentException("no TDB2 database in " + dir + " (create one with: load --db " + dir + " FILE...)");
        }
        DatasetGraph dsg = connect(dir);
        boolean indexed = Files.isDirectory(dir.resolve(GazetteTextIndex.FOLDER));
        return new GazetteStore(indexed ? GazetteTextIndex.wrap(dsg, dir) : dsg, true);
    }

    /** Whether this store was opened by {@link #existing} and refuses writes. */
    public boolean readOnly() {
        return readOnly;
    }

    private void requireWritable() {
        if (readOnly) {
            throw new IllegalStateException("the store was opened read-only");
        }
    }

    /** Whether {@code dir} holds a TDB2 database (its {@code Data-NNNN} generation folders). */
    public static boolean exists(Path dir) {
        requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith(TDB2_GENERATION_PREFIX));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read folder " + dir, e);
        }
    }

    /** The underlying dataset (union default graph), for queries and the server. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Reads, parses, validates and stores {@code file}, replacing what an earlier load of it stored. */
    public LoadResult load(Path file) {
        requireNonNull(file, "file");
        return loadSources(List.of(SourceFile.of(file)), NO_LISTENER, LoadMode.INCREMENTAL).get(0);
    }

    /** As {@link #load(Path)}, for a file's bytes already in memory. */
    public LoadResult load(String name, byte[] bytes) {
        requireNonNull(name, "name");
        requireNonNull(bytes, "bytes");
        return loadSources(List.of(SourceFile.of(name, bytes)), NO_LISTENER, LoadMode.INCREMENTAL).get(0);
    }

    /**
     * Loads the files, parsed in parallel and stored in their order, reporting each result once
     * it is committed. An empty store is filled by TDB2's bulk loader in one go; otherwise the
     * files go in batched write transactions (several files each). Either way a file loads whole
     * or not at all, a refused file changes nothing, and a file loaded again replaces its graph.
     */
    public List<LoadResult> loadAll(List<Path> files, LoadListener listener) {
        requireNonNull(files, "files");
        requireNonNull(listener, "listener");
        return loadSources(files.stream().map(SourceFile::of).toList(), listener, LoadMode.AUTO);
    }

    /** As {@link #loadAll}, for files' bytes already in memory (name → bytes, in load order). */
    public List<LoadResult> loadAllBytes(Map<String, byte[]> files, LoadListener listener) {
        requireNonNull(files, "files");
        requireNonNull(listener, "listener");
        List<SourceFile> sources = new ArrayList<>();
        files.forEach((name, bytes) -> sources.add(SourceFile.of(name, bytes)));
        return loadSources(sources, listener, LoadMode.AUTO);
    }

    /** How {@link #loadSources} stores the files. */
    enum LoadMode {
        /** The bulk loader when the store holds no source graph and the names are distinct, else batches. */
        AUTO,
        /** TDB2's phased bulk loader. */
        BULK,
        /** Batched write transactions. */
        INCREMENTAL
    }

    List<LoadResult> loadSources(List<SourceFile> files, LoadListener listener, LoadMode mode) {
        requireWritable();
        if (files.isEmpty()) {
            return List.of();
        }
        boolean bulk = switch (mode) {
            case BULK -> true;
            case INCREMENTAL -> false;
            case AUTO -> files.size() >= BULK_MIN_FILES && distinctNames(files) && graphNames().isEmpty();
        };
        List<LoadResult> results;
        try (ParallelParser parsers = new ParallelParser(shapes)) {
            // TDB2's bulk loader writes to the database itself, past the text index: the load indexes too.
            results = !bulk ? new BatchLoad(dataset).load(files, parsers, listener)
                    : new BulkLoad(GazetteTextIndex.indexed(dataset), GazetteTextIndex.bulkIndexer(dataset))
                            .load(files, parsers, listener);
        }
        return results;
    }

    private static boolean distinctNames(List<SourceFile> files) {
        return files.stream().map(SourceFile::name).distinct().count() == files.size();
    }

    /**
     * Replaces the named graph of each source (key: file name) by the given graph, derives links
     * and views as a load does ({@link Derivation}, for these sources), and runs {@code alsoInTransaction}, all in one write transaction. A read
     * replica applies a batch of gazettes received from the loader this way; each graph is what
     * the loader's store held for that source right after loading it.
     */
    public void replaceGraphs(Map<String, Graph> graphsBySource, Consumer<DatasetGraph> alsoInTransaction) {
        requireNonNull(graphsBySource, "graphsBySource");
        requireNonNull(alsoInTransaction, "alsoInTransaction");
        requireWritable();
        Txn.executeWrite(dataset, () -> {
            List<Node> written = new ArrayList<>();
            graphsBySource.forEach((source, graph) -> {
                Node graphName = NodeFactory.createURI(Iris.graph(source));
                dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
                graph.find().forEachRemaining(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
                written.add(graphName);
            });
            Derivation.derive(dataset, written, true);
            alsoInTransaction.accept(dataset);
        });
    }

    /** The names of the source graphs in the store (one per loaded file; the gazetteer's and the derived ones are not). */
    public List<Node> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(g -> {
                if (!GazetteerRdfWriter.GRAPH.equals(g.getURI()) && LoadStatistics.isDataGraph(g)) {
                    names.add(g);
                }
            });
            return names;
        });
    }

    /** Validates every source graph (each file's and the gazetteer's; not the derived ones) against the shapes. */
    public List<ValidationOutcome> validate() {
        return Txn.calculateRead(dataset, () -> {
            List<ValidationOutcome> outcomes = new ArrayList<>();
            Derivation.sourceGraphs(dataset).forEach(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dataset.getGraph(g).find().forEachRemaining(copy::add);
                outcomes.add(new ValidationOutcome(g.getURI(), copy.size(), shapes.validate(copy)));
            });
            return outcomes;
        });
    }

    /**
     * Closes the database and its text index and releases them (and their lock files) for other
     * processes, after waiting up to 10 s for queries still finishing (a timed-out query, a client
     * gone) to end their transactions.
     */
    @Override
    public void close() {
        close(Release.DEFAULT_GRACE);
    }

    /** {@link #close()} waiting at most {@code grace} for open transactions. */
    public void close(Duration grace) {
        Release.close(dataset, GazetteTextIndex.indexed(dataset), grace);
    }

    /** Called after each file of {@link #loadAll}. */
    @FunctionalInterface
    public interface LoadListener {
        /** File {@code index} of {@code total} has been handled. */
        void loaded(int index, int total, LoadResult result);
    }

    /**
     * The SHACL outcome for one source graph.
     *
     * @param graph   the named graph IRI
     * @param triples its size
     * @param report  the SHACL report
     */
    public record ValidationOutcome(String graph, long triples, ValidationReport report) {
    }
}
