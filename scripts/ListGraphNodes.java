// Times listing the named graphs of a store (TDB2's listGraphNodes), three times, read-only.
//
//   java -Xmx2g -cp target/gazette-kg.jar scripts/ListGraphNodes.java DB

import java.nio.file.*;
import org.gazettekg.store.*;
import org.apache.jena.system.Txn;
public class ListGraphNodes { public static void main(String[] a) {
  try (GazetteStore s = GazetteStore.existing(Path.of(a[0]))) {
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      int n = Txn.calculateRead(s.dataset(), () -> { int[] c = {0}; s.dataset().listGraphNodes().forEachRemaining(g -> c[0]++); return c[0]; });
      System.out.printf("listGraphNodes %d graphs %.3f s%n", n, (System.nanoTime() - t) / 1e9);
    }
  }
}}
