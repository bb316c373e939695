// Times adding one gazette to an existing store as the bench's OneMoreGazette does, on a store you
// loaded yourself (docs/performance.md, "Adding one gazette at 100× (session 8)").
//
//   mvn -q -o -DskipTests package
//   java -Xmx2g -jar target/gazette-kg.jar load --db DB CORPUS_DIR        # e.g. a 100× corpus
//   cp -a DB COPY                                                          # the load below changes COPY
//   java -Xmx2g -cp target/gazette-kg.jar scripts/AddOneGazette.java COPY LOAD_FILE POST_FILE
//
// Opens COPY, times GazetteStore.load of LOAD_FILE (a file not yet in the store), then starts the
// server on it and times POST /$/load of POST_FILE; prints the wall time of each and the process's
// processor time over it. Opening the store and starting the server are not timed. With
// -Dorg.slf4j.simpleLogger.log.org.gazettekg.store=debug the derivation logs each step's time.
// An empty COPY gives the "alone" figures.

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.server.GazetteServer;
import org.gazettekg.store.*;
public class AddOneGazette {
    static double cpu() { return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9; }
    public static void main(String[] a) throws Exception {
        try (GazetteStore s = GazetteStore.open(Path.of(a[0]))) {
            long t = System.nanoTime(); double c = cpu();
            LoadResult r = s.load(Path.of(a[1]));
            System.out.printf("load %s %s %.2f s cpu %.2f s%n", a[1], r.ok(), (System.nanoTime() - t) / 1e9, cpu() - c);
            FusekiServer server = GazetteServer.create(s).port(0).build();
            server.start();
            try {
                Path file = Path.of(a[2]);
                URI uri = URI.create("http://localhost:" + server.getHttpPort() + "/$/load?name=" + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8));
                HttpRequest req = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file)))
                        .header("Content-Type", "text/plain; charset=utf-8").build();
                long t0 = System.nanoTime(); double c0 = cpu();
                HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
                System.out.printf("post %s %d %.2f s cpu %.2f s%n", file, resp.statusCode(), (System.nanoTime() - t0) / 1e9, cpu() - c0);
            } finally {
                server.stop();
            }
        }
    }
}
