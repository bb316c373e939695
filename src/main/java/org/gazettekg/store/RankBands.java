package org.gazettekg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Keeps the ranked bands of a store view ({@link View.Rank}, header {@code #+ rank: PROPERTY N
 * [by PARTITION]}): a copy of the rows whose count is at least the threshold, the Nth highest
 * count (ties included) per partition value, so that a query ranking the rows reads a graph whose
 * size does not grow with the store. Beside each band, a histogram (partition, count → number of
 * rows) is kept from the rows a write recomputes; the threshold follows from it, and only the rows
 * recomputed and those whose count lies between the old and the new threshold (found through the
 * count's index) are placed in or out of the band again.
 */
final class RankBands {

    private static final Node VALUE = NodeFactory.createURI(View.NS + "rankValue");
    private static final Node ROWS = NodeFactory.createURI(View.NS + "rankRows");
    private static final Node PARTITION = NodeFactory.createURI(View.NS + "rankPartition");
    /** The one partition of a rank without one (not written). */
    private static final Node WHOLE = NodeFactory.createLiteralString("");

    private final View view;
    private final Map<View.Rank, Map<Node, List<Pair>>> before;

    private RankBands(View view, Map<View.Rank, Map<Node, List<Pair>>> before) {
        this.view = view;
        this.before = before;
    }

    /** One (partition, count) of a row. */
    private record Pair(Node partition, long value) {
    }

    /** Reads, before the {@code rows} of {@code view} are deleted and computed again, what they count. */
    static RankBands before(DatasetGraph dataset, View view, Collection<Node> rows) {
        Map<View.Rank, Map<Node, List<Pair>>> out = new HashMap<>();
        for (View.Rank rank : view.ranks()) {
            Map<Node, List<Pair>> pairs = new HashMap<>();
            rows.forEach(row -> pairs.put(row, pairs(dataset, view, rank, row)));
            out.put(rank, pairs);
        }
        return new RankBands(view, out);
    }

    /**
     * Brings the bands up to date once the rows read {@link #before} and those {@code recomputed}
     * hold their new values.
     */
    void after(DatasetGraph dataset, Collection<Node> recomputed) {
        for (View.Rank rank : view.ranks()) {
            Map<Node, List<Pair>> old = before.get(rank);
            Set<Node> rows = new HashSet<>(old.keySet());
            rows.addAll(recomputed);
            Map<Node, NavigableMap<Long, Long>> histogram = readHistogram(dataset, view, rank);
            Map<Node, Long> thresholdsBefore = thresholds(histogram, rank.size());
            Map<Pair, Long> changes = new HashMap<>();
            for (Node row : rows) {
                old.getOrDefault(row, List.of()).forEach(p -> changes.merge(p, -1L, Long::sum));
                pairs(dataset, view, rank, row).forEach(p -> changes.merge(p, 1L, Long::sum));
            }
            changes.forEach((p, delta) -> {
                if (delta != 0) {
                    histogram.computeIfAbsent(p.partition(), k -> new TreeMap<>()).merge(p.value(), delta, Long::sum);
                }
            });
            Map<Node, Long> thresholds = thresholds(histogram, rank.size());
            Set<Long> crossed = new HashSet<>();
            Set<Node> partitions = new HashSet<>(thresholdsBefore.keySet());
            partitions.addAll(thresholds.keySet());
            for (Node partition : partitions) {
                long a = thresholdsBefore.getOrDefault(partition, Long.MAX_VALUE);
                long b = thresholds.getOrDefault(partition, Long.MAX_VALUE);
                if (a != b) {
                    // Rows no write touched whose count lies between the two thresholds may move in or out.
                    Set<Long> values = new HashSet<>(histogram.getOrDefault(partition, new TreeMap<>()).keySet());
                    changes.keySet().stream().filter(p -> p.partition().equals(partition)).forEach(p -> values.add(p.value()));
                    values.stream().filter(v -> v >= Math.min(a, b) && v < Math.max(a, b)).forEach(crossed::add);
                }
            }
            Node property = property(rank);
            crossed.forEach(v -> dataset.find(view.graph(), Node.ANY, property, integer(v)).forEachRemaining(q -> rows.add(q.getSubject())));
            rows.forEach(row -> place(dataset, view, rank, row, thresholds));
            writeHistogram(dataset, view, rank, histogram, changes.keySet());
        }
    }

    /** Computes the bands of {@code view} again from its whole graph. */
    static void whole(DatasetGraph dataset, View view) {
        for (View.Rank rank : view.ranks()) {
            dataset.deleteAny(view.band(rank), Node.ANY, Node.ANY, Node.ANY);
            dataset.deleteAny(histogramGraph(view, rank), Node.ANY, Node.ANY, Node.ANY);
            Set<Node> rows = new HashSet<>();
            dataset.find(view.graph(), Node.ANY, property(rank), Node.ANY).forEachRemaining(q -> rows.add(q.getSubject()));
            Map<Node, NavigableMap<Long, Long>> histogram = new HashMap<>();
            Set<Pair> entries = new HashSet<>();
            for (Node row : rows) {
                for (Pair p : pairs(dataset, view, rank, row)) {
                    histogram.computeIfAbsent(p.partition(), k -> new TreeMap<>()).merge(p.value(), 1L, Long::sum);
                    entries.add(p);
                }
            }
            Map<Node, Long> thresholds = thresholds(histogram, rank.size());
            rows.forEach(row -> place(dataset, view, rank, row, thresholds));
            writeHistogram(dataset, view, rank, histogram, entries);
        }
    }

    /** The graph of the histogram of {@code rank}'s band. */
    static Node histogramGraph(View view, View.Rank rank) {
        return NodeFactory.createURI(view.band(rank).getURI() + "/histogram");
    }

    /** Per partition, the count of its {@code size}th row from the top, or the least count when it has fewer rows. */
    private static Map<Node, Long> thresholds(Map<Node, NavigableMap<Long, Long>> histogram, int size) {
        Map<Node, Long> out = new HashMap<>();
        histogram.forEach((partition, counts) -> {
            long seen = 0;
            Long threshold = null;
            for (Map.Entry<Long, Long> e : counts.descendingMap().entrySet()) {
                if (e.getValue() <= 0) {
                    continue;
                }
                threshold = e.getKey();
                seen += e.getValue();
                if (seen >= size) {
                    break;
                }
            }
            if (threshold != null) {
                out.put(partition, threshold);
            }
        });
        return out;
    }

    /** Puts {@code row} in the band, a copy of all its triples, when one of its counts reaches its partition's threshold; else takes it out. */
    private static void place(DatasetGraph dataset, View view, View.Rank rank, Node row, Map<Node, Long> thresholds) {
        Node band = view.band(rank);
        dataset.deleteAny(band, row, Node.ANY, Node.ANY);
        boolean member = pairs(dataset, view, rank, row).stream()
                .anyMatch(p -> thresholds.containsKey(p.partition()) && p.value() >= thresholds.get(p.partition()));
        if (member) {
            List<Quad> quads = new ArrayList<>();
            dataset.find(view.graph(), row, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            quads.forEach(q -> dataset.add(band, q.getSubject(), q.getPredicate(), q.getObject()));
        }
    }

    /** The (partition, count) pairs of {@code row} in the view's graph now. */
    private static List<Pair> pairs(DatasetGraph dataset, View view, View.Rank rank, Node row) {
        List<Long> values = new ArrayList<>();
        dataset.find(view.graph(), row, property(rank), Node.ANY).forEachRemaining(q -> values.add(count(q.getObject())));
        List<Node> partitions = new ArrayList<>();
        if (rank.partition() == null) {
            partitions.add(WHOLE);
        } else {
            dataset.find(view.graph(), row, NodeFactory.createURI(View.NS + rank.partition()), Node.ANY)
                    .forEachRemaining(q -> partitions.add(q.getObject()));
        }
        List<Pair> out = new ArrayList<>();
        partitions.forEach(p -> values.forEach(v -> out.add(new Pair(p, v))));
        return out;
    }

    private static long count(Node literal) {
        if (!literal.isLiteral() || !(literal.getLiteralValue() instanceof Number n)) {
            throw new IllegalStateException("a ranked count is not a number: " + literal);
        }
        return n.longValue();
    }

    private static Map<Node, NavigableMap<Long, Long>> readHistogram(DatasetGraph dataset, View view, View.Rank rank) {
        Map<Node, Map<Node, Node>> entries = new HashMap<>();
        dataset.find(histogramGraph(view, rank), Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> entries.computeIfAbsent(q.getSubject(), k -> new HashMap<>()).put(q.getPredicate(), q.getObject()));
        Map<Node, NavigableMap<Long, Long>> histogram = new HashMap<>();
        entries.values().forEach(e -> histogram.computeIfAbsent(e.getOrDefault(PARTITION, WHOLE), k -> new TreeMap<>())
                .put(count(e.get(VALUE)), count(e.get(ROWS))));
        return histogram;
    }

    /** Writes the histogram's entries for {@code entries}: their number of rows, or nothing when it fell to none. */
    private static void writeHistogram(DatasetGraph dataset, View view, View.Rank rank,
            Map<Node, NavigableMap<Long, Long>> histogram, Collection<Pair> entries) {
        Node graph = histogramGraph(view, rank);
        for (Pair p : entries) {
            Node entry = NodeFactory.createURI(graph.getURI() + "/" + md5(p.partition().toString() + " " + p.value()));
            dataset.deleteAny(graph, entry, Node.ANY, Node.ANY);
            long rows = histogram.getOrDefault(p.partition(), new TreeMap<>()).getOrDefault(p.value(), 0L);
            if (rows > 0) {
                dataset.add(graph, entry, VALUE, integer(p.value()));
                dataset.add(graph, entry, ROWS, integer(rows));
                if (!WHOLE.equals(p.partition())) {
                    dataset.add(graph, entry, PARTITION, p.partition());
                }
            }
        }
    }

    private static Node property(View.Rank rank) {
        return NodeFactory.createURI(View.NS + rank.property());
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
