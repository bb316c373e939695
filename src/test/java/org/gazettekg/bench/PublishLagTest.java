package org.gazettekg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gazettekg.bench.PublishLag.Ack;
import org.gazettekg.bench.PublishLag.Seen;
import org.junit.jupiter.api.Test;

/** When a published record counts as visible on the replica. */
class PublishLagTest {

    private static final long MS = 1_000_000;

    @Test
    void eachRecord_isVisibleAtTheFirstStatusAfterItsAcknowledgementShowingItApplied() {
        List<Ack> acks = List.of(new Ack(10, 100 * MS), new Ack(11, 200 * MS), new Ack(12, 300 * MS));
        List<Seen> seen = List.of(new Seen(150 * MS, 10), new Seen(250 * MS, 11), new Seen(350 * MS, 12),
                new Seen(450 * MS, 13));

        assertThat(PublishLag.visibilityDelaysMs(acks, seen)).containsExactly(150.0, 150.0, 150.0);
    }

    @Test
    void recordAppliedBeforeItsAcknowledgementArrived_countsFromTheNextStatus() {
        List<Ack> acks = List.of(new Ack(4, 100 * MS));
        List<Seen> seen = List.of(new Seen(90 * MS, 5), new Seen(140 * MS, 5));

        assertThat(PublishLag.visibilityDelaysMs(acks, seen)).containsExactly(40.0);
    }

    @Test
    void recordNeverSeenApplied_hasNoDelay() {
        List<Ack> acks = List.of(new Ack(4, 100 * MS), new Ack(5, 110 * MS));
        List<Seen> seen = List.of(new Seen(200 * MS, 5));

        assertThat(PublishLag.visibilityDelaysMs(acks, seen)).containsExactly(100.0);
    }
}
