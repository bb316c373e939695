package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.SortCondition;
import org.gazettekg.support.ClasspathFolder;

/**
 * A load-time view: a CONSTRUCT in {@code queries/views/NAME.rq}, beside the query that reads it,
 * whose header {@code #+ view: file} or {@code #+ view: store} says what it is computed over. A
 * file view reads one source graph (bound to {@code ?source}) and is kept per source file in the
 * graph {@code …/derived/file-views/NAME/FILE}; a store view reads the file views of every file
 * (in the union) and is kept in {@code …/derived/views/NAME}.
 *
 * @param name  the file name without {@code .rq}
 * @param scope over what the view is computed
 * @param query the CONSTRUCT
 * @param keys  for a store view, the variables it groups by whose rows a write recomputes
 *              alone (header {@code #+ key: policy}): each row of the view must depend only on
 *              file-view triples that mention one of its keys; none, the view is computed whole
 * @param ranks for a store view, the bands of its rows ranked by a count that are kept beside it
 *              (header {@code #+ rank: PROPERTY N [by PROPERTY]}; {@link RankBands})
 * @param deltas for a store view of one key, how each property of its rows is kept from the
 *              changes of the union of file views rather than computed again (headers
 *              {@code #+ delta: PROPERTY KIND ?VAR { PATTERN }}, as they are written; {@link KeyedCounts})
 * @param page  for a store view, the order its rows are numbered and paged in (header
 *              {@code #+ page: N by CONDITIONS}; {@link PageOrder}), or null
 * @param pairs for a store view of two keys, the property (in the view's namespace) by which a
 *              node of the file views names the pairs of key values whose rows it reads (header
 *              {@code #+ pairs: PROPERTY}; {@link PairedKeys}), or null
 */
public record View(String name, Scope scope, Query query, List<String> keys, List<Rank> ranks, List<String> deltas, Page page,
                   String pairs) {

    /** Where every derived graph is named. */
    public static final String DERIVED = "https://w3id.org/gazette-kg/derived/";
    /** The view vocabulary. */
    public static final String NS = "https://w3id.org/gazette-kg/view#";
    /** The source graph a file view reads. */
    static final String SOURCE_VARIABLE = "source";

    private static final ClasspathFolder FOLDER = new ClasspathFolder("gazettekg/queries/views");
    private static final Pattern HEADER = Pattern.compile("(?m)^#\\+\\s*view:\\s*(file|store)\\s*$");
    private static final Pattern KEYS = Pattern.compile("(?m)^#\\+\\s*key:\\s*(.+?)\\s*$");
    private static final Pattern DELTAS = Pattern.compile("(?m)^#\\+\\s*delta:\\s*(.+?)\\s*$");
    private static final Pattern PAIRS = Pattern.compile("(?m)^#\\+\\s*pairs:\\s*(\\w+)\\s*$");
    private static final Pattern PAGE = Pattern.compile("(?m)^#\\+\\s*page:(.*)$");
    private static final Pattern PAGE_PARTS = Pattern.compile("\\s*(\\d+)\\s+by\\s+(\\S.*?)\\s*");
    private static final Pattern RANKS = Pattern.compile("(?m)^#\\+\\s*rank:\\s*(\\w+)\\s+(\\d+)(?:\\s+by\\s+(\\w+))?\\s*$");
    private static final List<View> ALL = load();

    /** What a view is computed over. */
    public enum Scope {
        /** One source graph at a time. */
        FILE,
        /** The file views of all source graphs. */
        STORE
    }

    /**
     * A band of a store view's rows: those whose {@code property} (a count, in the view's
     * namespace) is at least the {@code size}th highest among the rows, ties included, per value
     * of {@code partition} (null: among all rows), kept in the graph {@link #band}. A query that
     * ranks the rows by that property first and takes {@code size} of them can read the band alone.
     */
    public record Rank(String property, int size, String partition) {
        /** Checks the parts. */
        public Rank {
            requireNonNull(property, "property");
            if (size < 1) {
                throw new IllegalArgumentException("rank size " + size);
            }
        }
    }

    /**
     * The order of a store view's rows for its pages: the {@code conditions} of an {@code ORDER BY}
     * over the variables of the view's CONSTRUCT template (then the row itself, as a tie-break), and
     * {@code size} rows to a page ({@link PageOrder}).
     */
    public record Page(int size, List<SortCondition> conditions) {
        /** Checks the parts. */
        public Page {
            if (size < 1) {
                throw new IllegalArgumentException("page size " + size);
            }
            conditions = List.copyOf(requireNonNull(conditions, "conditions"));
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("a page order has no conditions");
            }
        }
    }

    /** A view without pages. */
    public View(String name, Scope scope, Query query, List<String> keys, List<Rank> ranks, List<String> deltas) {
        this(name, scope, query, keys, ranks, deltas, null, null);
    }

    /** A view without ranked bands. */
    public View(String name, Scope scope, Query query, List<String> keys) {
        this(name, scope, query, keys, List.of());
    }

    /** A view whose rows are not kept from deltas. */
    public View(String name, Scope scope, Query query, List<String> keys, List<Rank> ranks) {
        this(name, scope, query, keys, ranks, List.of());
    }

    /** Checks the parts. */
    public View {
        requireNonNull(name, "name");
        requireNonNull(scope, "scope");
        requireNonNull(query, "query");
        keys = List.copyOf(requireNonNull(keys, "keys"));
        ranks = List.copyOf(requireNonNull(ranks, "ranks"));
        deltas = List.copyOf(requireNonNull(deltas, "deltas"));
        if (!ranks.isEmpty() && (scope != Scope.STORE || keys.isEmpty())) {
            throw new IllegalArgumentException("view " + name + ": only a keyed store view has ranks");
        }
        if (!deltas.isEmpty() && (scope != Scope.STORE || keys.size() != 1 || keys.get(0).contains("+"))) {
            throw new IllegalArgumentException("view " + name + ": only a store view of one key is kept from deltas");
        }
        if (!query.isConstructType()) {
            throw new IllegalArgumentException("view " + name + " is not a CONSTRUCT");
        }
        if (page != null && (scope != Scope.STORE || !deltas.isEmpty())) {
            throw new IllegalArgumentException("view " + name + ": only a store view not kept from deltas has pages");
        }
        if (page != null) {
            PageOrder.checkTemplate(name, query, page);
        }
        if (pairs != null && (scope != Scope.STORE || keys.size() != 2 || keys.stream().anyMatch(k -> k.contains("+")))) {
            throw new IllegalArgumentException("view " + name + ": only a store view of two keys is kept by pairs");
        }
    }

    /** Every view of {@code queries/views}, in name order. */
    public static List<View> all() {
        return ALL;
    }

    /** The views of {@code scope}, in name order. */
    static List<View> of(Scope scope) {
        return ALL.stream().filter(v -> v.scope() == scope).toList();
    }

    /** The view called {@code name}. */
    static View named(String name) {
        return ALL.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no view " + name));
    }

    /** The graph that holds this store view. */
    public Node graph() {
        return NodeFactory.createURI(DERIVED + "views/" + name);
    }

    /** The graph that holds the band of this store view's rows ranked by {@code rank}. */
    public Node band(Rank rank) {
        return NodeFactory.createURI(DERIVED + "views/" + name + "/top/" + rank.property());
    }

    /** The graph that holds the positions and page numbers of this store view's rows ({@link PageOrder}). */
    public Node pages() {
        return NodeFactory.createURI(DERIVED + "views/" + name + "/pages");
    }

    /** The graph that holds this file view of the source graph {@code source}. */
    Node graph(Node source) {
        String uri = source.getURI();
        return NodeFactory.createURI(DERIVED + "file-views/" + name + "/" + uri.substring(uri.lastIndexOf('/') + 1));
    }

    /** Whether {@code graph} is a derived graph (a view, the links), not a source. */
    public static boolean isDerived(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(DERIVED);
    }

    private static List<View> load() {
        return FOLDER.list(".rq").stream()
                .map(file -> parse(file.substring(0, file.length() - ".rq".length()), new String(FOLDER.read(file), StandardCharsets.UTF_8)))
                .toList();
    }

    /** The view called {@code name} whose file holds {@code text}: its headers and its CONSTRUCT. */
    static View parse(String name, String text) {
        Matcher m = HEADER.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("view " + name + " has no header #+ view: file|store");
        }
        Matcher k = KEYS.matcher(text);
        List<String> keys = k.find() ? List.of(k.group(1).split("\\s+")) : List.of();
        List<Rank> ranks = RANKS.matcher(text).results()
                .map(r -> new Rank(r.group(1), Integer.parseInt(r.group(2)), r.group(3))).toList();
        List<String> deltas = DELTAS.matcher(text).results().map(d -> d.group(1)).toList();
        Query query = QueryFactory.create(text);
        Matcher pairs = PAIRS.matcher(text);
        return new View(name, Scope.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)), query, keys, ranks, deltas,
                page(name, text, query), pairs.find() ? pairs.group(1) : null);
    }

    /** The view's {@code #+ page: N by CONDITIONS} header, parsed as an ORDER BY in the view's prologue; null without one. */
    private static Page page(String name, String text, Query query) {
        List<String> headers = PAGE.matcher(text).results().map(r -> r.group(1)).toList();
        if (headers.isEmpty()) {
            return null;
        }
        Matcher p = PAGE_PARTS.matcher(headers.get(0));
        if (headers.size() > 1 || !p.matches()) {
            throw malformed(name, headers.get(0), headers.size() > 1 ? "more than one" : "");
        }
        Query order;
        int size;
        try {
            order = QueryFactory.create(prologue(query) + "SELECT * {} ORDER BY " + p.group(2));
            size = Integer.parseInt(p.group(1));
        } catch (QueryParseException | NumberFormatException e) {
            throw malformed(name, headers.get(0), e.getMessage().lines().findFirst().orElse(""));
        }
        if (size < 1) {
            throw malformed(name, headers.get(0), "no rows a page");
        }
        return new Page(size, order.getOrderBy());
    }

    private static IllegalArgumentException malformed(String name, String header, String why) {
        return new IllegalArgumentException("view " + name + ": malformed header #+ page:" + header
                + "; expected #+ page: N by CONDITION... (N > 0 rows a page, the CONDITIONs of an ORDER BY over the view's variables)"
                + (why.isEmpty() ? "" : " (" + why + ")"));
    }

    private static String prologue(Query query) {
        StringBuilder out = new StringBuilder();
        query.getPrefixMapping().getNsPrefixMap().forEach((prefix, uri) -> out.append("PREFIX ").append(prefix).append(": <").append(uri).append(">\n"));
        return out.toString();
    }
}
