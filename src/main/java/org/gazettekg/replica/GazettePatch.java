package org.gazettekg.replica;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.Iris;
import org.gazettekg.store.GazetteStore;

/**
 * One gazette as it travels to replicas: an RDF Patch (text format) whose headers name the
 * source file ({@code H source "file.txt"}), its named graph ({@code H graph <…/graph/file.txt>})
 * and the publication ({@code H id <uuid:…>}), and whose body adds every quad of that graph. It
 * means "replace this named graph with these quads": RDF Patch has no operation that clears a
 * graph, so the replacement is the agreed meaning of a gazette patch, not of RDF Patch itself.
 *
 * @param id     the publication's identifier (a {@code uuid:} IRI)
 * @param source the source file name, also the Kafka record key
 * @param graph  the file's named graph as the loader's store holds it right after the load
 */
public record GazettePatch(String id, String source, Graph graph) {

    /** Header naming the source file. */
    static final String HEADER_SOURCE = "source";
    /** Header naming the named graph the patch replaces. */
    static final String HEADER_GRAPH = "graph";
    /** RDF Patch's own identifier header. */
    static final String HEADER_ID = "id";

    /** Checks the parts are present. */
    public GazettePatch {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(graph, "graph");
    }

    /**
     * The patch for {@code source} as {@code store} holds it now (read in a read transaction).
     *
     * @throws IllegalArgumentException when the store holds no graph for {@code source}
     */
    public static GazettePatch of(GazetteStore store, String source) {
        requireNonNull(store, "store");
        requireNonNull(source, "source");
        DatasetGraph dataset = store.dataset();
        Node name = graphName(source);
        Graph copy = Txn.calculateRead(dataset, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dataset.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("the store holds no graph for " + source);
        }
        return new GazettePatch("uuid:" + UUID.randomUUID(), source, copy);
    }

    /** The named graph of {@code source}, as the loader names it. */
    static Node graphName(String source) {
        return NodeFactory.createURI(Iris.graph(source));
    }

    /** The named graph this patch replaces. */
    public Node graphName() {
        return graphName(source);
    }

    /** The patch in RDF Patch text format (UTF-8), one transaction adding every quad. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Node g = graphName();
        try (RDFChangesWriterText writer = RDFChangesWriterText.create(bytes)) {
            writer.start();
            writer.header(HEADER_ID, NodeFactory.createURI(id));
            writer.header(HEADER_SOURCE, NodeFactory.createLiteralString(source));
            writer.header(HEADER_GRAPH, g);
            writer.txnBegin();
            graph.find().forEachRemaining(t -> writer.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            writer.txnCommit();
            writer.finish();
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a gazette patch.
     *
     * @throws MalformedPatchException when the bytes are not RDF Patch text, lack the source or
     *                                 graph header, name a graph other than the source's, or
     *                                 touch any other graph or delete anything
     */
    public static GazettePatch parse(byte[] bytes) {
        requireNonNull(bytes, "bytes");
        RDFPatch patch;
        try {
            patch = RDFPatchOps.read(new ByteArrayInputStream(bytes));
        } catch (RuntimeException e) {
            throw new MalformedPatchException("not an RDF Patch: " + e.getMessage(), e);
        }
        String source = literalHeader(patch, HEADER_SOURCE);
        Node declared = patch.getHeader(HEADER_GRAPH);
        Node expected = graphName(source);
        if (!expected.equals(declared)) {
            throw new MalformedPatchException("patch for " + source + " names graph " + declared + ", expected " + expected);
        }
        Node idNode = patch.getId();
        String id = idNode != null && idNode.isURI() ? idNode.getURI() : "";
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            patch.apply(new QuadsOfOneGraph(expected, graph));
        } catch (MalformedPatchException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedPatchException("patch for " + source + " is not valid RDF Patch: " + e.getMessage(), e);
        }
        return new GazettePatch(id, source, graph);
    }

    private static String literalHeader(RDFPatch patch, String field) {
        Node value = patch.getHeader(field);
        if (value == null || !value.isLiteral() || value.getLiteralLexicalForm().isBlank()) {
            throw new MalformedPatchException("patch lacks the header " + field);
        }
        return value.getLiteralLexicalForm();
    }

    /** Collects the added quads of one graph; anything else makes the patch malformed. */
    private static final class QuadsOfOneGraph extends RDFChangesBase {
        private final Node graphName;
        private final Graph into;

        QuadsOfOneGraph(Node graphName, Graph into) {
            this.graphName = graphName;
            this.into = into;
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            if (!graphName.equals(g)) {
                throw new MalformedPatchException("patch for " + graphName + " adds to graph " + g);
            }
            into.add(s, p, o);
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            throw new MalformedPatchException("a gazette patch replaces a graph and deletes nothing");
        }

        @Override
        public void txnAbort() {
            throw new MalformedPatchException("patch aborts its transaction");
        }
    }
}
