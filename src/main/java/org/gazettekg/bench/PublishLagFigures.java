package org.gazettekg.bench;

/**
 * How far behind a replica stays while a loader publishes gazettes (see {@link PublishLag}).
 *
 * @param gazettes          gazettes loaded and published
 * @param refused           files the loader refused (not published)
 * @param textBytes         size of the text of all the files
 * @param publishSeconds    from the start of the load to the broker's acknowledgement of the last record
 * @param gazettesPerS      gazettes loaded and published per second
 * @param firstOffset       the topic offset of the first record published
 * @param lastOffset        the topic offset of the last one
 * @param visibleP50Ms      median time from a record's acknowledgement to the replica having applied it
 * @param visibleP95Ms      95th percentile of that time
 * @param visibleMaxMs      the longest of those times
 * @param drainMs           from the last acknowledgement to the replica having applied everything
 * @param pollMs            how often the replica's status was asked (the resolution of the times above)
 */
public record PublishLagFigures(int gazettes, int refused, long textBytes, double publishSeconds, double gazettesPerS,
                                long firstOffset, long lastOffset, double visibleP50Ms, double visibleP95Ms,
                                double visibleMaxMs, double drainMs, long pollMs) {
}
