package org.gazettekg.store;

import org.gazettekg.graph.GazetteShapes;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.GKG;
import org.gazettekg.graph.GazetteerRdfWriter;

/**
 * Checks a store an operator must be able to trust, after a crash say: every source graph
 * conforms to the shapes, holds its source-file node, and every document's line range lies
 * within the file; the gazetteer graph is present. Reports the counts per source.
 */
public final class StoreAudit {

    private static final String COUNTS = """
            PREFIX gkg: <%s>
            SELECT (COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?c) AS ?citations)
                   (COUNT(DISTINCT ?m) AS ?mentions) (SAMPLE(?n) AS ?lines) (COUNT(DISTINCT ?src) AS ?sources)
                   (SUM(IF(BOUND(?bad), 1, 0)) AS ?outOfRange)
            WHERE {
              GRAPH ?g {
                OPTIONAL { ?src a gkg:SourceFile ; gkg:lineCount ?n }
                OPTIONAL { ?doc a gkg:Document ; gkg:startLine ?s ; gkg:endLine ?e .
                           OPTIONAL { ?doc gkg:sourceFile/gkg:lineCount ?max .
                                      FILTER(?s < 1 || ?e < ?s || ?e > ?max) BIND(?doc AS ?bad) } }
                OPTIONAL { ?doc gkg:citation ?c }
                OPTIONAL { ?doc gkg:mention ?m }
              }
            }""".formatted(GKG.NS);

    /**
     * The audit of one named graph.
     *
     * @param graph      the graph IRI
     * @param triples    its size
     * @param documents  documents in it
     * @param citations  citations in it
     * @param mentions   division mentions in it
     * @param conforms   whether it conforms to the shapes
     * @param problems   what is wrong, empty when nothing is
     */
    public record GraphAudit(String graph, long triples, long documents, long citations, long mentions,
                             boolean conforms, List<String> problems) {

        /** Whether nothing is wrong with the graph. */
        public boolean ok() {
            return conforms && problems.isEmpty();
        }
    }

    private StoreAudit() {
    }

    /** Audits every named graph of {@code store}; the gazetteer graph missing is itself a problem. */
    public static List<GraphAudit> audit(GazetteStore store) {
        requireNonNull(store, "store");
        List<GraphAudit> audits = new ArrayList<>();
        boolean gazetteer = false;
        for (GazetteStore.ValidationOutcome o : store.validate()) {
            boolean isGazetteer = GazetteerRdfWriter.GRAPH.equals(o.graph());
            gazetteer |= isGazetteer;
            audits.add(isGazetteer
                    ? new GraphAudit(o.graph(), o.triples(), 0, 0, 0, GazetteShapes.violations(o.report()).isEmpty(), List.of())
                    : auditSource(store, o));
        }
        if (!gazetteer) {
            audits.add(new GraphAudit(GazetteerRdfWriter.GRAPH, 0, 0, 0, 0, true, List.of("the gazetteer graph is missing")));
        }
        return audits;
    }

    private static GraphAudit auditSource(GazetteStore store, GazetteStore.ValidationOutcome o) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(COUNTS);
        q.setIri("g", o.graph());
        QuerySolution s = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), DatasetFactory.wrap(store.dataset()))) {
                return qe.execSelect().next();
            }
        });
        List<String> problems = new ArrayList<>();
        if (s.getLiteral("sources").getLong() != 1) {
            problems.add("expected one source-file node, found " + s.getLiteral("sources").getLong());
        }
        long outOfRange = s.getLiteral("outOfRange").getLong();
        if (outOfRange > 0) {
            problems.add(outOfRange + " document(s) with a line range outside the file");
        }
        if (!GazetteShapes.violations(o.report()).isEmpty()) {
            problems.add(GazetteShapes.violations(o.report()).size() + " SHACL violation(s)");
        }
        return new GraphAudit(o.graph(), o.triples(), s.getLiteral("documents").getLong(),
                s.getLiteral("citations").getLong(), s.getLiteral("mentions").getLong(), GazetteShapes.violations(o.report()).isEmpty(), problems);
    }
}
