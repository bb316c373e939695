package org.gazettekg.export;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * {@code GET /export?subset=NAME&format=F[&of=文号|IRI&depth=N]}: a named subset of the graph in
 * one of the export formats, with the format's media type. A bad parameter is answered with 400
 * and a plain-text reason.
 */
public final class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String DEFAULT_FORMAT = "graphml";

    private final transient Exporter exporter;

    /** A servlet exporting from {@code dataset}, whose default graph is the union of the source graphs. */
    public ExportServlet(DatasetGraph dataset) {
        this.exporter = new Exporter(requireNonNull(dataset, "dataset"));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ExportRequest request;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            request = parse(req);
            exporter.export(request, body);
        } catch (IllegalArgumentException | QueryParseException e) {
            sendError(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        ExportFormat format = request.format();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        resp.setHeader("Content-Disposition", "inline; filename=\"" + request.name() + "." + format.extension() + "\"");
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }

    private static ExportRequest parse(HttpServletRequest req) {
        String subset = req.getParameter("subset");
        if (subset == null || subset.isBlank()) {
            throw new IllegalArgumentException("missing parameter subset (one of " + Subset.names() + ")");
        }
        String formatName = req.getParameter("format");
        ExportFormat format = ExportFormat.of(formatName == null || formatName.isBlank() ? DEFAULT_FORMAT : formatName);
        String depth = req.getParameter("depth");
        int d;
        try {
            d = depth == null || depth.isBlank() ? ExportRequest.DEFAULT_DEPTH : Integer.parseInt(depth.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("depth must be a whole number: " + depth);
        }
        return new ExportRequest(Subset.of(subset), null, format, req.getParameter("of"), d);
    }

    private static void sendError(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] text = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(text.length);
        resp.getOutputStream().write(text);
    }
}
