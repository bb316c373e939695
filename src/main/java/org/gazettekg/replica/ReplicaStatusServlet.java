package org.gazettekg.replica;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /replica/status}: the {@link ReplicaStatus} of the replica feeding this server's
 * dataset, as JSON; 404 when the server is not a replica. The replica registers itself in the
 * dataset's context, so the servlet can be mounted on every server.
 */
public final class ReplicaStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the servlet is mounted. */
    public static final String PATH = "/replica/status";
    /** Context key under which a replica publishes a {@code Supplier<ReplicaStatus>}. */
    static final Symbol STATUS = Symbol.create("https://w3id.org/gazette-kg/replica/status");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient DatasetGraph dataset;

    /** A status servlet for the server of {@code dataset}. */
    public ReplicaStatusServlet(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        Object status = dataset.getContext().get(STATUS);
        if (!(status instanceof Supplier<?> supplier)) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            JSON.writeValue(resp.getOutputStream(), Map.of("error", "this server is not a replica (serve --replica)"));
            return;
        }
        JSON.writeValue(resp.getOutputStream(), supplier.get());
    }
}
