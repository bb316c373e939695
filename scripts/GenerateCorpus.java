// Writes SCALE× a folder of sample gazettes (the built-in sample: corpus/) as the bench generates it
// (org.gazettekg.bench.CorpusGenerator, every variant moved to a city of the national reference data),
// so that a store of that size can be loaded and its queries timed without running the whole bench
// (docs/performance.md, "Analyst queries at national size (session 12)").
//
//   mvn -q -o -DskipTests package
//   java -cp target/gazette-kg.jar:target/gazette-kg-bench.jar scripts/GenerateCorpus.java corpus 100 /tmp/x100 [SEED]
//   java -Xmx2g -jar target/gazette-kg.jar load --db /tmp/db-x100 /tmp/x100

import java.nio.file.Path;
import java.util.List;
import org.gazettekg.bench.CorpusGenerator;

public class GenerateCorpus {
    public static void main(String[] a) {
        long seed = a.length > 3 ? Long.parseLong(a[3]) : 1L;
        List<Path> files = new CorpusGenerator(CorpusGenerator.gazettesIn(Path.of(a[0])), seed)
                .generate(Integer.parseInt(a[1]), Path.of(a[2]));
        System.out.printf("%d files written into %s%n", files.size(), a[2]);
    }
}
