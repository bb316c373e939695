// Measures parse speed as `bench` does (parse, resolve and map to triples into a null sink, one thread),
// on a subset of a corpus, after warm-up rounds, so that two builds can be compared on a shared machine.
//
//   mvn -q -o -DskipTests package
//   java -cp target/gazette-kg.jar scripts/ParseSpeed.java DIR [FILES [WARMUP [ROUNDS]]]
//
// DIR is a folder of .txt gazettes (a generated corpus, e.g. `bench --keep`'s corpus-x100). FILES
// (default all) are taken evenly spread over the sorted file names; WARMUP (default 2) rounds are
// run untimed, then ROUNDS (default 5) timed. Each round prints MB/s by the wall clock and by the
// processor time of the parsing thread; the last line gives the medians. On a machine shared with
// other work the processor-time figure is the one to compare. `FILES 0 1` over a whole corpus is
// `bench`'s own figure (one cold pass).

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDFLib;
import org.gazettekg.graph.GazetteRdfWriter;
import org.gazettekg.parse.GazetteParser;
import org.gazettekg.parse.SourceText;

public class ParseSpeed {

    private static final double MB = 1024.0 * 1024.0;

    public static void main(String[] args) throws Exception {
        List<Path> all;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            all = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : all.size();
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<Path> files = new ArrayList<>();
        int step = Math.max(1, all.size() / Math.max(1, n));
        for (int i = 0; i < all.size() && files.size() < n; i += step) {
            files.add(all.get(i));
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        GazetteParser parser = new GazetteParser();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int r = 0; r < warmup + rounds; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (Path f : files) {
                try {
                    parser.parse(SourceText.read(f), new GazetteRdfWriter(StreamRDFLib.sinkNull()).resolving());
                } catch (RuntimeException e) {
                    // a refused file counts as the work done, as in bench
                }
            }
            double w = bytes / MB / ((System.nanoTime() - t0) / 1e9);
            double c = bytes / MB / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
            System.out.printf("%s round %d: %.2f MB/s wall, %.2f MB/s per processor second%n",
                    r < warmup ? "warm-up" : "timed", r, w, c);
            if (r >= warmup) {
                wall.add(w);
                cpu.add(c);
            }
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        System.out.printf("%d files, %.1f MB: median %.2f MB/s wall, %.2f MB/s per processor second%n", files.size(),
                bytes / MB, wall.get(wall.size() / 2), cpu.get(cpu.size() / 2));
    }
}
