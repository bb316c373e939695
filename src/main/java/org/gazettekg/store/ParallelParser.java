package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gazettekg.graph.GazetteRdfWriter;
import org.gazettekg.graph.GazetteShapes;
import org.gazettekg.graph.LoadCounts;
import org.gazettekg.parse.GazetteParseException;
import org.gazettekg.parse.GazetteParser;
import org.gazettekg.parse.SourceText;

/**
 * Parses and validates gazettes on a bounded pool of threads and hands the results back in the
 * order of the input. At most {@link #WINDOW_PER_THREAD} parsed files per thread wait in memory,
 * so memory stays bounded by a few files' graphs whatever the size of the corpus.
 */
final class ParallelParser implements AutoCloseable {

    private static final int MAX_THREADS = 4;
    private static final int WINDOW_PER_THREAD = 2;

    private final GazetteShapes shapes;
    private final ThreadLocal<GazetteParser> parsers = ThreadLocal.withInitial(GazetteParser::new);
    private final ExecutorService pool;
    private final int window;

    ParallelParser(GazetteShapes shapes) {
        this.shapes = requireNonNull(shapes, "shapes");
        int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
        this.window = threads * WINDOW_PER_THREAD;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "gazette-parser-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The files parsed, in input order; parsing runs ahead of the consumer by a bounded window. */
    Iterator<ParsedFile> parseAll(List<SourceFile> files) {
        return parseAll(files, parsed -> { });
    }

    /**
     * As {@link #parseAll(List)}, running {@code inWorker} on each file parsed and accepted, on the
     * parsing thread: work per file that can run in parallel rather than on the consumer's thread.
     */
    Iterator<ParsedFile> parseAll(List<SourceFile> files, Consumer<ParsedFile> inWorker) {
        requireNonNull(files, "files");
        requireNonNull(inWorker, "inWorker");
        return new Iterator<>() {
            private final Deque<Future<ParsedFile>> pending = new ArrayDeque<>();
            private int submitted;

            private void fill() {
                while (pending.size() < window && submitted < files.size()) {
                    SourceFile f = files.get(submitted++);
                    pending.add(pool.submit(() -> {
                        ParsedFile parsed = parse(f);
                        if (parsed.ok()) {
                            inWorker.accept(parsed);
                        }
                        return parsed;
                    }));
                }
            }

            @Override
            public boolean hasNext() {
                fill();
                return !pending.isEmpty();
            }

            @Override
            public ParsedFile next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ParsedFile p = await(pending.poll());
                fill();
                return p;
            }
        };
    }

    private static ParsedFile await(Future<ParsedFile> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parser failed", e.getCause());
        }
    }

    /** Reads, parses and validates one file; every failure becomes a refusal naming the file. */
    ParsedFile parse(SourceFile file) {
        String name = file.name();
        try {
            SourceText text = file.reader().get();
            Graph graph = GraphFactory.createDefaultGraph();
            GazetteRdfWriter writer = new GazetteRdfWriter(triplesInto(graph));
            parsers.get().parse(text, writer.resolving());
            if (writer.counts().documents() == 0 && !writer.hasIssue()) {
                throw new GazetteParseException(name, 0,
                        "not a gazette: no masthead and no document (a heading followed by its 文号) in "
                                + text.lineCount() + " lines");
            }
            ValidationReport report = shapes.validate(graph);
            if (!GazetteShapes.violations(report).isEmpty()) {
                throw new ShapeViolationException(name, report);
            }
            LoadCounts c = writer.counts();
            return ParsedFile.parsed(name, graph, new LoadCounts(c.documents(), c.citations(), c.mentions(), graph.size()),
                    GazetteShapes.warnings(report).stream().map(GazetteShapes::describe).toList());
        } catch (GazetteParseException | ShapeViolationException e) {
            return ParsedFile.refused(name, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return ParsedFile.refused(name, name + ": cannot load: " + e);
        }
    }

    private static StreamRDF triplesInto(Graph graph) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                graph.add(triple);
            }

            @Override
            public void quad(Quad quad) {
                graph.add(quad.asTriple());
            }
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
