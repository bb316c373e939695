package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.StreamRDFLib;
import org.gazettekg.graph.GazetteRdfWriter;
import org.gazettekg.parse.GazetteParser;
import org.gazettekg.parse.SourceText;
import org.gazettekg.server.GazetteServer;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;
import org.gazettekg.text.GazetteTextIndex;

/**
 * The performance benchmark of issues 9 and 21: for 1×, 10× and N× the sample corpus (generated over
 * the cities of every province), parse speed, our end-to-end load against Jena's own tools on the same
 * quads (the phased bulk loader, then jena-text's indexer), disk use of both, peak heap, and the latency
 * of each analyst query through the HTTP endpoint with one and several clients.
 */
public final class Bench {

    /** The scales always measured below the largest one. */
    private static final int[] STEPS = {1, 10};
    private static final double MB = 1_000_000.0;
    private static final BenchReport.Targets TARGETS = new BenchReport.Targets(1.0, 100, 1000, 1000);

    /**
     * What to run.
     *
     * @param corpus            the folder of sample gazettes
     * @param maxScale          the largest scale (1× and 10× below it are measured too)
     * @param work              where corpora and databases are written
     * @param seed              the seed of the corpus generator
     * @param requestsPerClient requests each query client sends at most
     * @param budget            time after which a query client stops sending
     * @param clients           concurrent clients of the concurrent run
     * @param keep              keep the generated corpora and databases
     */
    public record Options(Path corpus, int maxScale, Path work, long seed, int requestsPerClient, Duration budget,
                          int clients, boolean keep) {
        /** Checks the options. */
        public Options {
            requireNonNull(corpus, "corpus");
            requireNonNull(work, "work");
            requireNonNull(budget, "budget");
            if (maxScale < 1 || requestsPerClient < 1 || clients < 1) {
                throw new IllegalArgumentException("scale, requests and clients must be at least 1");
            }
        }
    }

    private final Options options;
    private final PrintWriter progress;

    /** A benchmark that reports its progress to {@code progress}. */
    public Bench(Options options, PrintWriter progress) {
        this.options = requireNonNull(options, "options");
        this.progress = requireNonNull(progress, "progress");
    }

    /** The scales measured: 1, 10 and the largest, each at most the largest. */
    public static List<Integer> scales(int maxScale) {
        TreeSet<Integer> scales = new TreeSet<>();
        for (int s : STEPS) {
            if (s <= maxScale) {
                scales.add(s);
            }
        }
        scales.add(maxScale);
        return List.copyOf(scales);
    }

    /** Runs every scale in turn. */
    public BenchReport run() throws InterruptedException {
        List<ScaleFigures> figures = new ArrayList<>();
        for (int scale : scales(options.maxScale())) {
            figures.add(runScale(scale));
        }
        return new BenchReport(System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory(), options.clients(), TARGETS, figures);
    }

    private ScaleFigures runScale(int scale) throws InterruptedException {
        Path corpus = options.work().resolve("corpus-x" + scale);
        Path db = options.work().resolve("db-x" + scale);
        Path jenaDb = options.work().resolve("jena-x" + scale);
        Path nquads = options.work().resolve("dump-x" + scale + ".nq");
        Path textIndex = options.work().resolve("text-index-x" + scale);
        TimedQueries.deleteAll(corpus, db, jenaDb, nquads, textIndex);
        say("%d×: generating the corpus …", scale);
        List<Path> files = new CorpusGenerator(CorpusGenerator.gazettesIn(options.corpus()), options.seed())
                .generate(scale, corpus);
        long corpusBytes = sizeOf(corpus);
        double parseMbPerS = parseRate(files, corpusBytes);
        say("%d×: %d files, %.1f MB; parsing %.2f MB/s; loading …", scale, files.size(), corpusBytes / MB, parseMbPerS);

        long documents;
        long triples;
        double loadSeconds;
        double loadCpuSeconds;
        double textIndexSeconds;
        HeapMonitor loadHeap = HeapMonitor.start();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        try (GazetteStore store = GazetteStore.open(db)) {
            List<LoadResult> results = store.loadAll(files, (i, n, r) -> { });
            loadSeconds = (System.nanoTime() - t0) / 1e9;
            loadCpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            loadHeap.close();
            reportFailures(results);
            documents = results.stream().filter(LoadResult::ok).mapToLong(r -> r.counts().documents()).sum();
            triples = JenaBulkBaseline.dump(store.dataset(), nquads);
            textIndexSeconds = textIndexAlone(store, textIndex);
        }
        long tdb2Bytes = sizeOf(db);
        long textIndexBytes = sizeOf(db.resolve(GazetteTextIndex.FOLDER));
        say("%d×: our load %.1f s (%,d triples, %,.0f/s); Jena's phased loader …", scale, loadSeconds, triples,
                triples / loadSeconds);

        long jenaCpu0 = processCpuNanos();
        JenaBulkBaseline.Figures jena = JenaBulkBaseline.loadAndIndex(nquads, jenaDb);
        double jenaSeconds = jena.totalSeconds();
        double jenaCpuSeconds = (processCpuNanos() - jenaCpu0) / 1e9;
        long jenaBytes = sizeOf(jenaDb);
        long jenaTextIndexBytes = sizeOf(jenaDb.resolve(JenaBulkBaseline.TEXT_INDEX));
        say("%d×: Jena %.1f s (phased loader %.1f s, jena-text indexer %.1f s); ratio %.2f (processor time %.1f s against"
                        + " %.1f s: %.2f; our text index alone %.1f s); disk %.1f MB against %.1f MB; querying …",
                scale, jenaSeconds, jena.loadSeconds(), jena.textIndexSeconds(), loadSeconds / jenaSeconds, loadCpuSeconds,
                jenaCpuSeconds, loadCpuSeconds / jenaCpuSeconds, textIndexSeconds, tdb2Bytes / MB, jenaBytes / MB);

        OneMoreGazette.Figures oneMore = oneMore(scale, db);

        List<QueryFigures> queries;
        long queryHeap;
        try (GazetteStore store = GazetteStore.existing(db); HeapMonitor heap = HeapMonitor.start()) {
            queries = timeQueries(store);
            heap.close();
            queryHeap = heap.peakUsedBytes();
        }
        Map<String, Double> p95 = new LinkedHashMap<>();
        queries.forEach(q -> p95.put(q.name(), q.clients().p95Ms()));
        if (!options.keep()) {
            TimedQueries.deleteAll(corpus, db, jenaDb, nquads, textIndex);
        }
        return new ScaleFigures(scale, files.size(), corpusBytes, documents, parseMbPerS, triples, loadSeconds,
                triples / loadSeconds, jenaSeconds, jena.loadSeconds(), jena.textIndexSeconds(), triples / jenaSeconds,
                loadSeconds / jenaSeconds, loadCpuSeconds, jenaCpuSeconds, loadCpuSeconds / jenaCpuSeconds,
                textIndexSeconds, tdb2Bytes, textIndexBytes, jenaBytes, jenaTextIndexBytes,
                loadHeap.peakUsedBytes(), loadHeap.peakLiveBytes(), queryHeap, oneMore, p95, queries);
    }

    /** Two more gazettes (the next variants of the first sample file) added to the loaded store, each timed. */
    private OneMoreGazette.Figures oneMore(int scale, Path db) {
        Path extra = options.work().resolve("extra-x" + scale);
        TimedQueries.deleteAll(extra);
        try {
            Files.createDirectories(extra);
            CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.gazettesIn(options.corpus()), options.seed());
            Path first = CorpusGenerator.gazettesIn(options.corpus()).get(0);
            Path[] files = new Path[2];
            for (int i = 0; i < 2; i++) {
                CorpusGenerator.Variant v = generator.variant(first, scale + i);
                files[i] = Files.writeString(extra.resolve(v.fileName()), v.text());
            }
            OneMoreGazette.Figures f = OneMoreGazette.measure(db, files[0], files[1], extra);
            say("%d×: one more gazette: load %.2f s (alone %.2f s), POST /$/load %.2f s (alone %.2f s)", scale,
                    f.loadSeconds(), f.loadAloneSeconds(), f.postSeconds(), f.postAloneSeconds());
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the extra gazettes", e);
        } finally {
            TimedQueries.deleteAll(extra);
        }
    }

    private void reportFailures(List<LoadResult> results) {
        results.stream().filter(r -> !r.ok()).limit(10).forEach(r -> say("  refused: %s", r.error()));
        long failed = results.stream().filter(r -> !r.ok()).count();
        if (failed > 0) {
            say("  %d file(s) refused", failed);
        }
    }

    /** Building the full-text index of the loaded store alone, into a scratch folder, on one thread. */
    private static double textIndexAlone(GazetteStore store, Path folder) {
        long t0 = System.nanoTime();
        GazetteTextIndex.build(store.dataset(), folder);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Processor time of this process so far, every thread included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Parsing to triples (discarded) on one thread, in MB of text per second. */
    private static double parseRate(List<Path> files, long bytes) {
        GazetteParser parser = new GazetteParser();
        long t0 = System.nanoTime();
        for (Path f : files) {
            try {
                parser.parse(SourceText.read(f), new GazetteRdfWriter(StreamRDFLib.sinkNull()).resolving());
            } catch (RuntimeException e) {
                // A refused file is reported by the load; parsing speed counts the work done.
            }
        }
        return bytes / MB / ((System.nanoTime() - t0) / 1e9);
    }

    private List<QueryFigures> timeQueries(GazetteStore store) throws InterruptedException {
        FusekiServer server = GazetteServer.create(store.dataset()).port(0).build();
        server.start();
        try {
            URI endpoint = URI.create("http://localhost:" + server.getHttpPort() + GazetteServer.DATASET + "/sparql");
            return TimedQueries.time(new HttpQueryLoad(endpoint, options.requestsPerClient(), options.budget()),
                    options.clients(), progress);
        } finally {
            server.stop();
        }
    }

    /** Every numbered analyst query ({@code NN_…}) and the four table queries (documents, citations, divisions, issues). */
    static List<String> queryNames() {
        return TimedQueries.names();
    }

    private void say(String format, Object... args) {
        progress.printf(format + "%n", args);
        progress.flush();
    }

    /** The size of a file, or of every file under a folder. */
    static long sizeOf(Path path) {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(path)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + path, e);
        }
    }

    /** The heap limit, for the report's header. */
    static long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }
}
