package org.gazettekg.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;

import static org.gazettekg.export.LiteralAttributes.literalAttributes;
import static org.gazettekg.export.LiteralAttributes.value;

/** The graph a user's SELECT ({@code ?source ?target …}) or CONSTRUCT query describes. */
final class QueryGraph {

    private final Extraction extraction;
    private final DatasetGraph dataset;

    QueryGraph(Extraction extraction) {
        this.extraction = extraction;
        this.dataset = extraction.dataset();
    }

    ExportGraph extract(String sparql) {
        Query query = QueryFactory.create(sparql);
        if (query.isSelectType()) {
            return fromSelect(query);
        }
        if (query.isConstructType()) {
            return fromConstruct(query);
        }
        throw new IllegalArgumentException("an export query must be a SELECT (?source ?target [?label] [?weight]) or a CONSTRUCT");
    }

    /** One edge per row from ?source to ?target; ?label, ?weight and any other variable become edge attributes. */
    private ExportGraph fromSelect(Query query) {
        if (!query.getResultVars().containsAll(List.of("source", "target"))) {
            throw new IllegalArgumentException("an export SELECT must bind ?source and ?target (and may bind ?label, ?weight); it has "
                    + query.getResultVars());
        }
        ExportGraph.Builder b = new ExportGraph.Builder("query", true);
        Map<String, Node> literalEnds = new HashMap<>();
        extraction.run(query, rs -> {
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                if (!row.contains("source") || !row.contains("target")) {
                    continue;
                }
                String source = endId(row.get("source"), literalEnds);
                String target = endId(row.get("target"), literalEnds);
                Map<String, Object> attrs = new LinkedHashMap<>();
                for (String var : query.getResultVars()) {
                    if (!var.equals("source") && !var.equals("target") && row.contains(var)) {
                        RDFNode v = row.get(var);
                        attrs.put(var, v.isLiteral() ? value(v.asNode()) : v.toString());
                    }
                }
                attrs.putIfAbsent(ExportGraph.RELATION, "query");
                b.edge(null, source, target, attrs);
            }
        });
        literalEnds.forEach((id, lit) -> {
            Map<String, Object> attrs = b.node(id);
            attrs.put(ExportGraph.LABEL, lit.getLiteralLexicalForm());
            attrs.put(NodeDescriber.KIND, "literal");
        });
        return extraction.finish(b, null, false);
    }

    private static String endId(RDFNode n, Map<String, Node> literalEnds) {
        if (n.isURIResource()) {
            return n.asResource().getURI();
        }
        if (n.isAnon()) {
            return "_:" + n.asNode().getBlankNodeLabel();
        }
        String id = n.asNode().getLiteralLexicalForm();
        literalEnds.put(id, n.asNode());
        return id;
    }

    /** Triples to IRIs or blank nodes become edges, literal-valued ones node attributes; rdf:type is left out. */
    private ExportGraph fromConstruct(Query query) {
        Graph constructed;
        try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
            constructed = qe.execConstruct().getGraph();
        }
        ExportGraph.Builder b = new ExportGraph.Builder("query", true);
        TripleCollector triples = new TripleCollector(dataset);
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        constructed.find().forEachRemaining(t -> {
            triples.add(t);
            bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
        });
        bySubject.forEach((s, ts) -> {
            String id = nodeId(s);
            literalAttributes(ts, b.node(id));
            for (Triple t : ts) {
                if (!t.getObject().isLiteral() && !NodeDescriber.isType(t)) {
                    b.edge(null, id, nodeId(t.getObject()),
                            Map.of(ExportGraph.RELATION, ExportPrefixes.relation(t.getPredicate().getURI())));
                }
            }
        });
        return extraction.finish(b, triples, false);
    }

    static String nodeId(Node n) {
        return n.isURI() ? n.getURI() : "_:" + n.getBlankNodeLabel();
    }

}
