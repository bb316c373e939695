package org.gazettekg.graph;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The quads of one source file's named graph, streamed to a {@link StreamRDF}: the writers' shared
 * output, with the nodes declared once per file (bodies, concepts, divisions) and the count of quads.
 */
final class Quads {

    private final StreamRDF out;
    private final Set<Node> declared = new HashSet<>();
    private Node graph;
    private long count;

    Quads(StreamRDF out) {
        this.out = requireNonNull(out, "out");
    }

    /** Starts the named graph {@code graphIri}. */
    void startGraph(String graphIri) {
        graph = iri(graphIri);
    }

    long count() {
        return count;
    }

    /** True the first time {@code node} is declared in this graph. */
    boolean declare(Node node) {
        return declared.add(node);
    }

    void add(Node s, Node p, Node o) {
        count++;
        out.quad(Quad.create(graph, s, p, o));
    }

    void add(Node s, Property p, Node o) {
        add(s, p.asNode(), o);
    }

    void add(Node s, Node p, Resource o) {
        add(s, p, o.asNode());
    }

    void add(Node s, Property p, Resource o) {
        add(s, p.asNode(), o.asNode());
    }

    /** The node of an issuing body, declared with its label. */
    Node body(String name) {
        Node b = iri(Iris.body(name));
        if (declare(b)) {
            add(b, RDF.type.asNode(), GKG.IssuingBody);
            add(b, RDF.type.asNode(), GKG.orgOrganization);
            add(b, RDFS.label.asNode(), zh(name));
        }
        return b;
    }

    /** The node of a concept of one of the ontology's schemes, declared with its notation. */
    Node concept(String scheme, String notation, Resource schemeNode) {
        Node c = iri(Iris.concept(scheme, notation));
        if (declare(c)) {
            add(c, RDF.type.asNode(), GKG.skosConcept);
            add(c, GKG.skosInScheme, schemeNode);
            // English notations (national, county …) get their labels from the ontology's schemes.
            if (notation.codePoints().anyMatch(ch -> ch > 0x7F)) {
                add(c, GKG.skosPrefLabel, zh(notation));
            }
            add(c, GKG.skosNotation, str(notation));
        }
        return c;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}
