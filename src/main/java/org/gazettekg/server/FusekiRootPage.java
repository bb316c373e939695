package org.gazettekg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Fuseki UI's start page with one addition: a link to the analyst page, fixed in the
 * corner of every Fuseki UI view. The UI is a single-page app whose routes live after the
 * {@code #}, so its {@code index.html} is the only page to touch; its scripts and API calls are
 * left to Fuseki.
 */
final class FusekiRootPage extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String UI_INDEX = "webapp/index.html";
    /** The element id the browser tests look for. */
    static final String LINK_ID = "gazettekg-analyst-link";
    private static final String LINK = """
            <a id="%s" href="analyst/" title="gazette-kg analyst page: example queries, full-text search, graph, charts"
               style="position:fixed;right:1rem;bottom:1rem;z-index:5000;padding:.6rem 1rem;border-radius:2rem;
                      background:#b22222;color:#fff;font:600 15px/1.2 system-ui,'Noto Sans CJK SC',sans-serif;
                      text-decoration:none;box-shadow:0 2px 8px rgba(0,0,0,.3)">公报分析页 · Analyst page →</a>
            """.formatted(LINK_ID);

    private final byte[] page;

    FusekiRootPage() {
        this.page = withLink(readUiIndex()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI();
        if (!"GET".equals(req.getMethod()) || !("/".equals(path) || "/index.html".equals(path))) {
            chain.doFilter(req, resp);
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(page);
    }

    static String withLink(String html) {
        int body = html.lastIndexOf("</body>");
        return body < 0 ? html + LINK : html.substring(0, body) + LINK + html.substring(body);
    }

    private static String readUiIndex() {
        try (InputStream in = FusekiRootPage.class.getClassLoader().getResourceAsStream(UI_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the classpath: no " + UI_INDEX);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + UI_INDEX, e);
        }
    }
}
