package org.gazettekg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;

/**
 * Numbers the rows of a store view that declares {@code #+ page: N by CONDITIONS}
 * ({@link View.Page}), in the graph {@code …/derived/views/NAME/pages}: each row's
 * {@code view:position} (from 0, in the order of the conditions, then of the row's IRI) and
 * {@code view:page} (its position divided by N), and on the graph's own node {@code view:pageRows}
 * (N) and {@code view:rowCount}. A query that pages the view reads one page by its number rather
 * than sorting the whole view to skip an {@code OFFSET}.
 *
 * <p>The order is SPARQL's own: Jena's {@link BindingComparator} over the conditions, evaluated on
 * each row's binding of the template's variables (the row, and the object of each of its
 * properties). After a write, only the positions from the first that changed onward are written
 * again: the rows before it keep theirs, so a write whose rows sort last touches only the tail.
 */
final class PageOrder {

    static final Node POSITION = NodeFactory.createURI(View.NS + "position");
    static final Node PAGE = NodeFactory.createURI(View.NS + "page");
    static final Node PAGE_ROWS = NodeFactory.createURI(View.NS + "pageRows");
    static final Node ROW_COUNT = NodeFactory.createURI(View.NS + "rowCount");

    private final DatasetGraph dataset;
    private final View view;
    private final Node graph;
    private final Var row;
    /** For each variable the conditions read (but the row), the row's property that holds it. */
    private final Map<Var, Node> properties;
    private final Comparator<Binding> order;

    private PageOrder(DatasetGraph dataset, View view) {
        this.dataset = dataset;
        this.view = view;
        this.graph = view.pages();
        this.row = rowVariable(view.name(), view.query());
        this.properties = properties(view.name(), view.query(), view.page(), row);
        List<SortCondition> conditions = new ArrayList<>(view.page().conditions());
        conditions.add(new SortCondition(row, Query.ORDER_ASCENDING));
        this.order = new BindingComparator(conditions);
    }

    /** An unchanged row and its position before the write. */
    private record Placed(Node row, long at) {
    }

    /** A row of the view and its binding of the variables the conditions read. */
    private record Keyed(Node row, Binding binding) {
    }

    /**
     * Checks, when a view is made, that its CONSTRUCT template has one subject, a variable (the
     * row), and that each variable of the page's conditions is the row or the object of one of
     * the row's properties.
     */
    static void checkTemplate(String name, Query query, View.Page page) {
        properties(name, query, page, rowVariable(name, query));
    }

    /** Numbers every row of {@code view} again (nothing, for a view without pages); call inside a write transaction. */
    static void whole(DatasetGraph dataset, View view) {
        if (view.page() != null) {
            new PageOrder(dataset, view).numberAll();
        }
    }

    /**
     * Brings the numbers up to date once the rows {@code changed} (deleted, computed again or new)
     * hold their new triples in the view's graph, the others being as before (nothing, for a view
     * without pages); call inside a write transaction.
     */
    static void update(DatasetGraph dataset, View view, Collection<Node> changed) {
        if (view.page() == null) {
            return;
        }
        PageOrder pages = new PageOrder(dataset, view);
        if (!pages.isNumbered()) {
            pages.numberAll();
        } else if (!changed.isEmpty()) {
            pages.renumber(Set.copyOf(changed));
        }
    }

    private void numberAll() {
        dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        Set<Node> rows = new HashSet<>();
        dataset.find(view.graph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> rows.add(q.getSubject()));
        List<Keyed> sorted = sorted(rows);
        for (int i = 0; i < sorted.size(); i++) {
            write(sorted.get(i).row(), i);
        }
        writeCounts(sorted.size());
    }

    /**
     * Numbers again from the first position that changed: the least old position of a changed
     * row, or where the first changed row now falls among the rows before it, if earlier.
     */
    private void renumber(Set<Node> changed) {
        long count = stored(ROW_COUNT);
        long first = count;
        Set<Node> old = new HashSet<>();
        for (Node r : changed) {
            Long p = positionOf(r);
            if (p != null) {
                old.add(r);
                first = Math.min(first, p);
            }
        }
        List<Keyed> fresh = sorted(changed.stream().filter(r -> dataset.contains(view.graph(), r, Node.ANY, Node.ANY)).toList());
        if (!fresh.isEmpty()) {
            first = Math.min(first, insertionPoint(fresh.get(0), first));
        }
        List<Placed> tail = new ArrayList<>();
        for (long p = first; p < count; p++) {
            Node r = rowAt(p);
            if (!changed.contains(r)) {
                tail.add(new Placed(r, p));
            }
        }
        old.forEach(this::erase);
        writeCounts(merge(first, tail, fresh));
    }

    /**
     * Writes the positions from {@code first}: the unchanged rows of the {@code tail} in their
     * order, with the {@code fresh} rows merged in; a tail row's binding is read from the view
     * only while fresh rows remain. Returns the number of rows.
     */
    private long merge(long first, List<Placed> tail, List<Keyed> fresh) {
        long p = first;
        int f = 0;
        for (Placed t : tail) {
            if (f < fresh.size()) {
                Keyed k = keyed(t.row());
                while (f < fresh.size() && order.compare(fresh.get(f).binding(), k.binding()) < 0) {
                    write(fresh.get(f++).row(), p++);
                }
            }
            if (t.at() != p) {
                erase(t.row());
                write(t.row(), p);
            }
            p++;
        }
        while (f < fresh.size()) {
            write(fresh.get(f++).row(), p++);
        }
        return p;
    }

    /**
     * Where {@code first} falls among the rows at positions before {@code limit} (none of them
     * changed): the number of those that sort before it, found by halving.
     */
    private long insertionPoint(Keyed first, long limit) {
        long lo = 0;
        long hi = limit;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (order.compare(keyed(rowAt(mid)).binding(), first.binding()) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<Keyed> sorted(Collection<Node> rows) {
        List<Keyed> out = new ArrayList<>(rows.stream().map(this::keyed).toList());
        out.sort((a, b) -> order.compare(a.binding(), b.binding()));
        return out;
    }

    /** The row's binding: itself, and the value of each property the conditions read (unbound when it has none). */
    private Keyed keyed(Node r) {
        BindingBuilder b = BindingBuilder.create();
        b.add(row, r);
        properties.forEach((v, property) -> {
            List<Node> values = new ArrayList<>();
            dataset.find(view.graph(), r, property, Node.ANY).forEachRemaining(q -> values.add(q.getObject()));
            if (values.size() > 1) {
                throw new IllegalStateException("view " + view.name() + ": row " + r + " has " + values.size()
                        + " values of " + property + ", which its page order reads; a row needs one at most");
            }
            if (!values.isEmpty()) {
                b.add(v, values.get(0));
            }
        });
        return new Keyed(r, b.build());
    }

    private boolean isNumbered() {
        Node rows = storedNode(PAGE_ROWS);
        return rows != null && storedNode(ROW_COUNT) != null && rows.equals(integer(view.page().size()));
    }

    private Node rowAt(long position) {
        var it = dataset.find(graph, Node.ANY, POSITION, integer(position));
        if (!it.hasNext()) {
            throw new IllegalStateException("view " + view.name() + ": no row at position " + position);
        }
        return it.next().getSubject();
    }

    private Long positionOf(Node r) {
        var it = dataset.find(graph, r, POSITION, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : null;
    }

    private void erase(Node r) {
        dataset.deleteAny(graph, r, POSITION, Node.ANY);
        dataset.deleteAny(graph, r, PAGE, Node.ANY);
    }

    private void write(Node r, long position) {
        dataset.add(graph, r, POSITION, integer(position));
        dataset.add(graph, r, PAGE, integer(position / view.page().size()));
    }

    private void writeCounts(long rows) {
        dataset.deleteAny(graph, graph, PAGE_ROWS, Node.ANY);
        dataset.deleteAny(graph, graph, ROW_COUNT, Node.ANY);
        dataset.add(graph, graph, PAGE_ROWS, integer(view.page().size()));
        dataset.add(graph, graph, ROW_COUNT, integer(rows));
    }

    private long stored(Node property) {
        return ((Number) storedNode(property).getLiteralValue()).longValue();
    }

    private Node storedNode(Node property) {
        var it = dataset.find(graph, graph, property, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    /** The one subject of the view's template, a variable: the row. */
    private static Var rowVariable(String name, Query query) {
        Set<Node> subjects = new HashSet<>();
        query.getConstructTemplate().getTriples().forEach(t -> subjects.add(t.getSubject()));
        if (subjects.size() != 1 || !Var.isVar(subjects.iterator().next())) {
            throw new IllegalArgumentException("view " + name + ": a paged view's template has one subject, a variable (the row): " + subjects);
        }
        return Var.alloc(subjects.iterator().next());
    }

    /** For each variable of the conditions but the row, the row's property whose object it is in the template. */
    private static Map<Var, Node> properties(String name, Query query, View.Page page, Var row) {
        Map<Var, Node> out = new HashMap<>();
        for (SortCondition c : page.conditions()) {
            for (Var v : c.getExpression().getVarsMentioned()) {
                if (v.equals(row)) {
                    continue;
                }
                Node property = query.getConstructTemplate().getTriples().stream()
                        .filter(t -> v.equals(t.getObject()) && t.getPredicate().isURI())
                        .map(Triple::getPredicate).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("view " + name + ": the page order reads ?" + v.getVarName()
                                + ", which is not the object of a property of the view's rows"));
                out.put(v, property);
            }
        }
        return out;
    }
}
