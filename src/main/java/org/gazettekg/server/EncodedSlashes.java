package org.gazettekg.server;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * An encoded slash ({@code %2F}) in a path: a 文号 or a title may hold a {@code /}, which its IRI
 * then encodes, so the server must accept one under {@code /id/} and {@code /doc/}. Jetty refuses
 * such ambiguous paths by default; {@link #allow} lets them through Jetty and this filter refuses
 * them (400) everywhere else, as Jetty would have.
 */
final class EncodedSlashes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String raw = req.getRequestURI();
        if (raw.toUpperCase(Locale.ROOT).contains("%2F") && !raw.startsWith(IriPaths.ID) && !raw.startsWith(IriPaths.DOC)) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "an encoded slash (%2F) is allowed only in /id/ and /doc/ paths");
            return;
        }
        chain.doFilter(req, resp);
    }

    /** Lets {@code server} (built, not started) accept encoded slashes in paths; returns it. */
    static FusekiServer allow(FusekiServer server) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                UriCompliance compliance = http.getHttpConfiguration().getUriCompliance();
                http.getHttpConfiguration().setUriCompliance(
                        compliance.with("gazette-kg", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
            }
        }
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.getServletHandler().setDecodeAmbiguousURIs(true);
        }
        return server;
    }
}
