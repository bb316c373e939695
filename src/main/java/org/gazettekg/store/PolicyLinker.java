package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gazettekg.resolve.Resolution;
import org.gazettekg.resolve.PolicyFacts;
import org.gazettekg.graph.GKG;
import org.gazettekg.graph.Iris;

/**
 * Joins a policy cited by title alone to the numbered policy (a document in the graph, or a
 * policy cited elsewhere with its 文号) whose normalised title is the same, so that one policy is
 * one node across documents, gazettes and cities. Runs inside the write transaction of each
 * load, for the normalised titles that the written source graphs carry or carried, those alone. A title shared by two numbered policies is ambiguous and joins
 * nothing; a join made while the title was unique is undone first when a later load makes it
 * ambiguous (or takes its numbered policy away), so the graph depends only on the files loaded,
 * not on their order or on how they were grouped into transactions — what lets a replica that
 * applies the same gazettes in other batches hold the same graph.
 */
final class PolicyLinker {

    private static final String DOC = GKG.ID + "doc/";
    private static final String TITLE_ONLY = GKG.ID + "policy/";
    private static final String DIVISION = GKG.ID + "division/";

    /** The join, for the normalised titles of {@code VALUES ?t} (put in place of {@code %5$s}). */
    private static final String LINK = """
            PREFIX gkg: <%1$s>
            PREFIX eli: <%2$s>
            DELETE { GRAPH ?g { ?c gkg:citedPolicy ?p . ?d ?rel ?p . } }
            INSERT { GRAPH ?g { ?c gkg:citedPolicy ?n . ?d ?rel ?n . ?n a gkg:Policy , eli:LegalResource ; eli:id_local ?number . } }
            WHERE {
              { SELECT ?t (SAMPLE(?num) AS ?n) WHERE {
                  %5$s
                  GRAPH ?any { ?num gkg:normalisedTitle ?t }
                  FILTER(STRSTARTS(STR(?num), "%3$s"))
                } GROUP BY ?t HAVING (COUNT(DISTINCT ?num) = 1) }
              OPTIONAL { GRAPH ?h { ?n eli:id_local ?number } }
              GRAPH ?g {
                ?p gkg:normalisedTitle ?t .
                FILTER(STRSTARTS(STR(?p), "%4$s"))
                ?c gkg:citedPolicy ?p ;
                   gkg:citingDocument ?d .
                OPTIONAL { ?d ?rel ?p }
              }
            };
            DELETE { GRAPH ?g { ?p ?x ?y } }
            WHERE {
              %5$s
              GRAPH ?g {
                ?p gkg:normalisedTitle ?t ; a gkg:Policy ; ?x ?y .
                FILTER(STRSTARTS(STR(?p), "%4$s"))
                FILTER NOT EXISTS { ?c gkg:citedPolicy ?p }
              }
            }
            """;
    /** The normalised title of a policy in a file view (what a graph carried before it was replaced or dropped). */
    private static final Node VIEW_TITLE = NodeFactory.createURI(View.NS + "normalisedTitle");

    private PolicyLinker() {
    }

    /**
     * Links title-only policies to numbered ones in {@code dataset}, for the normalised titles
     * that {@code written} carry or carried (see {@link #titles}) and those alone; call inside a
     * write transaction. Returns the graphs that the links changed.
     */
    static Set<Node> link(DatasetGraph dataset, Set<String> titles) {
        requireNonNull(dataset, "dataset");
        requireNonNull(titles, "titles");
        Set<Node> changed = new HashSet<>();
        if (titles.isEmpty()) {
            return changed;
        }
        DatasetGraph recorded = recording(dataset, changed);
        unlinkStale(recorded, titles);
        UpdateAction.execute(UpdateFactory.create(LINK.formatted(GKG.NS, GKG.ELI, DOC, TITLE_ONLY, values(titles))), recorded);
        return changed;
    }

    /**
     * The normalised titles the source graphs {@code written} carry (their policies' and
     * documents', and those of their citations by title) and carried (their policies' in the file
     * views, not yet computed again): the only titles whose links a write of these graphs can change.
     */
    static Set<String> titles(DatasetGraph dataset, Collection<Node> written, java.util.function.Function<Node, Node> policyFacts) {
        Set<String> titles = new HashSet<>();
        for (Node g : written) {
            dataset.find(g, Node.ANY, GKG.normalisedTitle.asNode(), Node.ANY).forEachRemaining(q -> titles.add(q.getObject().getLiteralLexicalForm()));
            dataset.find(g, Node.ANY, GKG.citedTitle.asNode(), Node.ANY).forEachRemaining(q -> titles.add(Iris.normaliseTitle(q.getObject().getLiteralLexicalForm())));
            dataset.find(policyFacts.apply(g), Node.ANY, VIEW_TITLE, Node.ANY).forEachRemaining(q -> titles.add(q.getObject().getLiteralLexicalForm()));
        }
        return titles;
    }

    private static String values(Set<String> titles) {
        StringBuilder out = new StringBuilder("VALUES ?t {");
        titles.stream().sorted().forEach(t -> out.append(' ').append(FmtUtils.stringForNode(NodeFactory.createLiteralString(t))));
        return out.append(" }").toString();
    }

    /** {@code dataset}, noting in {@code changed} each graph a quad is added to or deleted from. */
    private static DatasetGraph recording(DatasetGraph dataset, Set<Node> changed) {
        return new org.apache.jena.sparql.core.DatasetGraphWrapper(dataset) {
            @Override
            public void add(Quad quad) {
                changed.add(quad.getGraph());
                super.add(quad);
            }

            @Override
            public void delete(Quad quad) {
                changed.add(quad.getGraph());
                super.delete(quad);
            }

            @Override
            public void add(Node g, Node s, Node p, Node o) {
                changed.add(g);
                super.add(g, s, p, o);
            }

            @Override
            public void delete(Node g, Node s, Node p, Node o) {
                changed.add(g);
                super.delete(g, s, p, o);
            }

            @Override
            public void deleteAny(Node g, Node s, Node p, Node o) {
                changed.add(g);
                super.deleteAny(g, s, p, o);
            }
        };
    }

    /**
     * Undoes each join, of the {@code titles}, whose title no longer names exactly its numbered
     * policy. A joined citation is one that cites a numbered node but prints no 文号
     * ({@code gkg:citedNumber}); it gets back its title-only policy, as the writer made it, and
     * the citing document's links follow. The joined citations are found from the numbered nodes
     * that carry (in a source graph) or carried (in a file view) one of the titles.
     */
    private static void unlinkStale(DatasetGraph dataset, Set<String> titles) {
        Map<String, Set<Node>> numberedByTitle = new HashMap<>();
        Set<Node> candidates = new HashSet<>();
        for (String t : titles) {
            Node title = NodeFactory.createLiteralString(t);
            dataset.find(Node.ANY, Node.ANY, GKG.normalisedTitle.asNode(), title).forEachRemaining(q -> {
                if (LoadStatistics.isDataGraph(q.getGraph()) && isNumbered(q.getSubject())) {
                    numberedByTitle.computeIfAbsent(t, k -> new HashSet<>()).add(q.getSubject());
                    candidates.add(q.getSubject());
                }
            });
            dataset.find(Node.ANY, Node.ANY, VIEW_TITLE, title).forEachRemaining(q -> {
                if (isNumbered(q.getSubject())) {
                    candidates.add(q.getSubject());
                }
            });
        }
        Map<Quad, String> stale = new LinkedHashMap<>();
        for (Node numbered : candidates) {
            dataset.find(Node.ANY, Node.ANY, GKG.citedPolicy.asNode(), numbered).forEachRemaining(q -> {
                Node graph = q.getGraph();
                Node citation = q.getSubject();
                if (!dataset.contains(graph, citation, GKG.citedNumber.asNode(), Node.ANY)) {
                    String title = citedTitle(dataset, graph, citation);
                    String normalised = title == null ? null : Iris.normaliseTitle(title);
                    if (normalised != null && titles.contains(normalised)
                            && !Set.of(numbered).equals(numberedByTitle.get(normalised))) {
                        stale.put(q, title);
                    }
                }
            });
        }
        stale.forEach((joined, title) -> unlink(dataset, joined, title));
    }

    private static boolean isNumbered(Node policy) {
        return policy.isURI() && policy.getURI().startsWith(DOC);
    }

    private static String citedTitle(DatasetGraph dataset, Node graph, Node citation) {
        Iterator<Quad> it = dataset.find(graph, citation, GKG.citedTitle.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** Points the citation {@code joined}, which cites by {@code title}, back at its title-only policy, in its own graph. */
    private static void unlink(DatasetGraph dataset, Quad joined, String title) {
        Node graph = joined.getGraph();
        Node citation = joined.getSubject();
        Node numbered = joined.getObject();
        Node titleOnly = NodeFactory.createURI(Iris.policyByTitle(title));
        Node document = dataset.find(graph, citation, GKG.citingDocument.asNode(), Node.ANY).next().getObject();
        Iterator<Quad> relations = dataset.find(graph, citation, GKG.relation.asNode(), Node.ANY);
        Node relation = relations.hasNext() ? relations.next().getObject() : GKG.eliCites.asNode();

        dataset.delete(joined);
        dataset.add(graph, citation, GKG.citedPolicy.asNode(), titleOnly);
        dataset.add(graph, document, GKG.eliCites.asNode(), titleOnly);
        dataset.add(graph, document, relation, titleOnly);
        dataset.add(graph, titleOnly, RDF.type.asNode(), GKG.Policy.asNode());
        dataset.add(graph, titleOnly, RDF.type.asNode(), GKG.eliLegalResource.asNode());
        dataset.add(graph, titleOnly, GKG.dctTitle.asNode(), NodeFactory.createLiteralLang(title, "zh"));
        dataset.add(graph, titleOnly, GKG.normalisedTitle.asNode(), NodeFactory.createLiteralString(Iris.normaliseTitle(title)));
        restoreTitleFacts(dataset, graph, document, titleOnly, title);
        if (GKG.eliRepeals.asNode().equals(relation)) {
            dataset.add(graph, titleOnly, GKG.validity.asNode(), concept(dataset, graph, "validity", "repealed", GKG.ValidityScheme));
        }
        if (!citesInGraph(dataset, graph, document, numbered)) {
            dataset.deleteAny(graph, document, Node.ANY, numbered);
        }
        if (!dataset.contains(graph, Node.ANY, GKG.citedPolicy.asNode(), numbered)) {
            dropJoinedNode(dataset, graph, numbered);
        }
    }

    /** Writes again what the resolve stage decided of a policy cited by title alone: its issuer, level, legal force and validity. */
    private static void restoreTitleFacts(DatasetGraph dataset, Node graph, Node document, Node titleOnly, String title) {
        Iterator<Quad> places = dataset.find(graph, document, GKG.jurisdiction.asNode(), Node.ANY);
        String jurisdiction = places.hasNext() ? places.next().getObject().getURI().substring(DIVISION.length()) : null;
        PolicyFacts facts = Resolution.standard().titleFacts(title, jurisdiction);
        if (facts.issuer() != null) {
            Node body = NodeFactory.createURI(Iris.body(facts.issuer()));
            dataset.add(graph, titleOnly, GKG.inferredIssuer.asNode(), body);
            dataset.add(graph, body, RDF.type.asNode(), GKG.IssuingBody.asNode());
            dataset.add(graph, body, RDF.type.asNode(), GKG.orgOrganization.asNode());
            dataset.add(graph, body, RDFS.label.asNode(), NodeFactory.createLiteralLang(facts.issuer(), "zh"));
        }
        if (facts.level() != null) {
            dataset.add(graph, titleOnly, GKG.level.asNode(), concept(dataset, graph, "level", facts.level().label(), GKG.LevelScheme));
            dataset.add(graph, titleOnly, GKG.issuerBasis.asNode(),
                    concept(dataset, graph, "issuer-basis", facts.basis().notation(), GKG.IssuerBasisScheme));
        }
        if (facts.legalForce() != null) {
            dataset.add(graph, titleOnly, GKG.legalForce.asNode(),
                    concept(dataset, graph, "legal-force", facts.legalForce().notation(), GKG.LegalForceScheme));
        }
        if (facts.validity() != null) {
            dataset.add(graph, titleOnly, GKG.validity.asNode(), concept(dataset, graph, "validity", facts.validity(), GKG.ValidityScheme));
        }
    }

    /** A concept of the ontology's schemes, declared in {@code graph} as the writer declares it. */
    private static Node concept(DatasetGraph dataset, Node graph, String scheme, String notation,
                                org.apache.jena.rdf.model.Resource schemeNode) {
        Node c = NodeFactory.createURI(Iris.concept(scheme, notation));
        dataset.add(graph, c, RDF.type.asNode(), GKG.skosConcept.asNode());
        dataset.add(graph, c, GKG.skosInScheme.asNode(), schemeNode.asNode());
        dataset.add(graph, c, GKG.skosNotation.asNode(), NodeFactory.createLiteralString(notation));
        return c;
    }

    /** Whether another citation of {@code document} in {@code graph} still cites {@code policy}. */
    private static boolean citesInGraph(DatasetGraph dataset, Node graph, Node document, Node policy) {
        Iterator<Quad> it = dataset.find(graph, Node.ANY, GKG.citedPolicy.asNode(), policy);
        while (it.hasNext()) {
            if (dataset.contains(graph, it.next().getSubject(), GKG.citingDocument.asNode(), document)) {
                return true;
            }
        }
        return false;
    }

    /** Removes what the join wrote about the numbered node in {@code graph}, unless the graph says more of it. */
    private static void dropJoinedNode(DatasetGraph dataset, Node graph, Node numbered) {
        Set<Node> joinWrites = Set.of(RDF.type.asNode(), GKG.eliIdLocal.asNode());
        List<Quad> about = new ArrayList<>();
        dataset.find(graph, numbered, Node.ANY, Node.ANY).forEachRemaining(about::add);
        boolean onlyJoinTriples = about.stream().allMatch(q -> joinWrites.contains(q.getPredicate())
                && (!q.getPredicate().equals(RDF.type.asNode())
                    || q.getObject().equals(GKG.Policy.asNode()) || q.getObject().equals(GKG.eliLegalResource.asNode())));
        if (onlyJoinTriples && !dataset.contains(graph, Node.ANY, Node.ANY, numbered)) {
            about.forEach(dataset::delete);
        }
    }
}
