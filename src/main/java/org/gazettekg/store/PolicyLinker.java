package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.gazettekg.graph.GKG;
import org.gazettekg.graph.Iris;

/**
 * Links a policy cited by title alone to the numbered policy (a document in the graph, or a
 * policy cited elsewhere with its 文号) whose normalised title is the same, so that one policy is
 * one node across documents, gazettes and cities: {@code <policy/T> gkg:sameAs <doc/N>} in the
 * derived graph {@link #LINKS}, never in a source graph, which holds what its file says. Runs
 * inside the write transaction of each load, for the normalised titles that the written source
 * graphs carry or carried, those alone. A title shared by two numbered policies is ambiguous and
 * links nothing. A title's links depend only on the source graphs, not on the order they were
 * written in or on how they were grouped into transactions, and the graph can be dropped and
 * built again from them ({@link #rebuild}).
 */
final class PolicyLinker {

    /** The derived graph of links. */
    static final Node LINKS = NodeFactory.createURI(View.DERIVED + "links");

    private static final String DOC = GKG.ID + "doc/";
    private static final String TITLE_ONLY = GKG.ID + "policy/";
    /** The normalised title of a policy in a file view (what a graph carried before it was replaced or dropped). */
    private static final Node VIEW_TITLE = NodeFactory.createURI(View.NS + "normalisedTitle");

    private PolicyLinker() {
    }

    /**
     * Makes the links of {@code dataset}'s graph {@link #LINKS}, for the normalised {@code titles}
     * (see {@link #titles}) and those alone, what the source graphs say; call inside a write
     * transaction. Returns the source graphs that cite a title-only policy whose link changed:
     * those whose file views, which read through the links, must be computed again.
     */
    static Set<Node> link(DatasetGraph dataset, Set<String> titles) {
        requireNonNull(dataset, "dataset");
        requireNonNull(titles, "titles");
        Set<Node> changed = new HashSet<>();
        for (String t : new TreeSet<>(titles)) {
            Map<Node, Node> wanted = wanted(dataset, t);
            Set<Node> titleOnly = new HashSet<>(wanted.keySet());
            titleOnly.add(NodeFactory.createURI(Iris.policyByTitle(t)));
            for (Node p : titleOnly) {
                Node target = wanted.get(p);
                List<Quad> present = new ArrayList<>();
                dataset.find(LINKS, p, GKG.sameAs.asNode(), Node.ANY).forEachRemaining(present::add);
                if (present.size() == (target == null ? 0 : 1) && (target == null || present.get(0).getObject().equals(target))) {
                    continue;
                }
                present.forEach(dataset::delete);
                if (target != null) {
                    dataset.add(LINKS, p, GKG.sameAs.asNode(), target);
                }
                dataset.find(Node.ANY, Node.ANY, Node.ANY, p).forEachRemaining(q -> {
                    if (LoadStatistics.isDataGraph(q.getGraph())) {
                        changed.add(q.getGraph());
                    }
                });
            }
        }
        return changed;
    }

    /** Drops the graph of links and makes it again from every source graph; call inside a write transaction. */
    static void rebuild(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        dataset.deleteAny(LINKS, Node.ANY, Node.ANY, Node.ANY);
        Set<String> titles = new HashSet<>();
        dataset.find(Node.ANY, Node.ANY, GKG.normalisedTitle.asNode(), Node.ANY).forEachRemaining(q -> {
            if (LoadStatistics.isDataGraph(q.getGraph())) {
                titles.add(q.getObject().getLiteralLexicalForm());
            }
        });
        link(dataset, titles);
    }

    /**
     * The links title {@code t} calls for: each title-only policy with that normalised title in
     * a source graph to the one numbered policy with it, if there is exactly one; none otherwise.
     */
    private static Map<Node, Node> wanted(DatasetGraph dataset, String t) {
        Set<Node> numbered = new HashSet<>();
        Set<Node> titleOnly = new HashSet<>();
        dataset.find(Node.ANY, Node.ANY, GKG.normalisedTitle.asNode(), NodeFactory.createLiteralString(t)).forEachRemaining(q -> {
            if (LoadStatistics.isDataGraph(q.getGraph()) && q.getSubject().isURI()) {
                String iri = q.getSubject().getURI();
                if (iri.startsWith(DOC)) {
                    numbered.add(q.getSubject());
                } else if (iri.startsWith(TITLE_ONLY)) {
                    titleOnly.add(q.getSubject());
                }
            }
        });
        Map<Node, Node> out = new HashMap<>();
        if (numbered.size() == 1) {
            Node n = numbered.iterator().next();
            titleOnly.forEach(p -> out.put(p, n));
        }
        return out;
    }

    /**
     * The normalised titles the source graphs {@code written} carry (their policies' and
     * documents', and those of their citations by title) and carried (their policies' in the file
     * views, not yet computed again): the only titles whose links a write of these graphs can change.
     */
    static Set<String> titles(DatasetGraph dataset, Collection<Node> written, Function<Node, Node> policyFacts) {
        Set<String> titles = new HashSet<>();
        for (Node g : written) {
            dataset.find(g, Node.ANY, GKG.normalisedTitle.asNode(), Node.ANY).forEachRemaining(q -> titles.add(q.getObject().getLiteralLexicalForm()));
            dataset.find(g, Node.ANY, GKG.citedTitle.asNode(), Node.ANY).forEachRemaining(q -> titles.add(Iris.normaliseTitle(q.getObject().getLiteralLexicalForm())));
            dataset.find(policyFacts.apply(g), Node.ANY, VIEW_TITLE, Node.ANY).forEachRemaining(q -> titles.add(q.getObject().getLiteralLexicalForm()));
        }
        return titles;
    }
}
