// Times the analyst queries on a store you loaded yourself, in process (no HTTP), with 1 and with 4
// threads, and prints a digest of each query's result so that two builds can be compared
// (docs/performance.md, "Ranked queries at scale (session 9)").
//
//   mvn -q -o -DskipTests package
//   java -Xmx2g -jar target/gazette-kg.jar load --db DB CORPUS_DIR        # e.g. a 100× corpus
//   java -Xmx2g -cp target/gazette-kg.jar scripts/TimeQueries.java DB QUERY_DIR RUNS [write]
//
// With "write", the store is opened for writing first (a store whose views are of an older version
// is derived again whole), then read. Each query runs twice to warm up, then RUNS times on one
// thread and RUNS times on each of four threads; p50 and p95 in ms.

import java.nio.file.*;
import java.security.MessageDigest;
import java.util.*;
import java.util.concurrent.*;
import org.apache.jena.query.*;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gazettekg.store.*;
public class TimeQueries {
    public static void main(String[] a) throws Exception {
        Path db = Path.of(a[0]);
        int runs = Integer.parseInt(a[2]);
        if (a.length > 3 && a[3].equals("write")) {
            long t = System.nanoTime();
            GazetteStore.open(db).close();
            System.out.printf("opened for writing in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        try (GazetteStore s = GazetteStore.existing(db)) {
            DatasetGraph ds = s.dataset();
            List<Path> files = new ArrayList<>();
            try (var st = Files.list(Path.of(a[1]))) { st.filter(p -> p.getFileName().toString().matches("\\d\\d_.*\\.rq")).sorted().forEach(files::add); }
            System.out.printf("%-45s %8s %8s | %8s %8s %6s %s%n", "query", "1: p50", "p95", "4: p50", "p95", "rows", "digest");
            for (Path f : files) {
                Query q = QueryFactory.create(Files.readString(f));
                String[] digest = new String[1];
                int[] rows = new int[1];
                Callable<Long> once = () -> {
                    long t = System.nanoTime();
                    Txn.executeRead(ds, () -> {
                        try (QueryExecution qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(ds))) {
                            ResultSetRewindable rs = ResultSetFactory.copyResults(qe.execSelect());
                            var out = new java.io.ByteArrayOutputStream();
                            ResultSetFormatter.outputAsCSV(out, rs);
                            rows[0] = rs.size();
                            try { digest[0] = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(out.toByteArray())).substring(0, 10); } catch (Exception e) { throw new RuntimeException(e); }
                        }
                    });
                    return System.nanoTime() - t;
                };
                once.call(); once.call();
                List<Long> one = new ArrayList<>();
                for (int i = 0; i < runs; i++) one.add(once.call());
                ExecutorService pool = Executors.newFixedThreadPool(4);
                List<Future<Long>> futures = new ArrayList<>();
                for (int i = 0; i < 4 * runs; i++) futures.add(pool.submit(once));
                List<Long> four = new ArrayList<>();
                for (Future<Long> fu : futures) four.add(fu.get());
                pool.shutdown();
                System.out.printf("%-45s %8.1f %8.1f | %8.1f %8.1f %6d %s%n", f.getFileName().toString().replace(".rq", ""),
                        pct(one, 50), pct(one, 95), pct(four, 50), pct(four, 95), rows[0], digest[0]);
            }
        }
    }
    static double pct(List<Long> ns, int p) {
        List<Long> s = new ArrayList<>(ns); Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1)) / 1e6;
    }
}
