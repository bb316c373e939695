package org.gazettekg.server;

import static org.gazettekg.server.SourceHtml.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.GKG;

/**
 * What the graph states about a policy beyond its text, for the source view: its level, legal
 * force and validity, the law-catalog entry it was linked to (and how), and the documents that
 * cite it.
 *
 * @param levels      the level notations
 * @param forces      the legal-force notations
 * @param validities  the validity notations
 * @param entries     the catalog entries: normalised title and link method
 * @param citedBy     the citations of the policy
 */
record CatalogFacts(List<String> levels, List<String> forces, List<String> validities, List<String> entries,
                    List<SourcePage.CitationLine> citedBy) {

    private static final String FACTS = """
            PREFIX gkg: <%s>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?what ?value WHERE {
              { ?p gkg:level/skos:notation ?value BIND("level" AS ?what) }
              UNION { ?p gkg:legalForce/skos:notation ?value BIND("force" AS ?what) }
              UNION { ?p gkg:validity/skos:notation ?value BIND("validity" AS ?what) }
              UNION { { ?c gkg:citedPolicy ?p } UNION { GRAPH <https://w3id.org/gazette-kg/derived/links> { ?byTitle gkg:sameAs ?p } ?c gkg:citedPolicy ?byTitle }
                      ?c gkg:linkMethod/skos:notation ?method . ?p gkg:normalisedTitle ?t
                      BIND(CONCAT(?t, " (", ?method, ")") AS ?value) BIND("entry" AS ?what) }
            }
            """.formatted(GKG.NS);

    /** The facts of the policy {@code iri}, its citations {@code citedBy} already looked up. */
    static CatalogFacts of(DatasetGraph dataset, String iri, List<SourcePage.CitationLine> citedBy) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(FACTS);
        pss.setIri("p", iri);
        TreeSet<String> levels = new TreeSet<>();
        TreeSet<String> forces = new TreeSet<>();
        TreeSet<String> validities = new TreeSet<>();
        TreeSet<String> entries = new TreeSet<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(pss.asQuery(), DatasetFactory.wrap(dataset))) {
                qe.execSelect().forEachRemaining(s -> {
                    String value = s.getLiteral("value").getLexicalForm();
                    switch (s.getLiteral("what").getLexicalForm()) {
                        case "level" -> levels.add(value);
                        case "force" -> forces.add(value);
                        case "validity" -> validities.add(value);
                        default -> entries.add(value);
                    }
                });
            }
        });
        return new CatalogFacts(List.copyOf(levels), List.copyOf(forces), List.copyOf(validities), List.copyOf(entries),
                List.copyOf(citedBy));
    }

    /** Whether there is anything to show. */
    boolean isEmpty() {
        return levels.isEmpty() && forces.isEmpty() && validities.isEmpty() && entries.isEmpty() && citedBy.isEmpty();
    }

    /** The facts as a section of the source view. */
    String html() {
        StringBuilder html = new StringBuilder(1024);
        html.append("<section class=\"doc\" id=\"catalog-facts\"><dl class=\"meta\">");
        meta(html, "层级 Level", levels);
        meta(html, "效力 Legal force", forces);
        meta(html, "时效 Validity", validities);
        meta(html, "法规目录 Catalog entry", entries);
        html.append("</dl>");
        if (!citedBy.isEmpty()) {
            html.append("<p style=\"padding:0 1rem\">被引用 Cited by:</p><ol class=\"cited-by\">");
            for (SourcePage.CitationLine c : citedBy) {
                String href = "/source?doc=" + URLEncoder.encode(c.doc(), StandardCharsets.UTF_8) + "&line=" + c.line();
                html.append("<li><a href=\"").append(escape(href)).append("\">")
                        .append(escape(c.number().isEmpty() ? c.title() : c.number() + " " + c.title())).append("</a> — ")
                        .append(escape(c.source())).append("，第 ").append(c.line()).append(" 行</li>");
            }
            html.append("</ol>");
        }
        return html.append("</section>").toString();
    }

    private static void meta(StringBuilder html, String name, List<String> values) {
        if (!values.isEmpty()) {
            html.append("<dt>").append(name).append("</dt><dd>").append(escape(String.join("、", values))).append("</dd>");
        }
    }
}
