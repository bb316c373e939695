package org.gazettekg.replica;

import static java.util.Objects.requireNonNull;

/**
 * How far a replica has got, as {@code GET /replica/status} reports it.
 *
 * @param topic          the Kafka topic it follows
 * @param state          {@code starting}, {@code following}, {@code stopped} or {@code failed}
 * @param appliedOffset  the offset of the next record to apply (records before it are in the store)
 * @param endOffset      the topic's end offset when last asked, or -1 before the first answer
 * @param lag            records published but not yet applied ({@code endOffset - appliedOffset}, at least 0), or -1 while unknown
 * @param patchesApplied gazette patches applied since this replica process started
 * @param patchesSkipped records since start that were not gazette patches and were skipped
 * @param error          why the replica stopped following, or empty
 */
public record ReplicaStatus(String topic, String state, long appliedOffset, long endOffset, long lag,
        long patchesApplied, long patchesSkipped, String error) {

    /** Checks the parts are present. */
    public ReplicaStatus {
        requireNonNull(topic, "topic");
        requireNonNull(state, "state");
        requireNonNull(error, "error");
    }

    /** Whether the replica has applied everything the topic held when last asked. */
    public boolean caughtUp() {
        return lag == 0;
    }
}
