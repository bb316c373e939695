package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The benchmark's figures as a table for people and as JSON (snake_case keys) for tools. */
public final class BenchOutput {

    private static final double MB = 1_000_000.0;
    private static final double MIB = 1024.0 * 1024.0;

    private BenchOutput() {
    }

    /** Writes the report as JSON to {@code file}. */
    public static void writeJson(BenchReport report, Path file) {
        requireNonNull(report, "report");
        requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            mapper().writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** Prints the figures of every scale, then each query's latencies, then how they compare with the targets. */
    public static void print(BenchReport report, PrintWriter out) {
        requireNonNull(report, "report");
        requireNonNull(out, "out");
        out.printf("Java %s, %d processors, heap limit %.0f MiB, %d concurrent clients%n%n", report.java(),
                report.processors(), report.maxHeapBytes() / MIB, report.clients());
        out.printf("%6s %6s %8s %9s %10s %11s %9s %12s %9s %8s %8s %12s %7s %8s %8s %7s %8s %9s %9s %9s %9s%n", "scale", "files",
                "text MB", "documents", "parse MB/s", "triples", "ours s", "ours tr/s", "Jena s", "J load", "J text", "Jena tr/s", "ratio",
                "ours cpu", "Jena cpu", "cpu rt", "text s", "TDB2 MB", "Jena MB", "heap MiB", "live MiB");
        for (ScaleFigures s : report.scales()) {
            out.printf("%5d× %6d %8.1f %9d %10.2f %,11d %9.1f %,12.0f %9.1f %8.1f %8.1f %,12.0f %7.2f %8.1f %8.1f %7.2f %8.1f"
                            + " %9.1f %9.1f %9.0f %9.0f%n",
                    s.scale(), s.files(), s.corpusBytes() / MB, s.documents(), s.parseMbPerS(), s.triples(),
                    s.loadSeconds(), s.loadTriplesPerS(), s.jenaLoadSeconds(), s.jenaTdb2LoadSeconds(),
                    s.jenaTextIndexSeconds(), s.jenaTriplesPerS(), s.loadRatio(),
                    s.loadCpuSeconds(), s.jenaLoadCpuSeconds(), s.loadCpuRatio(), s.textIndexSeconds(),
                    s.tdb2Bytes() / MB, s.jenaTdb2Bytes() / MB, s.peakHeapLoadBytes() / MIB,
                    s.peakLiveLoadBytes() / MIB);
        }
        for (ScaleFigures s : report.scales()) {
            out.printf("%nqueries at %d× (ms; HTTP, SPARQL JSON results)%n", s.scale());
            out.printf("%-45s %8s %8s %8s | %8s %8s %8s %8s %9s%n", "query", "1: p50", "p95", "req/s",
                    report.clients() + ": p50", "p95", "max", "req/s", "KB");
            for (QueryFigures q : s.queries()) {
                Latency a = q.oneClient();
                Latency b = q.clients();
                out.printf("%-45s %8.1f %8.1f %8.1f | %8.1f %8.1f %8.1f %8.1f %9.1f%s%n", q.name(), a.p50Ms(), a.p95Ms(),
                        a.throughputPerS(), b.p50Ms(), b.p95Ms(), b.maxMs(), b.throughputPerS(), b.responseBytes() / 1000.0,
                        a.errors() + b.errors() > 0 ? "  (" + (a.errors() + b.errors()) + " errors)" : "");
            }
            printFirstRows(s.queries(), out);
        }
        printTargets(report, out);
        out.flush();
    }

    /** The table queries' time to their first row, one line each (nothing for analyst queries). */
    static void printFirstRows(List<QueryFigures> queries, PrintWriter out) {
        for (QueryFigures q : queries) {
            if (q.firstRow() != null) {
                out.printf("  %-45s first row p50 %7.1f p95 %7.1f ms (%d requests%s)%n", q.name(), q.firstRow().p50Ms(),
                        q.firstRow().p95Ms(), q.firstRow().requests(),
                        q.firstRow().errors() > 0 ? ", " + q.firstRow().errors() + " errors" : "");
            }
        }
    }

    private static void printTargets(BenchReport report, PrintWriter out) {
        ScaleFigures top = report.scales().get(report.scales().size() - 1);
        BenchReport.Targets t = report.targets();
        out.printf("%ntargets at %d× (reported, not enforced):%n", top.scale());
        out.printf("  load ratio %.2f (target ≤ %.1f): %s%n", top.loadRatio(), t.maxLoadRatio(),
                top.loadRatio() <= t.maxLoadRatio() ? "met" : "MISSED");
        for (QueryFigures q : top.queries()) {
            if (q.firstRow() != null) {
                boolean met = q.firstRow().errors() == 0 && q.firstRow().p95Ms() <= t.maxFirstRowMs();
                out.printf("  %-45s first row p95 %7.1f ms (target ≤ %.0f): %s%n", q.name(), q.firstRow().p95Ms(),
                        t.maxFirstRowMs(), met ? "met" : "MISSED");
                continue;
            }
            if (!TimedQueries.isAnalystQuery(q.name())) {
                continue;
            }
            double max = Math.max(q.oneClient().maxMs(), q.clients().maxMs());
            boolean met = q.clients().p95Ms() <= t.maxQueryP95Ms() && max <= t.maxQueryMs();
            out.printf("  %-45s p95 %7.1f ms, max %7.1f ms (targets ≤ %.0f, ≤ %.0f): %s%n", q.name(),
                    q.clients().p95Ms(), max, t.maxQueryP95Ms(), t.maxQueryMs(), met ? "met" : "MISSED");
        }
    }
}
