package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Aggregates that the analysts' queries would otherwise compute over every citation or document
 * on each request, materialised at load time: per cited policy the number of citing documents
 * and cities, the cities, its rank by citing documents and within its level; the documents that
 * name most divisions, with those divisions' names (05); the provincial → national policy pairs of
 * query 08; the 文号, titles and levels of the policies that 02, 03, 06 and 08 list; the
 * citations of documents in the graph (09); the change types of each division change (12); the
 * number of documents per city and year.
 *
 * <p>They live in the stored default graph, which queries see only as
 * {@code GRAPH <urn:x-arq:DefaultGraph>} (their default graph is the union of the source graphs),
 * so no source graph, export, validation or audit sees them. They are computed from the source
 * graphs inside a load's write transaction, after the policies are linked, so they agree with
 * the sources after every load, reload or replacement of a file.
 */
public final class Summary {

    /** The summary's vocabulary. */
    public static final String NS = "https://w3id.org/gazette-kg/summary#";
    /** The graph that holds the summary: the stored default graph. */
    public static final Node GRAPH = Quad.defaultGraphIRI;

    /** Bumped whenever what the summary holds changes, so that {@link #ensure} recomputes it. */
    static final String VERSION = "3";

    /** A cited policy's number of citing documents. */
    static final Node CITING_DOCUMENTS = property("citingDocuments");
    /** A cited policy's number of citing cities (of the citing documents' gazettes). */
    static final Node CITING_CITIES = property("citingCities");
    /** A city (its label) whose gazette holds a document citing the policy. */
    static final Node CITING_CITY = property("citingCity");
    /** On {@code <policy>/in/<city>}: the 文号 of the city's numbered documents citing the policy, space-separated. */
    static final Node DOCUMENT_NUMBERS = property("documentNumbers");
    /** A provincial policy's place (1 … 100) among those cited from more than one city, in the order of query 03. */
    static final Node SHARED_PROVINCIAL_PLACE = property("sharedProvincialPlace");
    /** The citing cities of a policy cited from more than one city, in code-point order, joined by 、. */
    static final Node CITING_CITY_LIST = property("citingCityList");
    /** A cited policy's rank by citing documents (one plus the number of policies cited by more), for ranks up to 100. */
    static final Node CITING_DOCUMENTS_RANK = property("citingDocumentsRank");
    /** A document's place (1 … 100) by the number of divisions it names, then 文号, in the order of query 05. */
    static final Node DIVISIONS_RANK = property("divisionsRank");
    /** On a document placed by {@link #DIVISIONS_RANK}: the number of distinct divisions it names. */
    static final Node DIVISION_COUNT = property("divisionCount");
    /** On a document placed by {@link #DIVISIONS_RANK}: the distinct names of the divisions it names, in the order of the divisions' IRIs (by statistical code), joined by 、. */
    static final Node DIVISION_NAMES = property("divisionNames");
    /** A title (dct:title or eli:title, in any source graph) of a policy that queries 02, 03, 06 or 08 list. */
    static final Node TITLE = property("title");
    /** A 文号 (eli:id_local, in any source graph) of a policy that queries 02, 03, 06 or 08 list. */
    static final Node NUMBER = property("number");
    /** The notation of a level (national, provincial, municipal …) of a policy that queries 02, 03, 06 or 08 list. */
    static final Node LEVEL = property("level");
    /** From a citation to the document in the graph that it cites, when that is not the citing document itself (query 09). */
    static final Node CITED_DOCUMENT = property("citedDocument");
    /** On a division change event: the notations of its change types, in code-point order, joined by 、 (query 12). */
    static final Node CHANGE_TYPES = property("changeTypes");
    /** A cited policy's place (1 … 100) among the cited policies of its level in the order of query 06. */
    static final Node LEVEL_RANK = property("levelRank");
    /** From a provincial policy to a national one whose title's subject its title carries, both cited by one document. */
    static final Node CARRIES_SUBJECT_OF = property("carriesSubjectOf");
    /** The city (label) of a documents-per-city-and-year row. */
    static final Node CITY = property("city");
    /** The year of a documents-per-city-and-year row (an integer, or "unknown"). */
    static final Node YEAR = property("year");
    /** The number of documents of a documents-per-city-and-year row. */
    static final Node DOCUMENTS = property("documents");

    private static final Node SUMMARY = property("summary");
    private static final Node VERSION_PROPERTY = property("version");

    private Summary() {
    }

    /**
     * Brings the summary in line with the source graphs of {@code dataset}; call inside the write
     * transaction of a load, after the policies are linked. Only the triples that changed are
     * written, so a reload of a few files rewrites little.
     */
    public static void recompute(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        Set<Triple> wanted = compute(dataset);
        Set<Triple> stored = stored(dataset);
        stored.stream().filter(t -> !wanted.contains(t)).toList()
                .forEach(t -> dataset.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        wanted.stream().filter(t -> !stored.contains(t))
                .forEach(t -> dataset.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Marks the summary out of date, for a write transaction that changes the source graphs but
     * leaves {@link #recompute} to a later one of the same load (a batched load recomputes it in
     * its last batch only); if that never commits, {@link #ensure} recomputes it on the next open.
     */
    public static void invalidate(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        dataset.deleteAny(GRAPH, SUMMARY, VERSION_PROPERTY, Node.ANY);
    }

    /**
     * Computes the summary in a write transaction of its own when {@code dataset} holds none of
     * this version (a database built before the summary existed, or by an older one); call when
     * the store is opened, outside any transaction.
     */
    public static void ensure(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        if (!Txn.calculateRead(dataset, () -> isCurrent(dataset))) {
            Txn.executeWrite(dataset, () -> recompute(dataset));
        }
    }

    /** Whether {@code dataset} holds a summary of this version; call inside a transaction. */
    static boolean isCurrent(DatasetGraph dataset) {
        return dataset.contains(GRAPH, SUMMARY, VERSION_PROPERTY, NodeFactory.createLiteralString(VERSION));
    }

    /** The summary the source graphs call for, its version included; call inside a transaction. */
    static Set<Triple> compute(DatasetGraph dataset) {
        Set<Triple> out = new HashSet<>(SummaryBuilder.build(dataset));
        out.add(Triple.create(SUMMARY, VERSION_PROPERTY, NodeFactory.createLiteralString(VERSION)));
        return out;
    }

    /**
     * The summary's triples now in the store: those of the stored default graph whose property is
     * in the summary's vocabulary (that graph also keeps a replica's state).
     */
    static Set<Triple> stored(DatasetGraph dataset) {
        Set<Triple> out = new HashSet<>();
        dataset.find(GRAPH, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> {
                    if (q.getPredicate().isURI() && q.getPredicate().getURI().startsWith(NS)) {
                        out.add(q.asTriple());
                    }
                });
        return out;
    }

    private static Node property(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
