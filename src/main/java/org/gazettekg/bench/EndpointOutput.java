package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The figures of {@code bench --endpoint} as a table for people and as JSON (snake_case keys) for tools. */
public final class EndpointOutput {

    private EndpointOutput() {
    }

    /** Writes the report as JSON to {@code file}. */
    public static void writeJson(EndpointReport report, Path file) {
        requireNonNull(report, "report");
        requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            BenchOutput.mapper().writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Prints the replica's figures, if any, then each query's latencies. */
    public static void print(EndpointReport report, PrintWriter out) {
        requireNonNull(report, "report");
        requireNonNull(out, "out");
        out.printf("%nJava %s, %d processors, %d concurrent clients, endpoint %s%n", report.java(), report.processors(),
                report.clients(), report.endpoint());
        printReplica(report, out);
        out.printf("%nqueries (ms; HTTP, SPARQL JSON results)%n");
        out.printf("%-45s %8s %8s %8s | %8s %8s %8s %8s %9s%n", "query", "1: p50", "p95", "req/s",
                report.clients() + ": p50", "p95", "max", "req/s", "KB");
        for (QueryFigures q : report.queries()) {
            Latency a = q.oneClient();
            Latency b = q.clients();
            out.printf("%-45s %8.1f %8.1f %8.1f | %8.1f %8.1f %8.1f %8.1f %9.1f%s%n", q.name(), a.p50Ms(), a.p95Ms(),
                    a.throughputPerS(), b.p50Ms(), b.p95Ms(), b.maxMs(), b.throughputPerS(), b.responseBytes() / 1000.0,
                    a.errors() + b.errors() > 0 ? "  (" + (a.errors() + b.errors()) + " errors)" : "");
        }
        BenchOutput.printFirstRows(report.queries(), out);
        out.flush();
    }

    private static void printReplica(EndpointReport report, PrintWriter out) {
        CatchUp c = report.catchUp();
        if (c == null) {
            out.println("not a replica");
            return;
        }
        out.printf("replica of %s: lag 0 after %.1f s (offset %d; %d record(s) applied meanwhile, %.1f/s)%n",
                c.caughtUp().topic(), c.waitedSeconds(), c.caughtUp().appliedOffset(), c.records(), c.recordsPerS());
        PublishLagFigures p = report.publishLag();
        if (p != null) {
            out.printf("published %d gazettes (%.1f MB of text, offsets %d–%d) in %.1f s (%.2f/s)%n", p.gazettes(),
                    p.textBytes() / 1e6, p.firstOffset(), p.lastOffset(), p.publishSeconds(), p.gazettesPerS());
            out.printf("acknowledged → applied on the replica: p50 %.0f ms, p95 %.0f ms, max %.0f ms; "
                    + "last one %.0f ms (status asked every %d ms)%n", p.visibleP50Ms(), p.visibleP95Ms(),
                    p.visibleMaxMs(), p.drainMs(), p.pollMs());
        }
        if (report.replica() != null) {
            out.printf("after the queries: %s, offset %d, lag %d%n", report.replica().state(),
                    report.replica().appliedOffset(), report.replica().lag());
        }
    }
}
