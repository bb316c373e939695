package org.gazettekg.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the files of a classpath folder read-only: the analyst page ({@code gazettekg/web/}) and
 * the WebJars' scripts ({@code META-INF/resources/webjars/}), so that the page and its libraries
 * come from the jar with no other server and no network.
 */
final class ClasspathResources extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String INDEX = "index.html";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "map", "application/json; charset=utf-8");

    private final String folder;
    private final String cacheControl;
    private final transient UnaryOperator<String> locator;

    /**
     * @param folder       the classpath folder, without leading or trailing slash
     * @param cacheControl the Cache-Control header to send (versioned WebJars may be cached for long)
     */
    ClasspathResources(String folder, String cacheControl) {
        this(folder, cacheControl, UnaryOperator.identity());
    }

    /**
     * As {@link #ClasspathResources(String, String)}, where {@code locator} turns a requested path
     * (starting with /) that names no resource into the path of the one to serve.
     */
    ClasspathResources(String folder, String cacheControl, UnaryOperator<String> locator) {
        this.folder = requireNonNull(folder, "folder");
        this.cacheControl = requireNonNull(cacheControl, "cacheControl");
        this.locator = requireNonNull(locator, "locator");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            // /analyst without the slash: relative links in the page need the folder form.
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        String name = path.endsWith("/") ? path + INDEX : path;
        if (!safe(name)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = open(name)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(contentType(name));
            resp.setHeader("Cache-Control", cacheControl);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(resp.getOutputStream());
        }
    }

    private InputStream open(String name) {
        ClassLoader loader = ClasspathResources.class.getClassLoader();
        InputStream in = loader.getResourceAsStream(folder + name);
        return in != null ? in : loader.getResourceAsStream(folder + locator.apply(name));
    }

    /** No climbing out of the folder, no hidden files. */
    static boolean safe(String name) {
        return name.startsWith("/") && !name.contains("..") && !name.contains("\\") && !name.contains("/.")
                && !name.contains("//");
    }

    static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
