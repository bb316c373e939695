package org.gazettekg.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses requests too large to be a query before any of it is parsed: a query string over the
 * limit with 414, a declared body over the limit with 413 ({@link LoadServlet} has its own, larger
 * limit and checks it while reading). Jetty itself refuses oversized headers with 431.
 */
final class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int URI_TOO_LONG = 414;

    private final long maxBytes;
    private final long maxLoadBytes;

    RequestLimits(long maxBytes, long maxLoadBytes) {
        this.maxBytes = maxBytes;
        this.maxLoadBytes = maxLoadBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String query = req.getQueryString();
        long limit = LoadServlet.PATH.equals(req.getRequestURI()) ? maxLoadBytes : maxBytes;
        if (query != null && query.length() > maxBytes) {
            refuse(resp, URI_TOO_LONG, "request URI over " + maxBytes + " bytes: send long queries in a POST body");
        } else if (req.getContentLengthLong() > limit) {
            refuse(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body over " + limit + " bytes");
        } else {
            chain.doFilter(req, resp);
        }
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Connection", "close");
        resp.getWriter().println(message);
    }
}
