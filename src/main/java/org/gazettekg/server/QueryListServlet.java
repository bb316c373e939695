package org.gazettekg.server;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryFactory;
import org.gazettekg.query.QueryCatalog;
import org.gazettekg.query.QueryCatalog.NamedQuery;

/**
 * The named queries of {@code queries/} as JSON, for the analyst page: a list of
 * {@code {name, summary, form, text}}, where {@code form} is SELECT, CONSTRUCT, ASK or DESCRIBE.
 */
final class QueryListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonArray list = new JsonArray();
        for (NamedQuery q : QueryCatalog.all()) {
            list.add(toJson(q));
        }
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        OutputStream out = resp.getOutputStream();
        JSON.write(out, list);
        out.flush();
    }

    static JsonObject toJson(NamedQuery q) {
        JsonObject o = new JsonObject();
        o.put("name", q.name());
        o.put("summary", q.summary());
        o.put("form", form(q.text()));
        o.put("text", q.text());
        return o;
    }

    private static String form(String sparql) {
        var query = QueryFactory.create(sparql);
        if (query.isConstructType()) {
            return "CONSTRUCT";
        }
        if (query.isAskType()) {
            return "ASK";
        }
        return query.isDescribeType() ? "DESCRIBE" : "SELECT";
    }
}
