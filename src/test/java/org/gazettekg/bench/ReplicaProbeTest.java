package org.gazettekg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.gazettekg.replica.ReplicaStatus;
import org.gazettekg.replica.ReplicaStatusServlet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Waiting for a replica to catch up, against a server whose {@code /replica/status} answers a
 * scripted sequence of statuses (the last one repeated), as a replica would while it applies.
 */
class ReplicaProbeTest {

    private static final String TOPIC = "gazettes";
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    private FusekiServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void replicaBehind_isAwaitedUntilLagZero_recordsAppliedSinceItFollowedAreCounted() throws Exception {
        URI endpoint = serve(status("starting", -1, -1), status("following", 2, 5), status("following", 4, 5),
                status("following", 5, 5));
        ReplicaProbe probe = new ReplicaProbe(endpoint);
        long start = System.nanoTime();

        CatchUp catchUp = probe.awaitCaughtUp(probe.status().orElseThrow(), start, TIMEOUT);

        assertThat(catchUp.first().state()).isEqualTo("starting");
        assertThat(catchUp.caughtUp().appliedOffset()).isEqualTo(5);
        assertThat(catchUp.caughtUp().lag()).isZero();
        assertThat(catchUp.records()).isEqualTo(3);
    }

    @Test
    void replicaAlreadyCaughtUp_isNotAwaited_noRecordsApplied() throws Exception {
        URI endpoint = serve(status("following", 7, 7));
        ReplicaProbe probe = new ReplicaProbe(endpoint);

        CatchUp catchUp = probe.awaitCaughtUp(probe.status().orElseThrow(), System.nanoTime(), TIMEOUT);

        assertThat(catchUp.records()).isZero();
        assertThat(catchUp.recordsPerS()).isZero();
        assertThat(catchUp.caughtUp().appliedOffset()).isEqualTo(7);
    }

    @Test
    void failedReplica_stopsTheWaitWithItsError() throws Exception {
        ReplicaStatus failed = new ReplicaStatus(TOPIC, "failed", 3, 9, 6, 3, 0, "broker gone");
        URI endpoint = serve(status("following", 3, 9), failed);
        ReplicaProbe probe = new ReplicaProbe(endpoint);

        assertThatThrownBy(() -> probe.awaitCaughtUp(probe.status().orElseThrow(), System.nanoTime(), TIMEOUT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("failed").hasMessageContaining("broker gone");
    }

    @Test
    void serverWithoutReplicaStatus_isNotAReplica() throws Exception {
        server = FusekiServer.create().port(0).add("/gazette", DatasetGraphFactory.createTxnMem()).build().start();

        assertThat(new ReplicaProbe(endpointOf(server)).status()).isEmpty();
    }

    @Test
    void endpointBenchOnAReplica_reportsTheCatchUpAndTheStatusAfterTheQueries() throws Exception {
        URI endpoint = serve(status("following", 0, 2), status("following", 2, 2));
        EndpointBench.Options options = new EndpointBench.Options(endpoint, 1, TIMEOUT, 1, TIMEOUT, null);

        EndpointReport report = new EndpointBench(options, new PrintWriter(new StringWriter())).run();

        assertThat(report.catchUp().records()).isEqualTo(2);
        assertThat(report.replica().appliedOffset()).isEqualTo(2);
        assertThat(report.queries()).hasSameSizeAs(EndpointBench.queryNames());
        StringWriter table = new StringWriter();
        EndpointOutput.print(report, new PrintWriter(table));
        assertThat(table.toString()).contains("replica of " + TOPIC + ": lag 0");
    }

    private static ReplicaStatus status(String state, long applied, long end) {
        long lag = applied < 0 || end < 0 ? -1 : end - applied;
        return new ReplicaStatus(TOPIC, state, applied, end, lag, Math.max(applied, 0), 0, "");
    }

    /** A server whose empty dataset answers queries and whose status answers {@code statuses} in turn. */
    private URI serve(ReplicaStatus... statuses) {
        server = FusekiServer.create().port(0).add("/gazette", DatasetGraphFactory.createTxnMem())
                .addServlet(ReplicaStatusServlet.PATH, new ScriptedStatus(List.of(statuses))).build().start();
        return endpointOf(server);
    }

    private static URI endpointOf(FusekiServer server) {
        return URI.create("http://localhost:" + server.getHttpPort() + "/gazette/sparql");
    }

    /** Answers the statuses in turn, then the last one for ever. */
    private static final class ScriptedStatus extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper JSON = new ObjectMapper();
        private final transient Deque<ReplicaStatus> script;

        ScriptedStatus(List<ReplicaStatus> statuses) {
            this.script = new ArrayDeque<>(statuses);
        }

        @Override
        protected synchronized void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            ReplicaStatus next = script.size() > 1 ? script.poll() : script.peek();
            resp.setContentType("application/json");
            JSON.writeValue(resp.getOutputStream(), next);
        }
    }
}
