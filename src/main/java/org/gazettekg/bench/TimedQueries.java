package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gazettekg.query.QueryCatalog;

/**
 * What both benchmarks share: the queries they time (the analysts' {@code NN_…} ones, then the
 * four table queries), timing them against one endpoint, and clearing their files.
 */
final class TimedQueries {

    /** The analysts' queries, {@code NN_…}: the latency targets apply to them. */
    private static final Pattern ANALYST_QUERY = Pattern.compile("\\d{2}_.+");
    /** The table queries (exports, scored from outside), timed after the analysts' queries, also to their first row. */
    private static final List<String> TABLE_QUERIES = List.of("documents", "citations", "divisions", "issues");

    private TimedQueries() {
    }

    /** Whether {@code name} is one of the analysts' numbered queries. */
    static boolean isAnalystQuery(String name) {
        return ANALYST_QUERY.matcher(name).matches();
    }

    /** Every analyst query of the catalogue, then the tables. */
    static List<String> names() {
        List<String> names = new ArrayList<>(QueryCatalog.names().stream().filter(TimedQueries::isAnalystQuery).toList());
        names.addAll(TABLE_QUERIES);
        return names;
    }

    /** Times every query of {@link #names()} with one client, then with {@code clients}, reporting each to {@code progress}. */
    static List<QueryFigures> time(HttpQueryLoad load, int clients, PrintWriter progress) throws InterruptedException {
        requireNonNull(load, "load");
        requireNonNull(progress, "progress");
        List<QueryFigures> out = new ArrayList<>();
        for (String name : names()) {
            String text = QueryCatalog.resolve(name).text();
            Latency one = load.run(text, 1);
            Latency many = load.run(text, clients);
            progress.printf("  %-45s 1 client p50 %7.1f p95 %7.1f ms | %d clients p50 %7.1f p95 %7.1f max %7.1f ms, %.1f req/s%n",
                    name, one.p50Ms(), one.p95Ms(), clients, many.p50Ms(), many.p95Ms(), many.maxMs(),
                    many.throughputPerS());
            progress.flush();
            Latency firstRow = isAnalystQuery(name) ? null : load.firstRow(text);
            if (firstRow != null) {
                progress.printf("  %-45s first row: 1 client p50 %7.1f p95 %7.1f ms%n", name, firstRow.p50Ms(), firstRow.p95Ms());
                progress.flush();
            }
            out.add(new QueryFigures(name, one, many, firstRow));
        }
        return out;
    }

    /** Deletes each file or folder tree that exists. */
    static void deleteAll(Path... paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(p)) {
                for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(q);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + p, e);
            }
        }
    }
}
