package org.gazettekg.bench;

import java.util.List;

/**
 * The whole benchmark: where it ran and the figures of each scale.
 *
 * @param java          the Java runtime version
 * @param processors    processors the JVM sees
 * @param maxHeapBytes  the heap limit ({@code -Xmx})
 * @param clients       concurrent clients of the concurrent query runs
 * @param targets       the targets the figures are compared with (reported, never enforced)
 * @param scales        the figures of each scale, smallest first
 */
public record BenchReport(String java, int processors, long maxHeapBytes, int clients, Targets targets,
                          List<ScaleFigures> scales) {

    /**
     * What the issue asks for.
     *
     * @param maxLoadRatio     our load time over Jena's bulk loader's, at most
     * @param maxQueryP95Ms    each analyst query's p95 with concurrent clients at the largest scale, at most
     * @param maxQueryMs       no request slower than this
     * @param maxFirstRowMs    each table query's first row (p95, one client) at the largest scale, at most
     */
    public record Targets(double maxLoadRatio, double maxQueryP95Ms, double maxQueryMs, double maxFirstRowMs) {
    }
}
