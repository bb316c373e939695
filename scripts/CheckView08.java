// Compares store view 08 as a store keeps it (key by key, by pairs) with the view computed whole by its CONSTRUCT,
// on a store you loaded yourself (docs/performance.md, "View 08 kept by pairs (session 17, after the run)").
//
//   mvn -q -o -DskipTests package
//   java -Xmx4g -cp target/gazette-kg.jar scripts/CheckView08.java DB
//
// Prints the triples of each and how many the kept view lacks or has beyond the whole one (both 0 when it is right).

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.*;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
public class CheckView08 {
    public static void main(String[] a) throws Exception {
        DatasetGraph ds = DatabaseMgr.connectDatasetGraph(a[0]);
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        String q = new String(CheckView08.class.getClassLoader().getResourceAsStream("gazettekg/queries/views/08_policy_chains.rq").readAllBytes(), StandardCharsets.UTF_8);
        Txn.executeRead(ds, () -> {
            long t = System.nanoTime();
            Graph whole = QueryExec.dataset(ds).query(q).construct();
            Graph kept = ds.getGraph(NodeFactory.createURI("https://w3id.org/gazette-kg/derived/views/08_policy_chains"));
            long k = kept.size();
            long missing = whole.find().filterDrop(kept::contains).toList().size();
            long extra = kept.find().filterDrop(whole::contains).toList().size();
            System.out.printf("whole %d kept %d missing %d extra %d (%.1f s)%n", whole.size(), k, missing, extra, (System.nanoTime() - t) / 1e9);
        });
    }
}
