package org.gazettekg.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the endpoint's writing parts closed unless {@code serve} opened them.
 * <ul>
 * <li>The admin API ({@link #ADMIN_PATHS}: create, delete, back up, compact datasets, tasks,
 * load a gazette)
 * answers only requests from this machine when no password file is given; with one, the Jetty
 * security handler asks for a login first ({@link GazetteServer}).</li>
 * <li>SPARQL Update is refused with a message naming the flags that open it, unless it is on.</li>
 * <li>Admin and Update requests that a web page of another origin sends are refused whatever
 * the client, so a page open in a local browser cannot drive them.</li>
 * </ul>
 */
final class AccessGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The admin operations of Fuseki's admin module; {@code /$/server}, {@code /$/ping}, {@code /$/stats} stay open. */
    static final List<String> ADMIN_PATHS = List.of("/$/datasets", "/$/backup", "/$/backups", "/$/backups-list",
            "/$/compact", "/$/tasks", LoadServlet.PATH);
    static final String ADMIN_LOCAL_ONLY = "The admin API answers requests from this machine only "
            + "(start serve with --password-file FILE to open it to users with a password).";
    static final String UPDATE_OFF = "SPARQL Update is off: this endpoint is read-only "
            + "(start serve with --allow-update --password-file FILE to accept updates from users who log in).";
    static final String CROSS_ORIGIN = "Admin and update requests from a web page of another origin are refused.";
    private static final String SPARQL_UPDATE_TYPE = "application/sparql-update";

    private final String updatePath;
    private final boolean allowUpdate;
    private final boolean passwords;

    AccessGuard(String datasetPath, ServerOptions options) {
        this.updatePath = datasetPath + "/update";
        this.allowUpdate = options.allowUpdate();
        this.passwords = options.hasPasswords();
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI();
        boolean admin = isAdmin(path);
        boolean update = isUpdate(req, path);
        if ((admin || update) && fromAnotherOrigin(req)) {
            refuse(resp, CROSS_ORIGIN);
        } else if (admin && !passwords && !fromThisMachine(req)) {
            refuse(resp, ADMIN_LOCAL_ONLY);
        } else if (update && !allowUpdate) {
            refuse(resp, UPDATE_OFF);
        } else {
            chain.doFilter(req, resp);
        }
    }

    static boolean isAdmin(String path) {
        return ADMIN_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    private boolean isUpdate(HttpServletRequest req, String path) {
        if (path.equals(updatePath) || path.startsWith(updatePath + "/")) {
            return true;
        }
        String type = req.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(SPARQL_UPDATE_TYPE);
    }

    private static boolean fromThisMachine(HttpServletRequest req) {
        try {
            // getRemoteAddr is an IP literal: no name lookup happens here.
            return InetAddress.getByName(req.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A browser names the page's origin on cross-origin requests; other clients send none. */
    private static boolean fromAnotherOrigin(HttpServletRequest req) {
        String origin = req.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return "cross-site".equals(req.getHeader("Sec-Fetch-Site"));
        }
        try {
            URI o = URI.create(origin.strip());
            int port = o.getPort() >= 0 ? o.getPort() : defaultPort(o.getScheme());
            return !(req.getScheme().equalsIgnoreCase(o.getScheme()) && req.getServerName().equalsIgnoreCase(o.getHost())
                    && req.getServerPort() == port);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static void refuse(HttpServletResponse resp, String message) throws IOException {
        resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(message);
    }
}
