package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.update.UpdateFactory;
import org.gazettekg.graph.GKG;

/**
 * Joins a policy cited by title alone to the numbered policy (a document in the graph, or a
 * policy cited elsewhere with its 文号) whose normalised title is the same, so that one policy is
 * one node across documents, gazettes and cities. Runs inside the write transaction of each
 * load, over every source graph, so the order in which files are loaded does not matter; a
 * title shared by two numbered policies is ambiguous and joins nothing.
 */
final class PolicyLinker {

    private static final String DOC = GKG.ID + "doc/";
    private static final String TITLE_ONLY = GKG.ID + "policy/";

    private static final UpdateRequest LINK = UpdateFactory.create("""
            PREFIX gkg: <%1$s>
            PREFIX eli: <%2$s>
            DELETE { GRAPH ?g { ?c gkg:citedPolicy ?p . ?d ?rel ?p . } }
            INSERT { GRAPH ?g { ?c gkg:citedPolicy ?n . ?d ?rel ?n . ?n a gkg:Policy , eli:LegalResource ; eli:id_local ?number . } }
            WHERE {
              { SELECT ?t (SAMPLE(?num) AS ?n) WHERE {
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
              GRAPH ?g {
                ?p a gkg:Policy ; ?x ?y .
                FILTER(STRSTARTS(STR(?p), "%4$s"))
                FILTER NOT EXISTS { ?c gkg:citedPolicy ?p }
              }
            }
            """.formatted(GKG.NS, GKG.ELI, DOC, TITLE_ONLY));

    private PolicyLinker() {
    }

    /** Links title-only policies to numbered ones in {@code dataset}; call inside a write transaction. */
    static void link(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        UpdateAction.execute(LINK, dataset);
    }
}
