package org.gazettekg.export;

import static java.util.Objects.requireNonNull;
import static org.gazettekg.export.LiteralAttributes.value;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.GKG;
import org.gazettekg.parse.DivisionMatcher;

/**
 * Draws a subset of the gazette graph, or the graph a user's query describes, out of the store as
 * an {@link ExportGraph}, inside one read transaction. The dataset's default graph must be the
 * union of the source graphs (as {@code GazetteStore} sets it up).
 */
public final class GraphExtractor {

    private static final String PREFIXES = """
            PREFIX gkg:  <https://w3id.org/gazette-kg/ontology#>
            PREFIX eli:  <http://data.europa.eu/eli/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    /**
     * One row per citation: the citing document, the policy as cited and as the graph of links
     * joins it (one node per policy), the line and the relation.
     */
    private static final String CITATIONS = PREFIXES + """
            SELECT ?c ?doc ?cited ?policy (MIN(?l) AS ?line) (MIN(?r) AS ?relation)
            WHERE {
              ?c a gkg:Citation ; gkg:citingDocument ?doc ; gkg:citedPolicy ?cited .
              OPTIONAL { GRAPH <https://w3id.org/gazette-kg/derived/links> { ?cited gkg:sameAs ?linked } }
              BIND(COALESCE(?linked, ?cited) AS ?policy)
              OPTIONAL { ?c gkg:line ?l }
              OPTIONAL { ?c gkg:relation ?r }
            }
            GROUP BY ?c ?doc ?cited ?policy
            ORDER BY ?doc ?line ?c
            """;

    /**
     * Citing document, its gazette's city and the policy, for policies cited from two or more cities;
     * a policy cited by title alone counts as the numbered policy the graph of links joins it to.
     */
    private static final String CITIES = PREFIXES + """
            SELECT DISTINCT ?city ?gazette ?cited ?policy ?doc
            WHERE {
              { SELECT ?policy WHERE {
                  ?d eli:cites ?x ; gkg:gazette/gkg:city ?someCity .
                  OPTIONAL { GRAPH <https://w3id.org/gazette-kg/derived/links> { ?x gkg:sameAs ?linkedX } }
                  BIND(COALESCE(?linkedX, ?x) AS ?policy) }
                GROUP BY ?policy HAVING (COUNT(DISTINCT ?someCity) > 1) }
              { ?doc eli:cites ?policy BIND(?policy AS ?cited) }
              UNION { GRAPH <https://w3id.org/gazette-kg/derived/links> { ?cited gkg:sameAs ?policy } ?doc eli:cites ?cited }
              ?doc gkg:gazette ?gazette .
              ?gazette gkg:city ?city .
            }
            ORDER BY ?city ?policy ?doc
            """;

    /**
     * One row per division a change decrees on: from the change events (abolished, established,
     * village moved) and from mentions that carry a change type.
     */
    private static final String DIVISION_CHANGES = PREFIXES + """
            SELECT ?doc ?division ?via ?role (MIN(?n) AS ?change) (MIN(?l) AS ?line)
            WHERE {
              {
                ?via a gkg:DivisionChange ; gkg:decreedBy ?doc .
                { ?via gkg:abolished ?division BIND("abolished" AS ?role) }
                UNION { ?via gkg:established ?division BIND("established" AS ?role) }
                UNION { ?via gkg:villageMove/gkg:village ?division BIND("moved" AS ?role) }
              } UNION {
                ?doc gkg:mention ?via .
                ?via gkg:mentionedDivision ?division ; gkg:changeType ?type .
                OPTIONAL { ?type skos:notation ?n }
                BIND("mention" AS ?role)
              }
              OPTIONAL { ?via gkg:line ?l }
            }
            GROUP BY ?doc ?division ?via ?role
            ORDER BY ?doc ?line ?via ?division
            """;

    /** The links between divisions a change subset shows: parents and successors. */
    private static final List<Node> DIVISION_LINKS = List.of(GKG.parentDivision.asNode(), GKG.succeededBy.asNode());

    private final DatasetGraph dataset;
    private final Extraction extraction;

    /** An extractor over {@code dataset}, whose default graph is the union of the source graphs. */
    public GraphExtractor(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
        this.extraction = new Extraction(dataset);
    }

    /**
     * The graph {@code request} asks for.
     *
     * @throws IllegalArgumentException when the query is neither SELECT nor CONSTRUCT, lacks
     *                                  {@code ?source}/{@code ?target}, or the focus is not in the graph
     */
    public ExportGraph extract(ExportRequest request) {
        requireNonNull(request, "request");
        return Txn.calculateRead(dataset, () -> {
            if (request.query() != null) {
                return new QueryGraph(extraction).extract(request.query());
            }
            return switch (request.subset()) {
                case CITATIONS -> citations();
                case CITIES -> cities();
                case DIVISION_CHANGES -> divisionChanges();
                case NEIGHBOURHOOD -> new Neighbourhood(extraction).extract(request.of(), request.depth());
            };
        });
    }

    private ExportGraph citations() {
        ExportGraph.Builder b = new ExportGraph.Builder(Subset.CITATIONS.id(), true);
        TripleCollector triples = new TripleCollector(dataset);
        extraction.select(CITATIONS, row -> {
            Node c = row.get("c").asNode();
            Node doc = row.get("doc").asNode();
            Node policy = row.get("policy").asNode();
            Node cited = row.get("cited").asNode();
            Node relation = row.contains("relation") ? row.get("relation").asNode() : GKG.eliCites.asNode();
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put(ExportGraph.RELATION, ExportPrefixes.relation(relation.getURI()));
            if (row.contains("line")) {
                attrs.put("line", value(row.get("line").asNode()));
            }
            b.edge(c.getURI(), doc.getURI(), policy.getURI(), attrs);
            triples.describe(c);
            triples.link(doc, GKG.citation.asNode(), c);
            triples.link(c, GKG.citingDocument.asNode(), doc);
            triples.link(c, GKG.citedPolicy.asNode(), cited);
            triples.link(c, GKG.relation.asNode(), relation);
            triples.link(doc, GKG.eliCites.asNode(), cited);
            triples.link(doc, relation, cited);
            triples.link(cited, GKG.sameAs.asNode(), policy);
        });
        return extraction.finish(b, triples);
    }

    private ExportGraph cities() {
        ExportGraph.Builder b = new ExportGraph.Builder(Subset.CITIES.id(), false);
        TripleCollector triples = new TripleCollector(dataset);
        NodeDescriber describer = new NodeDescriber(dataset.getUnionGraph());
        Map<List<String>, Set<String>> citingDocs = new LinkedHashMap<>();
        extraction.select(CITIES, row -> {
            Node city = row.get("city").asNode();
            Node gazette = row.get("gazette").asNode();
            Node policy = row.get("policy").asNode();
            Node doc = row.get("doc").asNode();
            String cityId = city.isLiteral() ? city.getLiteralLexicalForm() : QueryGraph.nodeId(city);
            if (!b.hasNode(cityId)) {
                Map<String, Object> attrs = b.node(cityId);
                attrs.put(ExportGraph.LABEL, city.isLiteral() ? city.getLiteralLexicalForm() : describer.label(city));
                attrs.put(NodeDescriber.KIND, "city");
            }
            citingDocs.computeIfAbsent(List.of(cityId, policy.getURI()), k -> new LinkedHashSet<>()).add(doc.getURI());
            triples.link(doc, GKG.gazette.asNode(), gazette);
            triples.link(gazette, GKG.city.asNode(), city);
            triples.link(doc, GKG.eliCites.asNode(), row.get("cited").asNode());
            triples.link(row.get("cited").asNode(), GKG.sameAs.asNode(), policy);
        });
        citingDocs.forEach((pair, docs) -> {
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put(ExportGraph.RELATION, ExportPrefixes.relation(GKG.eliCites.getURI()));
            attrs.put(ExportGraph.WEIGHT, docs.size());
            b.edge(null, pair.get(0), pair.get(1), attrs);
        });
        return extraction.finish(b, triples);
    }

    private ExportGraph divisionChanges() {
        ExportGraph.Builder b = new ExportGraph.Builder(Subset.DIVISION_CHANGES.id(), true);
        TripleCollector triples = new TripleCollector(dataset);
        Graph union = dataset.getUnionGraph();
        Set<Node> divisions = new LinkedHashSet<>();
        Set<List<String>> seen = new HashSet<>();
        extraction.select(DIVISION_CHANGES, row -> {
            Node doc = row.get("doc").asNode();
            Node division = row.get("division").asNode();
            Node via = row.get("via").asNode();
            String change = changeName(row);
            if (!division.isURI() || !seen.add(List.of(doc.getURI(), division.getURI(), change))) {
                return;
            }
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put(ExportGraph.RELATION, ExportPrefixes.relation(GKG.names.getURI()));
            attrs.put("change", change);
            if (row.contains("line")) {
                attrs.put("line", value(row.get("line").asNode()));
            }
            b.edge(null, doc.getURI(), division.getURI(), attrs);
            divisions.add(division);
            triples.describe(via);
            triples.link(doc, GKG.event.asNode(), via);
            triples.link(via, GKG.decreedBy.asNode(), doc);
            triples.link(via, GKG.abolished.asNode(), division);
            triples.link(via, GKG.established.asNode(), division);
            triples.link(doc, GKG.mention.asNode(), via);
            triples.link(via, GKG.mentionedDivision.asNode(), division);
            union.find(via, GKG.changeType.asNode(), Node.ANY).toList().forEach(triples::add);
            for (Triple t : union.find(via, GKG.villageMove.asNode(), Node.ANY).toList()) {
                triples.add(t);
                addVillageMove(b, triples, t.getObject(), division, divisions);
            }
        });
        addDivisionLinks(b, triples, divisions);
        return extraction.finish(b, triples);
    }

    /** The change type a row decrees, as the notation the parser gives it (撤销, 设立, 划入 …). */
    private static String changeName(QuerySolution row) {
        return switch (row.getLiteral("role").getLexicalForm()) {
            case "abolished" -> DivisionMatcher.ABOLISHED;
            case "established" -> DivisionMatcher.ESTABLISHED;
            case "moved" -> DivisionMatcher.MOVED_INTO;
            default -> row.contains("change") ? row.getLiteral("change").getLexicalForm() : "";
        };
    }

    /**
     * When {@code village} is the village of {@code move}: its edges to the township it left
     * ({@code gkg:movedFrom}) and the one it joined ({@code gkg:movedTo}).
     */
    private void addVillageMove(ExportGraph.Builder b, TripleCollector triples, Node move, Node village, Set<Node> divisions) {
        Graph union = dataset.getUnionGraph();
        if (!union.contains(move, GKG.village.asNode(), village)) {
            return;
        }
        triples.describe(move);
        triples.link(move, GKG.village.asNode(), village);
        for (Node p : List.of(GKG.movedFrom.asNode(), GKG.movedTo.asNode())) {
            for (Triple t : union.find(move, p, Node.ANY).toList()) {
                if (t.getObject().isURI()) {
                    b.edge(null, village.getURI(), t.getObject().getURI(),
                            Map.of(ExportGraph.RELATION, ExportPrefixes.relation(p.getURI())));
                    triples.add(t);
                    divisions.add(t.getObject());
                }
            }
        }
    }

    /**
     * The links from the changed divisions to their parents (up the chain) and successors, as
     * {@code gkg:parentDivision} and {@code gkg:succeededBy} edges.
     */
    private void addDivisionLinks(ExportGraph.Builder b, TripleCollector triples, Set<Node> divisions) {
        Graph union = dataset.getUnionGraph();
        Deque<Node> todo = new ArrayDeque<>(divisions);
        Set<Node> seen = new LinkedHashSet<>(divisions);
        while (!todo.isEmpty()) {
            Node division = todo.poll();
            for (Node p : DIVISION_LINKS) {
                for (Triple t : union.find(division, p, Node.ANY).toList()) {
                    Node other = t.getObject();
                    if (!other.isURI()) {
                        continue;
                    }
                    b.edge(null, division.getURI(), other.getURI(), Map.of(ExportGraph.RELATION, ExportPrefixes.relation(p.getURI())));
                    triples.add(t);
                    // Parents are followed up the chain; a successor is shown, not explored further.
                    if (p.equals(GKG.parentDivision.asNode()) && seen.add(other)) {
                        todo.add(other);
                    }
                }
            }
        }
    }
}
