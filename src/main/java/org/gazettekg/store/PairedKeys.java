package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a write touches in a store view of two keys kept by pairs ({@code #+ key: p n} with
 * {@code #+ pairs: PROPERTY}): a row reads the file-view triples whose subject is one of its two
 * key values (a policy's titles, level, 文号) and those of nodes that name both values by
 * {@code PROPERTY} (a (file, document) entry citing both policies). So of the triples that the
 * write changed in the union of file views, each subject is a key value whose rows are computed
 * again whole (a policy whose facts changed), and each subject that names nodes by {@code PROPERTY}
 * gives the pairs of those nodes, before and after the write, whose rows alone are computed
 * again. A file citing a national policy that thousands of files cite, and adding nothing to what
 * the union says of it, has that policy's rows with its own entries' partners computed again, not
 * every row of the policy.
 *
 * <p>The rule such a view keeps: a triple a row reads either has one of the row's key values as
 * its subject, or has as its subject a node that names both key values by {@code PROPERTY}; a
 * triple naming a key value as its object only (a document citing a policy) is matched, for every
 * row it can change, by such a node's triples changing too.
 */
final class PairedKeys {

    private final Node property;

    private PairedKeys(Node property) {
        this.property = property;
    }

    /** The pairs of {@code view}, or null when its rows are not kept by pairs. */
    static PairedKeys of(View view) {
        requireNonNull(view, "view");
        return view.pairs() == null ? null : new PairedKeys(NodeFactory.createURI(View.NS + view.pairs()));
    }

    /** The key values whose rows are computed again whole: the subjects of the triples {@code changed} in the union. */
    Set<Node> values(Graph changed) {
        Set<Node> out = new HashSet<>();
        changed.find().forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    /**
     * The pairs (both orders) of the nodes that a subject of {@code changed} names by the pairs'
     * property, in the store after the write and in {@code before} (the changed file views'
     * triples before it).
     */
    Set<List<Node>> pairs(DatasetGraph dataset, Graph changed, Graph before) {
        Set<Node> subjects = values(changed);
        Set<List<Node>> out = new HashSet<>();
        for (Node subject : subjects) {
            Set<Node> named = new HashSet<>();
            dataset.find(Node.ANY, subject, property, Node.ANY).forEachRemaining(q -> named.add(q.getObject()));
            before.find(subject, property, Node.ANY).forEachRemaining(t -> named.add(t.getObject()));
            List<Node> nodes = new ArrayList<>(named);
            for (Node a : nodes) {
                for (Node b : nodes) {
                    if (!a.equals(b)) {
                        out.add(List.of(a, b));
                    }
                }
            }
        }
        return out;
    }
}
