package org.gazettekg.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gazettekg.graph.GKG;

/**
 * Dereferenceable IRIs, as the Cool URIs note prescribes for resources that are not documents:
 * {@code GET /id/…} (the path of a resource IRI) answers {@code 303 See Other} with
 * {@code Vary: Accept} to a document about the resource — for an RDF client, its concise bounded
 * description ({@link ResourceDescription}) at {@code /doc/…?format=ttl|jsonld|nt|rdf}; for a
 * browser, the {@code /source} view of a document or policy, or the page of any other resource
 * ({@link ResourceHtml}) at {@code /doc/…?format=html}. {@code /doc/…} without {@code format}
 * negotiates itself. Only IRIs under {@link GKG#ID} are answered, from the store, read-only.
 */
final class LinkedDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SOURCE_VIEW = Set.of(GKG.Document.getURI(), GKG.Policy.getURI());
    private static final List<RdfFormat> ALL = List.of(RdfFormat.values());

    private final transient ResourceDescription descriptions;

    LinkedDataServlet(DatasetGraph dataset) {
        this.descriptions = new ResourceDescription(requireNonNull(dataset, "dataset"));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String raw = req.getRequestURI();
        boolean id = raw.startsWith(IriPaths.ID);
        Optional<String> iri = IriPaths.iri(raw, id ? IriPaths.ID : IriPaths.DOC);
        if (iri.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no resource IRI in this path");
            return;
        }
        if (!descriptions.exists(iri.get())) {
            resp.setHeader("Vary", "Accept");
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no resource " + iri.get());
            return;
        }
        String named = req.getParameter("format");
        Optional<RdfFormat> format = named != null ? RdfFormat.byName(named) : RdfFormat.negotiate(req.getHeader("Accept"), ALL);
        if (format.isEmpty()) {
            if (named != null) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown format " + named + ": ttl, jsonld, nt, rdf or html");
            } else {
                RdfResponses.notAcceptable(resp);
            }
            return;
        }
        if (id) {
            seeOther(resp, iri.get(), format.get());
        } else if (format.get().isRdf()) {
            RdfResponses.write(resp, descriptions.describe(iri.get()), format.get(), named == null);
        } else {
            page(resp, iri.get(), named == null);
        }
    }

    private void seeOther(HttpServletResponse resp, String iri, RdfFormat format) {
        String doc = IriPaths.docPath(iri).orElseThrow();
        String location = format.isRdf() || !sourceView(iri) ? doc + "?format=" + format.parameter()
                : GazetteServer.SOURCE_PATH + "?doc=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location);
        resp.setHeader("Vary", "Accept");
    }

    private boolean sourceView(String iri) {
        return descriptions.types(iri).stream().anyMatch(SOURCE_VIEW::contains);
    }

    private void page(HttpServletResponse resp, String iri, boolean negotiated) throws IOException {
        Graph description = descriptions.describe(iri);
        resp.setContentType("text/html; charset=utf-8");
        if (negotiated) {
            resp.setHeader("Vary", "Accept");
        }
        PrintWriter out = resp.getWriter();
        out.print(ResourceHtml.page(iri, description));
        out.flush();
    }
}
