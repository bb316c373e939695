package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The yardstick: the quads of our store dumped to N-Quads and loaded into a fresh TDB2 database by
 * Jena's own phased bulk loader, as {@code tdb2.tdbloader --loader=phased} does, then indexed by
 * jena-text's own indexer ({@code jena.textindexer}) into the database's {@value #TEXT_INDEX} folder.
 */
final class JenaBulkBaseline {

    /** Where Jena's text index is written, inside its database folder (as ours is), so disk use compares. */
    static final String TEXT_INDEX = "text-index";
    private static final MonitorOutput QUIET = (fmt, args) -> { };

    /**
     * What the yardstick took.
     *
     * @param quads            quads loaded
     * @param loadSeconds      the phased loader
     * @param textIndexSeconds jena-text's indexer afterwards
     */
    record Figures(long quads, double loadSeconds, double textIndexSeconds) {
        /** Both together: what our load, which indexes as it stores, is compared with. */
        double totalSeconds() {
            return loadSeconds + textIndexSeconds;
        }
    }

    /** Loads {@code nquads} into a new database in {@code dir}, then indexes it, timing each. */
    static Figures loadAndIndex(Path nquads, Path dir) {
        long t0 = System.nanoTime();
        long quads = load(nquads, dir);
        long t1 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            JenaTextIndexer.index(dsg, dir.resolve(TEXT_INDEX));
        } finally {
            TDBInternal.expel(dsg);
        }
        long t2 = System.nanoTime();
        return new Figures(quads, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    private JenaBulkBaseline() {
    }

    /** Writes every quad of {@code dataset} to {@code file} as N-Quads; returns how many. */
    static long dump(DatasetGraph dataset, Path file) {
        requireNonNull(dataset, "dataset");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            return Txn.calculateRead(dataset, () -> {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                writer.start();
                long[] n = {0};
                dataset.find().forEachRemaining(q -> {
                    writer.quad(q);
                    n[0]++;
                });
                writer.finish();
                return n[0];
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Loads {@code nquads} into a new TDB2 database in {@code dir} with the phased loader; returns the quads loaded. */
    static long load(Path nquads, Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, QUIET);
            loader.startBulk();
            try {
                loader.load(List.of(nquads.toString()));
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return loader.countQuads() + loader.countTriples();
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
