package org.gazettekg.export;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gazettekg.graph.GKG;

/**
 * The attributes every exported node carries, read from the graph: {@code iri}, {@code label},
 * {@code kind} and, where the graph knows them, {@code number} (文号), {@code city}, {@code year},
 * {@code issuer} and {@code level}.
 */
final class NodeDescriber {

    static final String IRI = "iri";
    static final String KIND = "kind";
    static final String NUMBER = "number";
    static final String CITY = "city";
    static final String YEAR = "year";
    static final String ISSUER = "issuer";
    static final String LEVEL = "level";

    /** The predicates whose value names a node, in order of preference. */
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), GKG.eliTitle.asNode(), GKG.dctTitle.asNode(),
            GKG.skosPrefLabel.asNode(), GKG.mentionedName.asNode(), GKG.printedText.asNode(), GKG.eliIdLocal.asNode());

    /** rdf:type → kind, most specific first (a document is also a policy). */
    private static final Map<Node, String> KINDS = kinds();

    private static final int YEAR_LENGTH = 4;

    private final Graph graph;

    /** Reads from {@code graph}, the union of the source graphs. */
    NodeDescriber(Graph graph) {
        this.graph = requireNonNull(graph, "graph");
    }

    private static Map<Node, String> kinds() {
        Map<Node, String> k = new LinkedHashMap<>();
        k.put(GKG.Document.asNode(), "document");
        k.put(GKG.Policy.asNode(), "policy");
        k.put(GKG.Gazette.asNode(), "gazette");
        k.put(GKG.GazetteIssue.asNode(), "issue");
        k.put(GKG.AdministrativeDivision.asNode(), "division");
        k.put(GKG.DivisionChange.asNode(), "change");
        k.put(GKG.VillageMove.asNode(), "village-move");
        k.put(GKG.IssuingBody.asNode(), "body");
        k.put(GKG.Citation.asNode(), "citation");
        k.put(GKG.DivisionMention.asNode(), "mention");
        k.put(GKG.TocEntry.asNode(), "toc-entry");
        k.put(GKG.SourceFile.asNode(), "source");
        k.put(GKG.skosConcept.asNode(), "concept");
        return k;
    }

    /**
     * Puts the standard attributes of {@code node} first in {@code into}; values already there
     * win and the other attributes follow.
     */
    void describe(Node node, Map<String, Object> into) {
        if (!node.isURI()) {
            return;
        }
        Map<String, Object> given = new LinkedHashMap<>(into);
        into.clear();
        addStandard(node, into);
        into.replaceAll((k, v) -> given.getOrDefault(k, v));
        given.forEach(into::putIfAbsent);
    }

    private void addStandard(Node node, Map<String, Object> into) {
        into.putIfAbsent(IRI, node.getURI());
        into.putIfAbsent(ExportGraph.LABEL, label(node));
        into.putIfAbsent(KIND, kind(node));
        lexical(node, GKG.eliIdLocal.asNode()).ifPresent(v -> into.putIfAbsent(NUMBER, v));
        city(node).ifPresent(v -> into.putIfAbsent(CITY, v));
        year(node).ifPresent(v -> into.putIfAbsent(YEAR, v));
        issuers(node).ifPresent(v -> into.putIfAbsent(ISSUER, v));
        level(node).ifPresent(v -> into.putIfAbsent(LEVEL, v));
    }

    /** The node's name: its label, title, city name … or, failing all, the last segment of its IRI. */
    String label(Node node) {
        for (Node p : LABELS) {
            Optional<String> v = lexical(node, p);
            if (v.isPresent()) {
                return v.get();
            }
        }
        String iri = node.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** {@code document}, {@code policy}, {@code city}, {@code division} … or {@code resource}. */
    String kind(Node node) {
        for (Map.Entry<Node, String> e : KINDS.entrySet()) {
            if (graph.contains(node, RDF.type.asNode(), e.getKey())) {
                return e.getValue();
            }
        }
        return "resource";
    }

    /** The city of a gazette, or of the gazette that carries a document: the city division's name. */
    private Optional<String> city(Node node) {
        Optional<Node> city = object(node, GKG.city.asNode());
        if (city.isEmpty()) {
            city = object(node, GKG.gazette.asNode()).flatMap(g -> object(g, GKG.city.asNode()));
        }
        return city.flatMap(c -> c.isLiteral() ? Optional.of(c.getLiteralLexicalForm()) : lexical(c, RDFS.label.asNode()));
    }

    /** The year of the 成文日期, else of the issue that carries the document. */
    private Optional<Integer> year(Node node) {
        Optional<String> date = lexical(node, GKG.eliDateDocument.asNode());
        if (date.isEmpty()) {
            date = object(node, GKG.issueOf.asNode()).flatMap(i -> lexical(i, GKG.year.asNode()));
        }
        return date.filter(d -> d.length() >= YEAR_LENGTH && d.substring(0, YEAR_LENGTH).chars().allMatch(Character::isDigit))
                .map(d -> Integer.valueOf(d.substring(0, YEAR_LENGTH)));
    }

    /**
     * The issuing bodies' names joined by |: in printed order where the graph keeps it, else
     * sorted; for a cited policy, the body its 机关代字 names.
     */
    private Optional<String> issuers(Node node) {
        List<String> names = new ArrayList<>();
        Optional<Node> list = object(node, GKG.issuers.asNode());
        for (Node cell = list.orElse(null); cell != null && !cell.equals(RDF.nil.asNode());
             cell = object(cell, RDF.rest.asNode()).orElse(null)) {
            object(cell, RDF.first.asNode()).flatMap(b -> lexical(b, RDFS.label.asNode())).ifPresent(names::add);
        }
        if (names.isEmpty()) {
            TreeSet<String> sorted = new TreeSet<>();
            for (Node p : List.of(GKG.eliPassedBy.asNode(), GKG.inferredIssuer.asNode())) {
                if (sorted.isEmpty()) {
                    graph.find(node, p, Node.ANY)
                            .forEachRemaining(t -> lexical(t.getObject(), RDFS.label.asNode()).ifPresent(sorted::add));
                }
            }
            names.addAll(sorted);
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join("|", names));
    }

    /** A policy's government level, or a division's level, as its SKOS notation. */
    private Optional<String> level(Node node) {
        Optional<Node> concept = object(node, GKG.level.asNode());
        if (concept.isEmpty()) {
            concept = object(node, GKG.divisionLevel.asNode());
        }
        return concept.flatMap(c -> lexical(c, GKG.skosNotation.asNode()).or(() -> Optional.of(localName(c))));
    }

    private Optional<Node> object(Node s, Node p) {
        if (!s.isURI() && !s.isBlank()) {
            return Optional.empty();
        }
        var it = graph.find(s, p, Node.ANY);
        try {
            // Several values (a policy declared by two files) are the same fact: take the least for stability.
            Node best = null;
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (best == null || o.toString().compareTo(best.toString()) < 0) {
                    best = o;
                }
            }
            return Optional.ofNullable(best);
        } finally {
            it.close();
        }
    }

    private Optional<String> lexical(Node s, Node p) {
        return object(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    /** The part of an IRI after its last {@code #} or {@code /}. */
    static String localName(Node node) {
        String iri = node.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** The IRI node of {@code iri}. */
    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Whether {@code t} is an rdf:type triple (left out of every walk: classes would be hubs). */
    static boolean isType(Triple t) {
        return t.getPredicate().equals(RDF.type.asNode());
    }
}
