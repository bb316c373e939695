package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults from outside the process: a load killed with SIGKILL, a second process on the same database. */
class CrashSafetyTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final int COPIES = 12;

    @TempDir
    Path tmp;

    /** Starts the command line in a separate JVM (the test's own classpath). */
    private static Process gazetteKg(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.gazettekg.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Reads the process's output until a line contains {@code marker}; fails after 60 s. */
    private static void awaitLine(Process p, String marker) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = r.readLine()) != null && System.nanoTime() < deadline) {
            if (line.contains(marker)) {
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("no line with '" + marker + "' from the child process:\n" + seen);
    }

    private Path manyGazettes() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> originals;
        try (var s = Files.list(CORPUS)) {
            originals = s.sorted().toList();
        }
        for (int i = 0; i < COPIES; i++) {
            Path original = originals.get(i % originals.size());
            Files.copy(original, in.resolve(String.format("%02d-%s", i, original.getFileName())));
        }
        return in;
    }

    private static Map<String, Long> graphSizes(GazetteStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Long> sizes = new HashMap<>();
            for (Node g : store.graphNames()) {
                sizes.put(g.getURI(), (long) store.dataset().getGraph(g).size());
            }
            return sizes;
        });
    }

    @Test
    void loadKilledMidway_leavesOnlyWholeFiles_andRunningItAgainCompletes() throws Exception {
        Path in = manyGazettes();
        Map<String, Long> complete;
        try (GazetteStore reference = GazetteStore.open(tmp.resolve("reference"))) {
            try (var s = Files.list(in)) {
                reference.loadAll(s.sorted().toList(), (i, n, r) -> { });
            }
            complete = graphSizes(reference);
        }
        assertThat(complete).hasSize(COPIES);

        Path db = tmp.resolve("db");
        Process load = gazetteKg("load", "--db", db.toString(), in.toString());
        awaitLine(load, "[3/" + COPIES + "]");
        load.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        try (GazetteStore store = GazetteStore.open(db)) {
            Map<String, Long> afterCrash = graphSizes(store);
            assertThat(afterCrash.size()).isBetween(3, COPIES);
            afterCrash.forEach((graph, size) -> assertThat(size).as(graph).isEqualTo(complete.get(graph)));
        }

        Process again = gazetteKg("load", "--db", db.toString(), in.toString());
        String output = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(output).isZero();
        try (GazetteStore store = GazetteStore.open(db)) {
            assertThat(graphSizes(store)).isEqualTo(complete);
        }
    }

    @Test
    void secondProcessOnTheSameDatabase_isRefusedWithAClearError() throws Exception {
        Path db = tmp.resolve("db");
        try (GazetteStore store = GazetteStore.open(db)) {
            store.load(CORPUS.resolve("changzhi-2020-02.txt"));
        }
        Process serve = gazetteKg("serve", "--db", db.toString(), "--port", "0");
        try {
            awaitLine(serve, "serving");
            assertThatThrownBy(() -> GazetteStore.open(db))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining(db.toString())
                    .hasMessageContaining("in use by another process");
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
        try (GazetteStore store = GazetteStore.open(db)) {
            assertThat(store.graphNames()).hasSize(1);
        }
    }
}
