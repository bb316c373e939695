package org.gazettekg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.gazettekg.graph.GKG;
import org.gazettekg.store.LoadStatistics;

/** Writes a graph as the answer to a request, in a negotiated format, with the prefixes readers expect. */
final class RdfResponses {

    /** The prefixes of served descriptions. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(GKG.PREFIXES)
            .setNsPrefix("id", GKG.ID)
            .setNsPrefix("void", LoadStatistics.VOID)
            .setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#")
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .lock();

    private RdfResponses() {
    }

    /** Answers 200 with {@code graph} in {@code format} (an RDF one), varying by Accept when {@code negotiated}. */
    static void write(HttpServletResponse resp, Graph graph, RdfFormat format, boolean negotiated) throws IOException {
        graph.getPrefixMapping().setNsPrefixes(PREFIXES);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format.writerFormat()).output(bytes);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        if (negotiated) {
            resp.setHeader("Vary", "Accept");
        }
        resp.setContentLength(bytes.size());
        bytes.writeTo(resp.getOutputStream());
    }

    /** Answers 406, naming the formats on offer. */
    static void notAcceptable(HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                "formats on offer: text/turtle, application/ld+json, application/n-triples, application/rdf+xml, text/html");
    }
}
