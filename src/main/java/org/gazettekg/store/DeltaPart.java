package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * One property of a row that {@link KeyedCounts} keeps from deltas: how it is kept, from the
 * values of {@code var} in {@code patterns}, as one {@code #+ delta:} line of the view's header
 * says:
 *
 * <pre>
 * #+ delta: PROPERTY count ?VAR { PATTERN } [required]     the number of distinct ?VAR
 * #+ delta: PROPERTY list "SEP" ?VAR { PATTERN }           their STR, in ORDER BY order, joined by SEP
 * #+ delta: PROPERTY least ?VAR { PATTERN } [required]     MIN(?VAR), none when there is none
 * #+ delta: PROPERTY each ?VAR { PATTERN }                 one triple per distinct ?VAR
 * </pre>
 *
 * where PATTERN is a basic graph pattern over the file views that binds the key and ?VAR.
 */
record DeltaPart(Node property, Kind kind, String separator, Var var, List<Triple> patterns, boolean required) {

    private static final Pattern LINE = Pattern.compile(
            "(\\w+)\\s+(count|least|each|list\\s+\"([^\"]*)\")\\s+\\?(\\w+)\\s+(\\{.*\\})\\s*(required)?");

    /** How a part of a row is kept. */
    enum Kind {
        /** The number of distinct values. */
        COUNT,
        /** The values' strings, distinct and in order, joined. */
        LIST,
        /** The least value. */
        LEAST,
        /** Every value. */
        EACH
    }

    DeltaPart {
        requireNonNull(property, "property");
        requireNonNull(kind, "kind");
        requireNonNull(var, "var");
        patterns = List.copyOf(patterns);
    }

    /** The values this part reads: its variable in its pattern (two parts may share it). */
    List<Object> source() {
        return List.of(var, patterns);
    }

    /** Whether this part's pattern mentions {@code v} as a subject or object. */
    boolean mentions(Var v) {
        return patterns.stream().anyMatch(t -> v.equals(t.getSubject()) || v.equals(t.getObject()));
    }

    /**
     * The parts of the rows of {@code view}, keyed by {@code key}, one per {@code #+ delta:} line of
     * its header; refused unless there is one for each property of its CONSTRUCT template and no more.
     */
    static List<DeltaPart> of(View view, Var key) {
        String prefixes = view.query().getPrefixMapping().getNsPrefixMap().entrySet().stream()
                .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());
        List<DeltaPart> parts = view.deltas().stream().map(line -> read(view, key, prefixes, line)).toList();
        Set<Node> kept = parts.stream().map(DeltaPart::property).collect(Collectors.toSet());
        Set<Node> template = new HashSet<>();
        for (Triple t : view.query().getConstructTemplate().getTriples()) {
            if (!key.equals(t.getSubject()) || !t.getPredicate().isURI()) {
                throw new IllegalStateException("view " + view.name() + ": a row kept from deltas has the key as subject of every triple");
            }
            template.add(t.getPredicate());
        }
        if (!template.equals(kept) || kept.size() != parts.size()) {
            throw new IllegalStateException("view " + view.name() + ": one #+ delta line for each property of its rows, no more");
        }
        return parts;
    }

    private static DeltaPart read(View view, Var key, String prefixes, String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalStateException("view " + view.name() + ": cannot read #+ delta: " + line);
        }
        Query q = QueryFactory.create(prefixes + "SELECT * WHERE " + m.group(5));
        List<Triple> patterns = new ArrayList<>();
        if (!(q.getQueryPattern() instanceof ElementGroup group) || group.getElements().size() != 1
                || !(group.getElements().get(0) instanceof ElementPathBlock block)) {
            throw new IllegalStateException("view " + view.name() + ": a #+ delta pattern is a basic graph pattern: " + line);
        }
        for (TriplePath p : block.getPattern().getList()) {
            if (!p.isTriple()) {
                throw new IllegalStateException("view " + view.name() + ": no property path in a #+ delta pattern: " + line);
            }
            patterns.add(p.asTriple());
        }
        Var var = Var.alloc(m.group(4));
        Set<Node> mentioned = new HashSet<>();
        patterns.forEach(t -> mentioned.addAll(List.of(t.getSubject(), t.getObject())));
        if (!mentioned.contains(key) || !mentioned.contains(var)) {
            throw new IllegalStateException("view " + view.name() + ": a #+ delta pattern binds the key and ?" + var.getVarName() + ": " + line);
        }
        Kind kind = Kind.valueOf(m.group(2).split("\\s")[0].toUpperCase(Locale.ROOT));
        return new DeltaPart(NodeFactory.createURI(View.NS + m.group(1)), kind, m.group(3), var, patterns, m.group(6) != null);
    }
}
