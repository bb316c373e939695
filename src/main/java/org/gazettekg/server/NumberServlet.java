package org.gazettekg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.gazettekg.parse.DocNumber;
import org.gazettekg.parse.Simplified;

/**
 * A printed 文号 read as the parser reads it, for the analyst page: {@code ?q=長政辦發[2020]10號}
 * gives {@code {"canonical": "长政办发〔2020〕10号", "parsed": true}}, the form stored as
 * {@code eli:id_local}. Text that is no 文号 comes back simplified and stripped, with
 * {@code "parsed": false}. The page asks here rather than keeping a second copy of the rules.
 */
final class NumberServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Far longer than any 文号; a longer query is refused. */
    static final int MAX_LENGTH = 200;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        if (q == null || q.isBlank() || q.length() > MAX_LENGTH) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "q: a 文号 of at most " + MAX_LENGTH + " characters");
            return;
        }
        String simplified = Simplified.of(q.strip());
        Optional<DocNumber> number = DocNumber.parse(simplified);
        JsonObject o = new JsonObject();
        o.put("canonical", number.map(DocNumber::canonical).orElse(simplified.replaceAll("\\s+", "")));
        o.put("parsed", number.isPresent());
        resp.setContentType("application/json; charset=utf-8");
        OutputStream out = resp.getOutputStream();
        JSON.write(out, o);
        out.flush();
    }
}
