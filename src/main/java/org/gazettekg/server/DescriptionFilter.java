package org.gazettekg.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Answers, by content negotiation among the RDF formats: {@code GET /gazette/sparql} (or
 * {@code /gazette/query}) without a query — the SPARQL 1.1 Service Description, where SPARQL
 * clients look for it; {@code /.well-known/void} — the VoID description (RFC 5785 and the VoID
 * note's well-known location); {@code /ontology} — the ontology. Everything else passes on.
 */
final class DescriptionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final List<RdfFormat> RDF = List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.NTRIPLES, RdfFormat.RDFXML);

    private final transient DatasetDescriptions descriptions;
    private final List<String> endpoints;

    DescriptionFilter(DatasetGraph dataset, String datasetPath) {
        this.descriptions = new DatasetDescriptions(requireNonNull(dataset, "dataset"));
        this.endpoints = List.of(datasetPath + "/sparql", datasetPath + "/query");
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI();
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        boolean endpoint = endpoints.contains(path) && req.getParameter("query") == null && req.getQueryString() == null;
        if (!read || !(endpoint || DatasetDescriptions.VOID_PATH.equals(path) || DatasetDescriptions.ONTOLOGY_PATH.equals(path))) {
            chain.doFilter(req, resp);
            return;
        }
        Optional<RdfFormat> format = RdfFormat.negotiate(req.getHeader("Accept"), RDF);
        if (format.isEmpty()) {
            RdfResponses.notAcceptable(resp);
            return;
        }
        String base = base(req);
        String sparql = base + endpoints.get(0);
        Graph graph = endpoint ? descriptions.serviceDescription(base + path, base + DatasetDescriptions.VOID_PATH)
                : DatasetDescriptions.VOID_PATH.equals(path) ? descriptions.voidDescription(sparql)
                : descriptions.ontology();
        RdfResponses.write(resp, graph, format.get(), true);
    }

    /** The scheme, host and port this request reached the server by. */
    private static String base(HttpServletRequest req) {
        StringBuilder url = new StringBuilder(req.getScheme()).append("://").append(req.getServerName());
        int port = req.getServerPort();
        if (port > 0 && !(port == 80 && "http".equals(req.getScheme())) && !(port == 443 && "https".equals(req.getScheme()))) {
            url.append(':').append(port);
        }
        return url.toString();
    }
}
