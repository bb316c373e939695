package org.gazettekg.replica;

import java.util.OptionalLong;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The offset of the next record a replica will apply, kept inside its TDB2 dataset and written
 * in the same transaction as the gazettes of a batch, so data and offset never disagree (each
 * patch is applied exactly once, even across a crash). It lives in the stored default graph,
 * which queries never see (their default graph is the union of the named graphs): a replica's
 * SPARQL answers stay identical to the loader's.
 */
final class AppliedOffset {

    private static final String REPLICA_STATE = "https://w3id.org/gazette-kg/replica/";
    private static final Node OFFSET = NodeFactory.createURI(REPLICA_STATE + "nextOffset");

    private AppliedOffset() {
    }

    /** The subject recording progress through partition {@code partition} of {@code topic}. */
    private static Node subject(String topic, int partition) {
        return NodeFactory.createURI(REPLICA_STATE + topic + "/" + partition);
    }

    /** The stored offset for the partition, if this dataset has applied anything from it. */
    static OptionalLong read(DatasetGraph dataset, String topic, int partition) {
        return Txn.calculateRead(dataset, () -> {
            Quad q = Iter.first(dataset.find(Quad.defaultGraphIRI, subject(topic, partition), OFFSET, Node.ANY));
            return q == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(q.getObject().getLiteralLexicalForm()));
        });
    }

    /** Records {@code next} as the offset to resume from; call inside the batch's write transaction. */
    static void write(DatasetGraph dataset, String topic, int partition, long next) {
        Node s = subject(topic, partition);
        dataset.deleteAny(Quad.defaultGraphIRI, s, OFFSET, Node.ANY);
        dataset.add(Quad.defaultGraphIRI, s, OFFSET, NodeFactory.createLiteralDT(Long.toString(next), XSDDatatype.XSDlong));
    }
}
