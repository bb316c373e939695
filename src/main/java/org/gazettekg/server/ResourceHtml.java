package org.gazettekg.server;

import static org.gazettekg.server.SourceHtml.escape;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The page for people of a resource that is not a document (a division, a body, an issue, an
 * event, a concept …): its label, what it states and what points to it, each neighbour by its
 * label and linked to its own page, and links to the description in each RDF format.
 */
final class ResourceHtml {

    private static final String STYLE = """
            body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:0;color:#222;background:#fafafa}
            header{background:#8b1a1a;color:#fff;padding:.6rem 1rem}header a{color:#fff}
            section{margin:1rem;background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem}
            table{border-collapse:collapse;width:100%}td{padding:.2rem .6rem;border-top:1px solid #eee;vertical-align:top}
            td.p{color:#777;white-space:nowrap}code{font-size:90%}
            """;

    private ResourceHtml() {
    }

    /** The page of {@code iri} from its {@code description}. */
    static String page(String iri, Graph description) {
        Node self = NodeFactory.createURI(iri);
        String title = label(description, self);
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title>");
        String doc = IriPaths.docPath(iri).orElse("");
        for (RdfFormat f : RdfFormat.values()) {
            if (f.isRdf()) {
                html.append("<link rel=\"alternate\" type=\"").append(f.mediaType()).append("\" href=\"")
                        .append(escape(doc + "?format=" + f.parameter())).append("\">");
            }
        }
        html.append("<style>").append(STYLE).append("</style></head><body><header><a href=\"/analyst/\">← 公报分析页 Analyst page</a>")
                .append(" · 资源 Resource</header><section id=\"resource\" data-iri=\"").append(escape(iri)).append("\"><h1>")
                .append(escape(title)).append("</h1><p><code>").append(escape(iri)).append("</code></p><p>");
        for (RdfFormat f : RdfFormat.values()) {
            if (f.isRdf()) {
                html.append("<a href=\"").append(escape(doc + "?format=" + f.parameter())).append("\">")
                        .append(f.name()).append("</a> ");
            }
        }
        html.append("</p><table id=\"statements\">");
        List<Triple> out = description.find(self, Node.ANY, Node.ANY).toList();
        out.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        for (Triple t : out) {
            html.append("<tr><td class=\"p\">").append(escape(qname(t.getPredicate()))).append("</td><td>")
                    .append(value(description, t.getObject())).append("</td></tr>");
        }
        html.append("</table></section>");
        List<Triple> in = description.find(Node.ANY, Node.ANY, self).toList();
        if (!in.isEmpty()) {
            in.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getSubject().toString()));
            html.append("<section id=\"incoming\"><h2>指向它的 Pointing here</h2><table>");
            for (Triple t : in) {
                html.append("<tr><td>").append(value(description, t.getSubject())).append("</td><td class=\"p\">")
                        .append(escape(qname(t.getPredicate()))).append("</td></tr>");
            }
            html.append("</table></section>");
        }
        return html.append("</body></html>").toString();
    }

    private static String value(Graph g, Node n) {
        if (n.isLiteral()) {
            return escape(n.getLiteralLexicalForm());
        }
        if (n.isBlank()) {
            return "<i>_:</i>";
        }
        String href = IriPaths.idPath(n.getURI()).orElse(n.getURI());
        return "<a href=\"" + escape(href) + "\">" + escape(label(g, n)) + "</a>";
    }

    /** The resource's first label (in the order of {@link ResourceDescription#LABELS}), else its IRI. */
    static String label(Graph g, Node n) {
        for (Node p : ResourceDescription.LABELS) {
            Optional<String> first = g.find(n, p, Node.ANY).toList().stream().filter(t -> t.getObject().isLiteral())
                    .map(t -> t.getObject().getLiteralLexicalForm()).sorted().findFirst();
            if (first.isPresent()) {
                return first.get();
            }
        }
        return n.isURI() ? qname(n) : n.toString();
    }

    private static String qname(Node n) {
        String q = RdfResponses.PREFIXES.qnameFor(n.getURI());
        return q != null ? q : n.getURI();
    }
}
