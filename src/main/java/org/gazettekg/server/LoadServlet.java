package org.gazettekg.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;

/**
 * {@code POST /$/load?name=FILE.txt} with a gazette's text as the body: loads it into the running
 * server's store, replacing an earlier load of the same name. The write runs in one TDB2
 * transaction, so queries keep reading the last committed state meanwhile. Answers 200 with the
 * counts, 422 when the file is refused (not a gazette, shapes not met), 400 for a bad name, 413
 * for a body over the limit. Guarded like the admin API ({@link AccessGuard}).
 */
final class LoadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The path of the endpoint. */
    static final String PATH = "/$/load";
    static final String NAME_PARAM = "name";
    private static final int UNPROCESSABLE = 422;

    private final transient GazetteStore store;
    private final long maxBytes;

    LoadServlet(GazetteStore store, long maxBytes) {
        this.store = requireNonNull(store, "store");
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter(NAME_PARAM);
        if (!isFileName(name)) {
            answer(resp, HttpServletResponse.SC_BAD_REQUEST,
                    "give the file's name as ?name=FILE.txt (a plain file name, no folders)");
            return;
        }
        byte[] bytes = readBounded(req.getInputStream());
        if (bytes == null) {
            answer(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "gazette text over " + maxBytes + " bytes");
            return;
        }
        LoadResult r = store.load(name, bytes);
        if (r.ok()) {
            answer(resp, HttpServletResponse.SC_OK, String.format("%s: %d documents, %d citations, %d divisions, %d triples",
                    r.source(), r.counts().documents(), r.counts().citations(), r.counts().mentions(), r.counts().triples()));
        } else {
            answer(resp, UNPROCESSABLE, r.error());
        }
    }

    /** A plain name, so the graph IRI it becomes is the one a {@code load --db} of that file gives. */
    static boolean isFileName(String name) {
        return name != null && !name.isBlank() && name.length() <= 255 && !name.contains("/") && !name.contains("\\")
                && !name.equals(".") && !name.equals("..") && name.chars().noneMatch(Character::isISOControl);
    }

    /** The body, or null when it is longer than the limit (a chunked body has no length to check up front). */
    private byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return bytes.length > maxBytes ? null : bytes;
    }

    private static void answer(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
