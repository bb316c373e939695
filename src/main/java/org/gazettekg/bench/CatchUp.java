package org.gazettekg.bench;

import org.gazettekg.replica.ReplicaStatus;

/**
 * How a replica caught up with its topic while the benchmark waited.
 *
 * @param first          the status when the benchmark first reached the server
 * @param caughtUp       the status at lag 0
 * @param waitedSeconds  from the benchmark's start (waiting for the server to answer included) to lag 0
 * @param records        records applied (or skipped) from the first status seen following to lag 0
 * @param recordsPerS    those records per second of applying (0 when none)
 */
public record CatchUp(ReplicaStatus first, ReplicaStatus caughtUp, double waitedSeconds, long records,
                      double recordsPerS) {

    /** The figures from the first status, the first one following the topic, and the one at lag 0. */
    static CatchUp of(ReplicaStatus first, ReplicaStatus firstFollowing, ReplicaStatus caughtUp, long waitedNanos,
                      long applyingNanos) {
        long records = caughtUp.appliedOffset() - firstFollowing.appliedOffset();
        double applyingSeconds = applyingNanos / 1e9;
        return new CatchUp(first, caughtUp, waitedNanos / 1e9, records,
                records > 0 && applyingSeconds > 0 ? records / applyingSeconds : 0);
    }
}
