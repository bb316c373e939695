package org.gazettekg.export;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes an {@link ExportGraph} in an {@link ExportFormat}, always in UTF-8, through the format's
 * own library: JGraphT for GraphML, GEXF and DOT, Jackson for Cytoscape.js JSON, commons-csv for
 * the edge list, Jena for JSON-LD 1.1, Turtle and N-Quads.
 */
public final class GraphWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String CREATOR = "gazette-kg";
    private static final String JGRAPHT_WEIGHT = "jgrapht.weight";

    private GraphWriter() {
    }

    /**
     * Writes {@code graph} to {@code out} (left open).
     *
     * @throws IllegalArgumentException when an RDF format is asked of a graph without triples (a SELECT query)
     */
    public static void write(ExportGraph graph, ExportFormat format, OutputStream out) {
        requireNonNull(graph, "graph");
        requireNonNull(format, "format");
        requireNonNull(out, "out");
        if (format.isRdf() && graph.triples() == null) {
            throw new IllegalArgumentException("a SELECT query gives no triples to write as " + format.id()
                    + ": use a CONSTRUCT query, or a node-and-edge format");
        }
        try {
            switch (format) {
                case GRAPHML -> withWriter(out, w -> graphml(graph, w));
                case GEXF -> withWriter(out, w -> gexf(graph, w));
                case DOT -> withWriter(out, w -> dot(graph, w));
                case CYTOSCAPE -> cytoscape(graph, out);
                case CSV -> withWriter(out, w -> csv(graph, w));
                case JSONLD -> RDFDataMgr.write(out, union(graph), RDFFormat.JSONLD11_PRETTY);
                case TURTLE -> RDFDataMgr.write(out, union(graph), RDFFormat.TURTLE_PRETTY);
                case NQUADS -> RDFDataMgr.write(out, graph.triples(), RDFFormat.NQUADS_UTF8);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + format.id() + " export: " + e.getMessage(), e);
        }
    }

    /** The triples of every source graph in one graph, with the export prefixes. */
    private static Graph union(ExportGraph graph) {
        Graph g = GraphFactory.createDefaultGraph();
        graph.triples().find().forEachRemaining(q -> g.add(q.asTriple()));
        g.getPrefixMapping().setNsPrefixes(ExportPrefixes.MAPPING);
        return g;
    }

    private interface WriterBody {
        void write(Writer w) throws IOException;
    }

    private static void withWriter(OutputStream out, WriterBody body) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        body.write(w);
        w.flush();
    }

    /** The graph as JGraphT holds it: vertices are node ids, edges the export's edges (parallel edges kept). */
    private static org.jgrapht.Graph<String, ExportGraph.Edge> jgrapht(ExportGraph graph) {
        GraphTypeBuilder<String, ExportGraph.Edge> type = graph.directed() ? GraphTypeBuilder.directed() : GraphTypeBuilder.undirected();
        org.jgrapht.Graph<String, ExportGraph.Edge> g = type.allowingMultipleEdges(true).allowingSelfLoops(true)
                .weighted(true).buildGraph();
        graph.nodes().forEach(n -> g.addVertex(n.id()));
        for (ExportGraph.Edge e : graph.edges()) {
            g.addEdge(e.source(), e.target(), e);
            g.setEdgeWeight(e, e.weight());
        }
        return g;
    }

    private static void graphml(ExportGraph graph, Writer w) {
        GraphMLExporter<String, ExportGraph.Edge> exporter = new GraphMLExporter<>(GraphmlIds::encode);
        exporter.setEdgeIdProvider(e -> GraphmlIds.encode(e.id()));
        // JGraphT reserves "weight" for its own double-typed weights; ours is a typed attribute like any other.
        exporter.setEdgeWeightAttributeName(JGRAPHT_WEIGHT);
        Map<String, ValueType> nodeTypes = graph.nodeAttributeTypes();
        Map<String, ValueType> edgeTypes = graph.edgeAttributeTypes();
        nodeTypes.forEach((name, t) -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, graphmlType(t)));
        edgeTypes.forEach((name, t) -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE, graphmlType(t)));
        Map<String, Map<String, Object>> nodeAttrs = nodeAttributes(graph);
        exporter.setVertexAttributeProvider(v -> attributes(nodeAttrs.get(v), nodeTypes, GraphWriter::graphmlType));
        exporter.setEdgeAttributeProvider(e -> attributes(e.attributes(), edgeTypes, GraphWriter::graphmlType));
        exporter.exportGraph(jgrapht(graph), w);
    }

    private static void gexf(ExportGraph graph, Writer w) {
        GEXFExporter<String, ExportGraph.Edge> exporter = new GEXFExporter<>(v -> v, ExportGraph.Edge::id);
        exporter.setCreator(CREATOR);
        exporter.setDescription(graph.name());
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        // GEXF keeps label (nodes and edges) and weight (edges) as XML attributes, not attvalues.
        Map<String, ValueType> nodeTypes = without(graph.nodeAttributeTypes(), ExportGraph.LABEL);
        Map<String, ValueType> edgeTypes = without(graph.edgeAttributeTypes(), ExportGraph.LABEL, ExportGraph.WEIGHT);
        nodeTypes.forEach((name, t) -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, gexfType(t)));
        edgeTypes.forEach((name, t) -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.EDGE, gexfType(t)));
        Map<String, Map<String, Object>> nodeAttrs = nodeAttributes(graph);
        exporter.setVertexAttributeProvider(v -> withLabel(nodeAttrs.get(v), nodeTypes));
        exporter.setEdgeAttributeProvider(e -> withLabel(e.attributes(), edgeTypes));
        exporter.exportGraph(jgrapht(graph), w);
    }

    /** The registered attributes plus {@code label}, which GEXF writes as the node's or edge's own label. */
    private static Map<String, Attribute> withLabel(Map<String, Object> values, Map<String, ValueType> types) {
        Map<String, Attribute> out = attributes(values, types, GraphWriter::graphmlType);
        if (values.get(ExportGraph.LABEL) != null) {
            out.put(ExportGraph.LABEL, DefaultAttribute.createAttribute(String.valueOf(values.get(ExportGraph.LABEL))));
        }
        return out;
    }

    private static void dot(ExportGraph graph, Writer w) {
        // DOT ids must be quoted to hold an IRI; quotes inside are escaped.
        DOTExporter<String, ExportGraph.Edge> exporter = new DOTExporter<>(v -> '"' + v.replace("\"", "\\\"") + '"');
        Map<String, ValueType> nodeTypes = graph.nodeAttributeTypes();
        Map<String, ValueType> edgeTypes = graph.edgeAttributeTypes();
        Map<String, Map<String, Object>> nodeAttrs = nodeAttributes(graph);
        exporter.setVertexAttributeProvider(v -> attributes(nodeAttrs.get(v), nodeTypes, GraphWriter::graphmlType));
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> attrs = attributes(e.attributes(), edgeTypes, GraphWriter::graphmlType);
            attrs.putIfAbsent(ExportGraph.LABEL, DefaultAttribute.createAttribute(String.valueOf(e.attributes().get(ExportGraph.RELATION))));
            return attrs;
        });
        exporter.exportGraph(jgrapht(graph), w);
    }

    /** Cytoscape.js JSON: {@code {data: {name, directed}, elements: {nodes: [{data}], edges: [{data}]}}}. */
    private static void cytoscape(ExportGraph graph, OutputStream out) throws IOException {
        Map<String, ValueType> nodeTypes = graph.nodeAttributeTypes();
        Map<String, ValueType> edgeTypes = graph.edgeAttributeTypes();
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (ExportGraph.Node n : graph.nodes()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", n.id());
            n.attributes().forEach((k, v) -> data.putIfAbsent(k, nodeTypes.get(k).convert(v)));
            nodes.add(Map.of("data", data));
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (ExportGraph.Edge e : graph.edges()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", e.id());
            data.put("source", e.source());
            data.put("target", e.target());
            e.attributes().forEach((k, v) -> data.putIfAbsent(k, edgeTypes.get(k).convert(v)));
            edges.add(Map.of("data", data));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("data", Map.of("name", graph.name(), "directed", graph.directed()));
        doc.put("elements", Map.of("nodes", nodes, "edges", edges));
        try (JsonGenerator gen = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            JSON.writeValue(gen, doc);
        }
    }

    /** One row per edge: source, target, their labels, then the edge attributes. */
    private static void csv(ExportGraph graph, Writer w) throws IOException {
        Map<String, Map<String, Object>> nodeAttrs = nodeAttributes(graph);
        List<String> columns = new ArrayList<>(graph.edgeAttributeTypes().keySet());
        List<String> header = new ArrayList<>(List.of("source", "target", "source_label", "target_label"));
        header.addAll(columns);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        for (ExportGraph.Edge e : graph.edges()) {
            List<Object> row = new ArrayList<>(header.size());
            row.add(e.source());
            row.add(e.target());
            row.add(label(nodeAttrs, e.source()));
            row.add(label(nodeAttrs, e.target()));
            for (String c : columns) {
                Object v = e.attributes().get(c);
                row.add(v == null ? "" : v);
            }
            printer.printRecord(row);
        }
        printer.flush();
    }

    private static String label(Map<String, Map<String, Object>> nodeAttrs, String id) {
        Object l = nodeAttrs.getOrDefault(id, Map.of()).get(ExportGraph.LABEL);
        return l == null ? "" : l.toString();
    }

    private static Map<String, Map<String, Object>> nodeAttributes(ExportGraph graph) {
        Map<String, Map<String, Object>> m = new LinkedHashMap<>();
        graph.nodes().forEach(n -> m.put(n.id(), n.attributes()));
        return m;
    }

    private static Map<String, ValueType> without(Map<String, ValueType> types, String... names) {
        Map<String, ValueType> m = new LinkedHashMap<>(types);
        for (String n : names) {
            m.remove(n);
        }
        return m;
    }

    /** The values of the registered attributes as JGraphT attributes of their column's type. */
    private static Map<String, Attribute> attributes(Map<String, Object> values, Map<String, ValueType> types,
                                                     Function<ValueType, AttributeType> jgraphtType) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            ValueType t = types.get(k);
            if (t != null && v != null) {
                out.put(k, new DefaultAttribute<>(t.format(v), jgraphtType.apply(t)));
            }
        });
        return out;
    }

    private static AttributeType graphmlType(ValueType t) {
        return switch (t) {
            case INT -> AttributeType.INT;
            case LONG -> AttributeType.LONG;
            case DOUBLE -> AttributeType.DOUBLE;
            case BOOLEAN -> AttributeType.BOOLEAN;
            case STRING -> AttributeType.STRING;
        };
    }

    private static GEXFAttributeType gexfType(ValueType t) {
        return switch (t) {
            case INT -> GEXFAttributeType.INTEGER;
            case LONG -> GEXFAttributeType.LONG;
            case DOUBLE -> GEXFAttributeType.DOUBLE;
            case BOOLEAN -> GEXFAttributeType.BOOLEAN;
            case STRING -> GEXFAttributeType.STRING;
        };
    }
}
