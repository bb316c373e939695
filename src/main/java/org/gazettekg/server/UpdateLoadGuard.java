package org.gazettekg.server;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * With SPARQL Update on, refuses (403) an update holding {@code LOAD}, which Jena would run against
 * {@code file:} and {@code http:} IRIs, that is the server's files and any host, unless the operator
 * allowed it ({@link ServerOptions#allowUpdateLoad()}). An update that does not parse goes on to
 * Fuseki, which answers 400.
 */
final class UpdateLoadGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String LOAD_OFF = "SPARQL Update LOAD is off: it would read the server's files or other hosts "
            + "(start serve with --allow-update-load to allow it to users who log in).";
    private static final String SPARQL_UPDATE_TYPE = "application/sparql-update";
    private static final String UPDATE_PARAM = "update";

    private final String updatePath;
    private final long maxBytes;

    UpdateLoadGuard(String datasetPath, long maxBytes) {
        this.updatePath = datasetPath + "/" + GazetteServer.UPDATE_ENDPOINT;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI();
        if (!"POST".equalsIgnoreCase(req.getMethod()) || !(path.equals(updatePath) || path.startsWith(updatePath + "/"))) {
            chain.doFilter(req, resp);
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith(SPARQL_UPDATE_TYPE)) {
            byte[] body = req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                refuse(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "update over " + maxBytes + " bytes");
            } else if (loads(new String(body, StandardCharsets.UTF_8))) {
                refuse(resp, HttpServletResponse.SC_FORBIDDEN, LOAD_OFF);
            } else {
                chain.doFilter(new ReplayedBody(req, body), resp);
            }
        } else if (loads(req.getParameter(UPDATE_PARAM))) {
            refuse(resp, HttpServletResponse.SC_FORBIDDEN, LOAD_OFF);
        } else {
            chain.doFilter(req, resp);
        }
    }

    static boolean loads(String update) {
        if (update == null) {
            return false;
        }
        try {
            UpdateRequest request = UpdateFactory.create(update);
            return request.getOperations().stream().anyMatch(UpdateLoad.class::isInstance);
        } catch (QueryParseException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(message);
    }

    /** The request with its body, already read for the check, readable again. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
