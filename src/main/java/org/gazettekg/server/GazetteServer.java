package org.gazettekg.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The embedded Fuseki server: the gazette dataset at {@value #DATASET}, read-only (SPARQL query
 * at {@code /gazette/sparql} and {@code /gazette/query}, Graph Store Protocol reads at
 * {@code /gazette/get}), CORS enabled, every query bounded by a timeout.
 */
public final class GazetteServer {

    /** The dataset's path on the server. */
    public static final String DATASET = "/gazette";
    /** The default port. */
    public static final int DEFAULT_PORT = 3030;
    /** The default query timeout in milliseconds. */
    public static final long DEFAULT_TIMEOUT_MS = 30_000;

    private GazetteServer() {
    }

    /**
     * Builds (without starting) a server on {@code port} (0 for any free port) for
     * {@code dataset}, whose context should already make the default graph the union.
     */
    public static FusekiServer build(DatasetGraph dataset, int port, long timeoutMillis) {
        requireNonNull(dataset, "dataset");
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("timeout must be positive: " + timeoutMillis);
        }
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        return FusekiServer.create()
                .port(port)
                .enableCors(true)
                .enablePing(true)
                .enableStats(true)
                .add(DATASET, dataset, false)
                .addServlet("/export", new org.gazettekg.export.ExportServlet(dataset))
                .addServlet(org.gazettekg.replica.ReplicaStatusServlet.PATH, new org.gazettekg.replica.ReplicaStatusServlet(dataset))
                .addFilter("/*", new IndexPage())
                .build();
    }

    /** A plain page at the root naming the endpoints, until the analyst UI takes its place. */
    private static final class IndexPage extends HttpFilter {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
                throws IOException, ServletException {
            if (!"GET".equals(req.getMethod()) || !"/".equals(req.getRequestURI())) {
                chain.doFilter(req, resp);
                return;
            }
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(("""
                    <!DOCTYPE html>
                    <html lang="zh"><head><meta charset="utf-8"><title>gazette-kg</title></head>
                    <body><h1>gazette-kg 政府公报知识图谱</h1>
                    <ul>
                    <li>SPARQL query: <a href="/gazette/sparql">/gazette/sparql</a> (also /gazette/query)</li>
                    <li>Graph Store Protocol (read): <a href="/gazette/get">/gazette/get</a></li>
                    </ul></body></html>
                    """).getBytes(StandardCharsets.UTF_8));
        }
    }
}
