package org.gazettekg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap while a phase of the benchmark runs: the most heap in use (live objects and
 * garbage not yet collected, sampled every few milliseconds) and the most still in use right after
 * a garbage collection (the live set, from the GC beans).
 */
final class HeapMonitor implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapMonitor() {
        sampler = new Thread(this::sample, "heap-monitor");
        sampler.setDaemon(true);
    }

    /** Starts watching. */
    static HeapMonitor start() {
        HeapMonitor m = new HeapMonitor();
        m.sampler.start();
        return m;
    }

    private void sample() {
        while (running) {
            record();
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record() {
        MemoryUsage heap = memory.getHeapMemoryUsage();
        peakUsed.accumulateAndGet(heap.getUsed(), Math::max);
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof com.sun.management.GarbageCollectorMXBean sun && sun.getLastGcInfo() != null) {
                long after = sun.getLastGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> isHeapPool(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed())
                        .sum();
                peakAfterGc.accumulateAndGet(after, Math::max);
            }
        }
    }

    private static boolean isHeapPool(String name) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(name) && p.getType() == java.lang.management.MemoryType.HEAP);
    }

    /** The most heap in use seen, in bytes. */
    long peakUsedBytes() {
        return peakUsed.get();
    }

    /** The most heap in use right after a collection, in bytes (0 when no collection ran). */
    long peakLiveBytes() {
        return peakAfterGc.get();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        record();
    }
}
