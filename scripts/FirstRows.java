// Times the first row of queries in process on a store, optionally with its optimiser statistics
// scaled as a national store's would be (docs/performance.md, "First rows of the table queries at
// national statistics").
//
//   mvn -q -o -DskipTests package
//   java -Xmx2g -jar target/gazette-kg.jar bench --scale 10 --keep --work W   # or any loaded store
//   cp -a W/db-x1 COPY                                                        # FACTOR rewrites COPY's stats.opt
//   java -Xmx2g -cp target/gazette-kg.jar scripts/FirstRows.java COPY FACTOR queries/divisions.rq ...
//
// FACTOR > 1 multiplies every predicate count of COPY's newest Data-NNNN/stats.opt by FACTOR, except
// those of the gazetteer (rdfs:label, skos:notation, gkg:divisionLevel, gkg:parentDivision), which do
// not grow with the corpus. Each query then runs three times; the last run is the figure.

import java.nio.file.*;
import java.util.*;
import java.util.regex.*;
import org.apache.jena.query.*;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gazettekg.store.GazetteStore;
public class FirstRows {
    static final Set<String> FIXED = Set.of("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#notation",
            "https://w3id.org/gazette-kg/ontology#divisionLevel", "https://w3id.org/gazette-kg/ontology#parentDivision");
    public static void main(String[] a) throws Exception {
        Path db = Path.of(a[0]);
        long factor = Long.parseLong(a[1]);
        if (factor > 1) {
            Path stats;
            try (var s = Files.list(db)) { stats = s.filter(p -> p.getFileName().toString().startsWith("Data-")).max(Comparator.naturalOrder()).orElseThrow().resolve("stats.opt"); }
            Matcher m = Pattern.compile("\\(<([^>]+)> (\\d+)\\)").matcher(Files.readString(stats));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(FIXED.contains(m.group(1)) ? m.group() : "(<" + m.group(1) + "> " + Long.parseLong(m.group(2)) * factor + ")"));
            }
            m.appendTail(out);
            Files.writeString(stats, out);
        }
        try (GazetteStore s = GazetteStore.existing(db)) {
            DatasetGraph ds = s.dataset();
            for (int i = 2; i < a.length; i++) {
                Query q = QueryFactory.create(Files.readString(Path.of(a[i])));
                double[] last = new double[3];
                for (int r = 0; r < 3; r++) {
                    Txn.executeRead(ds, () -> {
                        long t = System.nanoTime();
                        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(ds)).query(q).build()) {
                            ResultSet rs = qe.execSelect();
                            long n = 0;
                            if (rs.hasNext()) { rs.next(); n++; }
                            last[0] = (System.nanoTime() - t) / 1e6;
                            while (rs.hasNext()) { rs.next(); n++; }
                            last[1] = (System.nanoTime() - t) / 1e6;
                            last[2] = n;
                        }
                    });
                }
                System.out.printf("%-40s first row %8.1f ms, all %8.1f ms, %d rows%n", a[i], last[0], last[1], (long) last[2]);
            }
        }
    }
}
