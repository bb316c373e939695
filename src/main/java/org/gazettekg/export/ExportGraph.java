package org.gazettekg.export;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A subset of the gazette graph as nodes and edges with typed attributes (for GraphML, GEXF, DOT,
 * Cytoscape.js and CSV) and, for subsets and CONSTRUCT queries, as the triples it was drawn from,
 * each in the named graph of its source file (for JSON-LD, Turtle and N-Quads).
 */
public final class ExportGraph {

    /**
     * A node: its id is the resource's IRI.
     *
     * @param id         the IRI (or the lexical form of a literal end point of a SELECT row)
     * @param attributes name → Integer, Long, Double, Boolean or String, in a stable order
     */
    public record Node(String id, Map<String, Object> attributes) {
        public Node {
            requireNonNull(id, "id");
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }

    /**
     * An edge.
     *
     * @param id         unique among nodes and edges: a citation's or mention's IRI, else {@code e1, e2 …}
     * @param source     the source node's id
     * @param target     the target node's id
     * @param attributes name → Integer, Long, Double, Boolean or String ({@code relation} always)
     */
    public record Edge(String id, String source, String target, Map<String, Object> attributes) {
        public Edge {
            requireNonNull(id, "id");
            requireNonNull(source, "source");
            requireNonNull(target, "target");
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        /** The edge's weight: its {@code weight} attribute, else 1. */
        public double weight() {
            return attributes.get(WEIGHT) instanceof Number n ? n.doubleValue() : 1.0;
        }
    }

    /** The attribute that holds an edge's relation. */
    public static final String RELATION = "relation";
    /** The attribute that holds an edge's weight. */
    public static final String WEIGHT = "weight";
    /** The attribute that holds a node's or edge's label. */
    public static final String LABEL = "label";

    private final String name;
    private final boolean directed;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final DatasetGraph triples;

    ExportGraph(String name, boolean directed, List<Node> nodes, List<Edge> edges, DatasetGraph triples) {
        this.name = requireNonNull(name, "name");
        this.directed = directed;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.triples = triples;
    }

    /** The subset's name ({@code citations} …, or {@code query}). */
    public String name() {
        return name;
    }

    /** Whether edges have a direction (all subsets but {@code cities}). */
    public boolean directed() {
        return directed;
    }

    /** The nodes, in a stable order. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The edges, in a stable order. */
    public List<Edge> edges() {
        return edges;
    }

    /**
     * The triples the subset was drawn from, as quads of their source files' named graphs, or null
     * when it has none (a SELECT query).
     */
    public DatasetGraph triples() {
        return triples;
    }

    /** The node attributes with one value type each, in first-seen order. */
    public Map<String, ValueType> nodeAttributeTypes() {
        return ValueType.infer(nodes.stream().map(Node::attributes).toList());
    }

    /** The edge attributes with one value type each, in first-seen order. */
    public Map<String, ValueType> edgeAttributeTypes() {
        return ValueType.infer(edges.stream().map(Edge::attributes).toList());
    }

    /** Collects nodes and edges; a node added twice keeps the attributes of both additions. */
    static final class Builder {
        private final String name;
        private final boolean directed;
        private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        private final List<Edge> edges = new ArrayList<>();
        private int generatedIds;

        Builder(String name, boolean directed) {
            this.name = name;
            this.directed = directed;
        }

        /** The attributes of node {@code id}, added if new; put values into the map returned. */
        Map<String, Object> node(String id) {
            return nodes.computeIfAbsent(id, k -> new LinkedHashMap<>());
        }

        boolean hasNode(String id) {
            return nodes.containsKey(id);
        }

        Iterable<String> nodeIds() {
            return List.copyOf(nodes.keySet());
        }

        /** Adds an edge; both end points become nodes. A null id gets a generated one. */
        void edge(String id, String source, String target, Map<String, Object> attributes) {
            node(source);
            node(target);
            edges.add(new Edge(id != null ? id : "e" + ++generatedIds, source, target, attributes));
        }

        ExportGraph build(DatasetGraph triples) {
            List<Node> list = new ArrayList<>(nodes.size());
            nodes.forEach((id, attrs) -> list.add(new Node(id, attrs)));
            return new ExportGraph(name, directed, list, edges, triples);
        }
    }
}
