package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.gazettekg.graph.GKG;
import org.gazettekg.graph.Iris;

/**
 * Computes the triples of the {@link Summary} from the source graphs (the union default graph):
 * a handful of scans of the store, joined and counted in memory. Values joined into one literal are
 * listed in a fixed order (code points; a document's divisions by their codes), so that the summary
 * depends only on the files loaded.
 */
final class SummaryBuilder {

    /** Rows of documents per city and year are named {@code …/summary/city-year/长治市/2019}. */
    private static final String CITY_YEAR = GKG.ID + "summary/city-year/";
    /**
     * Ranks are kept for this many policies at the top only: queries 02 and 06 then read a few
     * hundred of them instead of testing the rank of every cited policy.
     */
    static final int RANKED = 100;
    private static final String LIST_SEPARATOR = "、";
    /** What joins a policy's IRI and a city's name into the IRI of the policy's documents in that city. */
    static final String CITY_ROW = "/in/";
    private static final String NATIONAL = "national";
    private static final String PROVINCIAL = "provincial";
    /** What query 08 strips from a national title to get its subject, and the shortest subject it keeps. */
    private static final Pattern BEFORE_SUBJECT = Pattern.compile("^.*?关于");
    private static final Pattern AFTER_SUBJECT = Pattern.compile("的(实施|指导)?(意见|通知|决定|办法|方案)$");
    private static final int MIN_SUBJECT_LENGTH = 6;

    private static final String PREFIXES = """
            PREFIX gkg:  <%s>
            PREFIX eli:  <%s>
            PREFIX dct:  <%s>
            PREFIX skos: <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """.formatted(GKG.NS, GKG.ELI, GKG.DCT, GKG.SKOS);
    /** The city (label) of each gazette's documents: from the few gazettes down, not from every document. */
    private static final String CITIES = PREFIXES
            + "SELECT ?doc ?city WHERE { ?gazette gkg:city/rdfs:label ?city . ?doc gkg:gazette ?gazette }";
    private static final String CITATIONS = PREFIXES + "SELECT ?doc ?policy WHERE { ?doc eli:cites ?policy }";
    /** The year as query 01 printed it before the summary: the 成文日期's year, or "unknown". */
    private static final String YEARS = PREFIXES + """
            SELECT ?doc ?year WHERE {
              ?doc a gkg:Document .
              OPTIONAL { ?doc eli:date_document ?date }
              BIND(IF(BOUND(?date), YEAR(?date), "unknown") AS ?year)
            }""";
    private static final String LEVELS = PREFIXES
            + "SELECT ?policy ?level WHERE { ?policy gkg:level ?concept . ?concept skos:notation ?level }";
    private static final String NAMES = PREFIXES + "SELECT ?doc ?division WHERE { ?doc gkg:names ?division }";
    private static final String DIVISION_LABELS = PREFIXES
            + "SELECT ?division ?name WHERE { ?division a gkg:AdministrativeDivision ; rdfs:label ?name }";
    /** Citations of a document in the graph: from the few documents to the citations of each, not from every citation. */
    private static final String DOCUMENT_CITATIONS = PREFIXES + """
            SELECT ?citation ?cited WHERE {
              ?cited a gkg:Document .
              ?citation gkg:citedPolicy ?cited ;
                        gkg:citingDocument ?doc .
              FILTER(?doc != ?cited)
            }""";
    private static final String CHANGE_TYPES = PREFIXES + """
            SELECT ?event ?type WHERE { ?event a gkg:DivisionChange ; gkg:changeType/skos:notation ?type }""";
    private static final String NUMBERS = PREFIXES + "SELECT ?policy ?number WHERE { ?policy eli:id_local ?number }";
    private static final String TITLES = PREFIXES
            + "SELECT ?policy ?title WHERE { { ?policy dct:title ?title } UNION { ?policy eli:title ?title } }";

    private final DatasetGraph dataset;
    private final Set<Triple> out = new HashSet<>();
    /** The 文号 of each policy or document that has one. */
    private Map<Node, Set<Node>> numbers = Map.of();

    private SummaryBuilder(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
    }

    /** The summary's triples for the source graphs of {@code dataset}; call inside a transaction. */
    static Set<Triple> build(DatasetGraph dataset) {
        return new SummaryBuilder(dataset).build();
    }

    private Set<Triple> build() {
        Map<Node, Set<Node>> citiesOfDocument = pairs(CITIES, "doc", "city");
        Map<Node, Set<Node>> citingDocuments = pairs(CITATIONS, "policy", "doc");
        Map<Node, Set<Node>> levels = pairs(LEVELS, "policy", "level");
        Map<Node, Integer> cityCounts = policies(citingDocuments, citiesOfDocument);
        numbers = pairs(NUMBERS, "policy", "number");
        documentNumbersByCity(citingDocuments, citiesOfDocument);
        sharedProvincialPlaces(levels, cityCounts);
        rank(citingDocuments.keySet(), Summary.CITING_DOCUMENTS_RANK,
                Comparator.comparingInt((Node p) -> citingDocuments.get(p).size()).reversed());
        levelRanks(levels, citingDocuments, cityCounts);
        Map<Node, Set<Node>> titles = pairs(TITLES, "policy", "title");
        chains(citingDocuments, levels, titles);
        describeListedPolicies(levels, titles);
        cityYears(pairs(YEARS, "doc", "year"), citiesOfDocument);
        Map<Node, Set<Node>> divisions = pairs(NAMES, "doc", "division");
        List<Node> placed = place(new ArrayList<>(divisions.keySet()), Summary.DIVISIONS_RANK,
                Comparator.comparingInt((Node d) -> divisions.get(d).size()).reversed()
                        .thenComparing(byNumber(numbers)));
        divisionsNamed(placed, divisions);
        pairs(DOCUMENT_CITATIONS, "citation", "cited").forEach((citation, cited) ->
                cited.forEach(document -> add(citation, Summary.CITED_DOCUMENT, document)));
        pairs(CHANGE_TYPES, "event", "type").forEach((event, types) ->
                add(event, Summary.CHANGE_TYPES, NodeFactory.createLiteralString(joined(types))));
        return out;
    }

    /** For each of the documents placed by the divisions they name: how many, and their names (query 05). */
    private void divisionsNamed(List<Node> placed, Map<Node, Set<Node>> divisions) {
        Map<Node, Set<Node>> labels = pairs(DIVISION_LABELS, "division", "name");
        for (Node doc : placed) {
            // In the order of the divisions' IRIs: by statistical code, so a county comes before
            // its townships and the counties of a city in the gazetteer's order.
            String names = divisions.get(doc).stream().sorted(Comparator.comparing(Node::getURI))
                    .flatMap(d -> labels.getOrDefault(d, Set.of()).stream()).map(SummaryBuilder::lexical)
                    .distinct().collect(Collectors.joining(LIST_SEPARATOR));
            add(doc, Summary.DIVISION_COUNT, integer(divisions.get(doc).size()));
            add(doc, Summary.DIVISION_NAMES, NodeFactory.createLiteralString(names));
        }
    }

    /** The lexical forms of {@code nodes}, distinct, in code-point order, joined by 、. */
    private static String joined(Set<Node> nodes) {
        return String.join(LIST_SEPARATOR, nodes.stream().map(SummaryBuilder::lexical).distinct().sorted(SummaryBuilder::byCodePoint).toList());
    }

    /** Per cited policy: how many documents and cities cite it, and which cities; returns the city counts. */
    private Map<Node, Integer> policies(Map<Node, Set<Node>> citingDocuments, Map<Node, Set<Node>> citiesOfDocument) {
        Map<Node, Integer> cityCounts = new HashMap<>();
        citingDocuments.forEach((policy, documents) -> {
            Set<Node> cities = new HashSet<>();
            documents.forEach(d -> cities.addAll(citiesOfDocument.getOrDefault(d, Set.of())));
            add(policy, Summary.CITING_DOCUMENTS, integer(documents.size()));
            add(policy, Summary.CITING_CITIES, integer(cities.size()));
            cities.forEach(city -> add(policy, Summary.CITING_CITY, city));
            if (cities.size() > 1) {
                add(policy, Summary.CITING_CITY_LIST, NodeFactory.createLiteralString(cityList(cities)));
            }
            cityCounts.put(policy, cities.size());
        });
        return cityCounts;
    }

    /**
     * Per cited policy and citing city, the 文号 of the numbered citing documents of that city, in
     * code-point order (so that the summary depends only on the files loaded, not on the order the
     * store lists them), joined by spaces as query 10 lists them, on the node {@code <policy>/in/<city>}.
     */
    private void documentNumbersByCity(Map<Node, Set<Node>> citingDocuments, Map<Node, Set<Node>> citiesOfDocument) {
        citingDocuments.forEach((policy, documents) -> {
            Map<Node, Set<String>> byCity = new HashMap<>();
            for (Node doc : documents) {
                for (Node city : citiesOfDocument.getOrDefault(doc, Set.of())) {
                    numbers.getOrDefault(doc, Set.of()).forEach(n -> byCity.computeIfAbsent(city, c -> new TreeSet<>()).add(lexical(n)));
                }
            }
            byCity.forEach((city, list) -> add(NodeFactory.createURI(policy.getURI() + CITY_ROW + lexical(city)),
                    Summary.DOCUMENT_NUMBERS, NodeFactory.createLiteralString(String.join(" ", list))));
        });
    }

    /** The provincial policies cited from more than one city, placed in the order of query 03. */
    private void sharedProvincialPlaces(Map<Node, Set<Node>> levels, Map<Node, Integer> cityCounts) {
        List<Node> shared = new ArrayList<>();
        cityCounts.forEach((policy, cities) -> {
            if (cities > 1 && hasLevel(levels, policy, PROVINCIAL)) {
                shared.add(policy);
            }
        });
        place(shared, Summary.SHARED_PROVINCIAL_PLACE,
                Comparator.comparingInt((Node p) -> cityCounts.get(p)).reversed().thenComparing(byNumber(numbers)));
    }

    /** The city names in code-point order, joined by 、 (as query 03 lists them). */
    private static String cityList(Set<Node> cities) {
        return joined(cities);
    }

    private static int byCodePoint(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /** Within each level, the cited policies placed in the order of query 06: citing cities, then documents. */
    private void levelRanks(Map<Node, Set<Node>> levels, Map<Node, Set<Node>> citingDocuments,
                            Map<Node, Integer> cityCounts) {
        Map<Node, List<Node>> byLevel = new HashMap<>();
        levels.forEach((policy, ls) -> {
            if (citingDocuments.containsKey(policy)) {
                ls.forEach(level -> byLevel.computeIfAbsent(level, l -> new ArrayList<>()).add(policy));
            }
        });
        Comparator<Node> order = Comparator.comparingInt((Node p) -> cityCounts.get(p)).reversed()
                .thenComparing(Comparator.comparingInt((Node p) -> citingDocuments.get(p).size()).reversed())
                .thenComparing(byNumber(numbers));
        byLevel.values().forEach(policies -> place(policies, Summary.LEVEL_RANK, order));
    }

    /** By 文号 as SPARQL orders them (none first), then by IRI. */
    private static Comparator<Node> byNumber(Map<Node, Set<Node>> numbers) {
        return Comparator.comparing((Node p) -> number(numbers, p), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Node::getURI);
    }

    /** Numbers the first {@link #RANKED} items in {@code order} 1, 2, …, no two alike; returns them. */
    private List<Node> place(List<Node> items, Node property, Comparator<Node> order) {
        items.sort(order);
        List<Node> placed = items.subList(0, Math.min(RANKED, items.size()));
        for (int i = 0; i < placed.size(); i++) {
            add(placed.get(i), property, integer(i + 1));
        }
        return placed;
    }

    private static String number(Map<Node, Set<Node>> numbers, Node policy) {
        return numbers.getOrDefault(policy, Set.of()).stream().map(SummaryBuilder::lexical).min(Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * Ranks {@code items} in {@code order} as sports do: one plus the number of items strictly
     * before, so the items tied with the n-th all rank n or better; only ranks up to {@link #RANKED}.
     */
    private void rank(Iterable<Node> items, Node property, Comparator<Node> order) {
        List<Node> sorted = new ArrayList<>();
        items.forEach(sorted::add);
        sorted.sort(order);
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i == 0 || order.compare(sorted.get(i - 1), sorted.get(i)) != 0) {
                rank = i + 1;
            }
            if (rank > RANKED) {
                return;
            }
            add(sorted.get(i), property, integer(rank));
        }
    }

    /**
     * The provincial policies whose title carries the subject of a national policy's title (as
     * query 08 reads it) where one document cites both: the pairs query 08 starts from.
     */
    private void chains(Map<Node, Set<Node>> citingDocuments, Map<Node, Set<Node>> levels, Map<Node, Set<Node>> titles) {
        Map<Node, List<Node>> cited = new HashMap<>();
        citingDocuments.forEach((policy, docs) -> docs.forEach(d -> cited.computeIfAbsent(d, x -> new ArrayList<>()).add(policy)));
        Map<Node, Set<String>> subjects = new HashMap<>();
        for (List<Node> policies : cited.values()) {
            for (Node national : policies) {
                if (!hasLevel(levels, national, NATIONAL)) {
                    continue;
                }
                Set<String> subjectsOfNational = subjects.computeIfAbsent(national, n -> subjectsOf(titles.get(n)));
                for (Node provincial : policies) {
                    if (hasLevel(levels, provincial, PROVINCIAL)
                            && carriesAny(titles.getOrDefault(provincial, Set.of()), subjectsOfNational)) {
                        add(provincial, Summary.CARRIES_SUBJECT_OF, national);
                    }
                }
            }
        }
    }

    /**
     * The 文号, titles and level notations of every policy that queries 02, 03, 06 and 08 list (one
     * ranked, placed or in a chain): the most cited policies are described again in every graph
     * that cites them, and a lookup in the union of hundreds of graphs is what made those queries slow.
     */
    private void describeListedPolicies(Map<Node, Set<Node>> levels, Map<Node, Set<Node>> titles) {
        Set<Node> listed = new HashSet<>();
        for (Triple t : out) {
            Node p = t.getPredicate();
            if (p.equals(Summary.CITING_DOCUMENTS_RANK) || p.equals(Summary.SHARED_PROVINCIAL_PLACE)
                    || p.equals(Summary.LEVEL_RANK) || p.equals(Summary.CARRIES_SUBJECT_OF)) {
                listed.add(t.getSubject());
            }
            if (p.equals(Summary.CARRIES_SUBJECT_OF)) {
                listed.add(t.getObject());
            }
        }
        for (Node policy : listed) {
            numbers.getOrDefault(policy, Set.of()).forEach(n -> add(policy, Summary.NUMBER, n));
            titles.getOrDefault(policy, Set.of()).forEach(title -> add(policy, Summary.TITLE, title));
            levels.getOrDefault(policy, Set.of()).forEach(level -> add(policy, Summary.LEVEL, level));
        }
    }

    /** Whether the policy's level has the notation, matched as the queries match {@code skos:notation "…"}. */
    private static boolean hasLevel(Map<Node, Set<Node>> levels, Node policy, String level) {
        return levels.getOrDefault(policy, Set.of()).contains(NodeFactory.createLiteralString(level));
    }

    private static Set<String> subjectsOf(Set<Node> titles) {
        Set<String> subjects = new HashSet<>();
        for (Node title : titles == null ? Set.<Node>of() : titles) {
            String s = AFTER_SUBJECT.matcher(BEFORE_SUBJECT.matcher(lexical(title)).replaceAll("")).replaceAll("");
            if (s.codePointCount(0, s.length()) >= MIN_SUBJECT_LENGTH) {
                subjects.add(s);
            }
        }
        return subjects;
    }

    private static boolean carriesAny(Set<Node> titles, Set<String> subjects) {
        return titles.stream().anyMatch(t -> subjects.stream().anyMatch(lexical(t)::contains));
    }

    private static String lexical(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    /** Per city and year of the 成文日期: how many documents, each row a node named by the two. */
    private void cityYears(Map<Node, Set<Node>> yearsOfDocument, Map<Node, Set<Node>> citiesOfDocument) {
        Map<List<Node>, Integer> documents = new HashMap<>();
        yearsOfDocument.forEach((doc, years) -> {
            for (Node city : citiesOfDocument.getOrDefault(doc, Set.of())) {
                years.forEach(year -> documents.merge(List.of(city, year), 1, Integer::sum));
            }
        });
        documents.forEach((cityYear, count) -> {
            Node city = cityYear.get(0);
            Node year = cityYear.get(1);
            Node row = NodeFactory.createURI(CITY_YEAR + Iris.segment(lexical(city)) + "/" + Iris.segment(lexical(year)));
            add(row, Summary.CITY, city);
            add(row, Summary.YEAR, year);
            add(row, Summary.DOCUMENTS, integer(count));
        });
    }

    /**
     * The distinct values of {@code value} for each value of {@code key} in the query's results, in
     * the order the store gives them (for a pattern with a fixed predicate, the order of its index).
     */
    private Map<Node, Set<Node>> pairs(String query, String key, String value) {
        Var k = Var.alloc(key);
        Var v = Var.alloc(value);
        Map<Node, Set<Node>> pairs = new HashMap<>();
        QueryExec.dataset(dataset).query(query).select()
                .forEachRemaining(b -> pairs.computeIfAbsent(b.get(k), x -> new LinkedHashSet<>()).add(b.get(v)));
        return pairs;
    }

    private void add(Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
