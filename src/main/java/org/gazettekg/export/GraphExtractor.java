package org.gazettekg.export;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.gazettekg.graph.GKG;
import org.gazettekg.parse.DivisionMatcher;
import org.gazettekg.parse.DocNumber;

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

    /** One row per citation: the citing document, the cited policy, the line and the relation. */
    private static final String CITATIONS = PREFIXES + """
            SELECT ?c ?doc ?policy (MIN(?l) AS ?line) (MIN(?r) AS ?relation)
            WHERE {
              ?c a gkg:Citation ; gkg:citingDocument ?doc ; gkg:citedPolicy ?policy .
              OPTIONAL { ?c gkg:line ?l }
              OPTIONAL { ?c gkg:relation ?r }
            }
            GROUP BY ?c ?doc ?policy
            ORDER BY ?doc ?line ?c
            """;

    /** Citing document, its gazette's city and the policy, for policies cited from two or more cities. */
    private static final String CITIES = PREFIXES + """
            SELECT ?city ?gazette ?policy ?doc
            WHERE {
              { SELECT ?policy WHERE { ?d eli:cites ?policy ; gkg:gazette/gkg:city ?someCity }
                GROUP BY ?policy HAVING (COUNT(DISTINCT ?someCity) > 1) }
              ?doc eli:cites ?policy ; gkg:gazette ?gazette .
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

    /** An extractor over {@code dataset}, whose default graph is the union of the source graphs. */
    public GraphExtractor(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
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
                return fromQuery(request.query());
            }
            return switch (request.subset()) {
                case CITATIONS -> citations();
                case CITIES -> cities();
                case DIVISION_CHANGES -> divisionChanges();
                case NEIGHBOURHOOD -> neighbourhood(request.of(), request.depth());
            };
        });
    }

    private ExportGraph citations() {
        ExportGraph.Builder b = new ExportGraph.Builder(Subset.CITATIONS.id(), true);
        TripleCollector triples = new TripleCollector(dataset);
        select(CITATIONS, row -> {
            Node c = row.get("c").asNode();
            Node doc = row.get("doc").asNode();
            Node policy = row.get("policy").asNode();
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
            triples.link(c, GKG.citedPolicy.asNode(), policy);
            triples.link(c, GKG.relation.asNode(), relation);
            triples.link(doc, GKG.eliCites.asNode(), policy);
            triples.link(doc, relation, policy);
        });
        return finish(b, triples);
    }

    private ExportGraph cities() {
        ExportGraph.Builder b = new ExportGraph.Builder(Subset.CITIES.id(), false);
        TripleCollector triples = new TripleCollector(dataset);
        NodeDescriber describer = new NodeDescriber(dataset.getUnionGraph());
        Map<List<String>, Set<String>> citingDocs = new LinkedHashMap<>();
        select(CITIES, row -> {
            Node city = row.get("city").asNode();
            Node gazette = row.get("gazette").asNode();
            Node policy = row.get("policy").asNode();
            Node doc = row.get("doc").asNode();
            String cityId = city.isLiteral() ? city.getLiteralLexicalForm() : nodeId(city);
            if (!b.hasNode(cityId)) {
                Map<String, Object> attrs = b.node(cityId);
                attrs.put(ExportGraph.LABEL, city.isLiteral() ? city.getLiteralLexicalForm() : describer.label(city));
                attrs.put(NodeDescriber.KIND, "city");
            }
            citingDocs.computeIfAbsent(List.of(cityId, policy.getURI()), k -> new LinkedHashSet<>()).add(doc.getURI());
            triples.link(doc, GKG.gazette.asNode(), gazette);
            triples.link(gazette, GKG.city.asNode(), city);
            triples.link(doc, GKG.eliCites.asNode(), policy);
        });
        citingDocs.forEach((pair, docs) -> {
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put(ExportGraph.RELATION, ExportPrefixes.relation(GKG.eliCites.getURI()));
            attrs.put(ExportGraph.WEIGHT, docs.size());
            b.edge(null, pair.get(0), pair.get(1), attrs);
        });
        return finish(b, triples);
    }

    private ExportGraph divisionChanges() {
        ExportGraph.Builder b = new ExportGraph.Builder(Subset.DIVISION_CHANGES.id(), true);
        TripleCollector triples = new TripleCollector(dataset);
        Graph union = dataset.getUnionGraph();
        Set<Node> divisions = new LinkedHashSet<>();
        Set<List<String>> seen = new HashSet<>();
        select(DIVISION_CHANGES, row -> {
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
        return finish(b, triples);
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

    private ExportGraph neighbourhood(String of, int depth) {
        Node focus = resolveFocus(of);
        Graph union = dataset.getUnionGraph();
        Set<Node> reached = new LinkedHashSet<>();
        reached.add(focus);
        List<Node> frontier = List.of(focus);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            List<Node> next = new ArrayList<>();
            for (Node n : frontier) {
                for (Node m : neighbours(union, n)) {
                    if (reached.add(m)) {
                        next.add(m);
                    }
                }
            }
            frontier = next;
        }
        ExportGraph.Builder b = new ExportGraph.Builder(Subset.NEIGHBOURHOOD.id(), true);
        TripleCollector triples = new TripleCollector(dataset);
        for (Node n : reached) {
            b.node(n.getURI());
        }
        for (Node n : reached) {
            triples.describe(n);
            literalAttributes(union.find(n, Node.ANY, Node.ANY).toList(), b.node(n.getURI()));
            for (Triple t : union.find(n, Node.ANY, Node.ANY).toList()) {
                if (t.getObject().isURI() && !NodeDescriber.isType(t) && reached.contains(t.getObject())) {
                    b.edge(null, n.getURI(), t.getObject().getURI(),
                            Map.of(ExportGraph.RELATION, ExportPrefixes.relation(t.getPredicate().getURI())));
                    triples.add(t);
                }
            }
        }
        return finish(b, triples);
    }

    /** The IRIs linked to {@code n} by an object property either way (rdf:type and blank nodes left out). */
    private static Set<Node> neighbours(Graph union, Node n) {
        Set<Node> out = new LinkedHashSet<>();
        union.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && !NodeDescriber.isType(t)) {
                out.add(t.getObject());
            }
        });
        union.find(Node.ANY, Node.ANY, n).forEachRemaining(t -> {
            if (t.getSubject().isURI() && !NodeDescriber.isType(t)) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    /**
     * The node {@code of} names: a 文号 in any printed form (the document, else the cited policy,
     * with that canonical number) or an IRI in the graph.
     */
    private Node resolveFocus(String of) {
        String text = of.strip();
        Graph union = dataset.getUnionGraph();
        if (text.contains("://")) {
            Node iri = NodeDescriber.uri(text.startsWith("<") && text.endsWith(">") ? text.substring(1, text.length() - 1) : text);
            if (union.contains(iri, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, iri)) {
                return iri;
            }
            throw new IllegalArgumentException("no resource <" + iri.getURI() + "> in the graph");
        }
        String number = DocNumber.parse(text).map(DocNumber::canonical).orElse(text);
        TreeSet<String> documents = new TreeSet<>();
        TreeSet<String> policies = new TreeSet<>();
        union.find(Node.ANY, GKG.eliIdLocal.asNode(), NodeFactory.createLiteralString(number))
                .forEachRemaining(t -> {
                    if (t.getSubject().isURI()) {
                        boolean doc = union.contains(t.getSubject(), RDF.type.asNode(), GKG.Document.asNode());
                        (doc ? documents : policies).add(t.getSubject().getURI());
                    }
                });
        if (!documents.isEmpty()) {
            return NodeDescriber.uri(documents.first());
        }
        if (!policies.isEmpty()) {
            return NodeDescriber.uri(policies.first());
        }
        throw new IllegalArgumentException("no document or policy with 文号 " + number + " in the graph");
    }

    private ExportGraph fromQuery(String sparql) {
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
        run(query, rs -> {
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
        return finish(b, null, false);
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
        return finish(b, triples, false);
    }

    private static String nodeId(Node n) {
        return n.isURI() ? n.getURI() : "_:" + n.getBlankNodeLabel();
    }

    /** The literal-valued triples as attributes named after their predicates ({@code eli_title} …); several values joined by |. */
    private static void literalAttributes(List<Triple> ts, Map<String, Object> into) {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (Triple t : ts) {
            if (t.getObject().isLiteral() && !t.getPredicate().equals(GKG.fullText.asNode())) {
                values.computeIfAbsent(ExportPrefixes.attribute(t.getPredicate().getURI()), k -> new ArrayList<>())
                        .add(value(t.getObject()));
            }
        }
        values.forEach((k, vs) -> into.put(k, vs.size() == 1 ? vs.get(0)
                : String.join("|", new TreeSet<>(vs.stream().map(String::valueOf).toList()))));
    }

    /** Standard attributes for every IRI node, each node's own triples among the subset's, then the graph. */
    private ExportGraph finish(ExportGraph.Builder b, TripleCollector triples) {
        return finish(b, triples, true);
    }

    /** As above; a query's triples ({@code describeNodes} false) are exactly the ones it made. */
    private ExportGraph finish(ExportGraph.Builder b, TripleCollector triples, boolean describeNodes) {
        NodeDescriber describer = new NodeDescriber(dataset.getUnionGraph());
        for (String id : b.nodeIds()) {
            if (id.contains("://")) {
                Node n = NodeDescriber.uri(id);
                describer.describe(n, b.node(id));
                if (triples != null && describeNodes) {
                    triples.describe(n);
                }
            }
        }
        return b.build(triples != null ? triples.result() : null);
    }

    /**
     * A literal as a typed attribute value: integers as Integer (Long when large), decimals and
     * floating point as Double, booleans as Boolean, xsd:gYear as Integer, anything else as its text.
     */
    static Object value(Node literal) {
        try {
            Object v = literal.getLiteralValue();
            if (v instanceof Integer || v instanceof Long || v instanceof Boolean || v instanceof Double) {
                return v;
            }
            if (v instanceof Short || v instanceof Byte) {
                return ((Number) v).intValue();
            }
            if (v instanceof BigInteger big) {
                return big.bitLength() < Long.SIZE ? (Object) big.longValue() : literal.getLiteralLexicalForm();
            }
            if (v instanceof BigDecimal || v instanceof Float) {
                return ((Number) v).doubleValue();
            }
            if (literal.getLiteralDatatypeURI().endsWith("#gYear")) {
                return Integer.valueOf(literal.getLiteralLexicalForm().substring(0, 4));
            }
        } catch (DatatypeFormatException | NumberFormatException | StringIndexOutOfBoundsException e) {
            // An ill-typed literal is still worth showing as it is written.
        }
        return literal.getLiteralLexicalForm();
    }

    private void select(String sparql, Consumer<QuerySolution> rowHandler) {
        run(QueryFactory.create(sparql), rs -> rs.forEachRemaining(rowHandler));
    }

    private void run(Query query, Consumer<ResultSet> handler) {
        try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
            handler.accept(qe.execSelect());
        }
    }
}
