package org.gazettekg.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.GKG;
import org.gazettekg.parse.DocNumber;
import org.gazettekg.query.DocumentLookup;
import org.gazettekg.query.DocumentLookup.DocumentView;

/**
 * {@code /source?doc=IRI} or {@code /source?number=文号}: a document's metadata and its numbered
 * source lines, as {@code show} prints them, so that an analyst can check any fact against the
 * text. {@code line=N} marks a line and scrolls to it; {@code hl=WORD} marks a word. Named by IRI,
 * a policy's catalog facts (level, legal force, validity, catalog entry) and the documents citing
 * it come first ({@link CatalogFacts}). A policy
 * that is cited but not printed in the loaded gazettes shows the lines that cite it instead.
 */
final class SourcePage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The same fields as {@link DocumentLookup}, for one IRI (documents without a 文号 included). */
    private static final String BY_IRI = """
            PREFIX gkg: <%s>
            PREFIX eli: <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?number ?title ?kind ?date ?source ?start ?end ?text
                   (GROUP_CONCAT(DISTINCT ?issuerName; separator="|") AS ?issuers)
            WHERE {
              ?doc a gkg:Document ; eli:title ?title ; gkg:sourceFile/rdfs:label ?source ;
                   gkg:startLine ?start ; gkg:endLine ?end ; gkg:fullText ?text .
              OPTIONAL { ?doc eli:id_local ?number }
              OPTIONAL { ?doc eli:type_document/skos:notation ?kind }
              OPTIONAL { ?doc eli:date_document ?date }
              OPTIONAL { ?doc eli:passed_by/rdfs:label ?issuerName }
            }
            GROUP BY ?number ?title ?kind ?date ?source ?start ?end ?text
            """.formatted(GKG.NS, GKG.ELI);

    /** Where a policy is cited, for a policy the loaded gazettes do not print. */
    private static final String CITATIONS = """
            PREFIX gkg: <%s>
            PREFIX eli: <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?doc ?number ?title ?source ?line ?printed WHERE {
              ?policy eli:id_local|^gkg:citedPolicy/gkg:citedNumber ?wantedNumber .
              { ?c gkg:citedPolicy ?policy } UNION { GRAPH <https://w3id.org/gazette-kg/derived/links> { ?byTitle gkg:sameAs ?policy } ?c gkg:citedPolicy ?byTitle }
              ?c gkg:citingDocument ?doc ; gkg:line ?line ; gkg:printedText ?printed .
              ?doc eli:title ?title ; gkg:sourceFile/rdfs:label ?source .
              OPTIONAL { ?doc eli:id_local ?number }
            }
            ORDER BY ?source ?line
            """.formatted(GKG.NS, GKG.ELI);

    /**
     * One citation of a policy.
     *
     * @param doc     the citing document's IRI
     * @param number  its 文号, or empty
     * @param title   its title
     * @param source  its source file
     * @param line    the line of the citation
     * @param printed the citation as printed
     */
    record CitationLine(String doc, String number, String title, String source, int line, String printed) {
    }

    private final transient DatasetGraph dataset;

    SourcePage(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String doc = req.getParameter("doc");
        String number = req.getParameter("number");
        if (blank(doc) && blank(number)) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "name a document: /source?doc=IRI or /source?number=文号");
            return;
        }
        List<DocumentView> views = !blank(doc) ? byIri(doc.strip()) : new DocumentLookup(dataset).byNumber(number);
        List<CitationLine> citations = views.isEmpty() || !blank(doc) ? citations(doc, number) : List.of();
        CatalogFacts facts = !blank(doc) ? CatalogFacts.of(dataset, doc.strip(), views.isEmpty() ? List.of() : citations) : null;
        resp.setContentType("text/html; charset=utf-8");
        if (views.isEmpty() && citations.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        int line = parseLine(req.getParameter("line"));
        String label = !blank(doc) ? doc : number;
        PrintWriter out = resp.getWriter();
        String page = views.isEmpty() && !citations.isEmpty() ? SourceHtml.citedOnly(label, citations)
                : SourceHtml.page(label, views, line, req.getParameter("hl"));
        // The catalog facts and citing documents of a policy named by IRI come after its header.
        out.print(facts == null || facts.isEmpty() ? page : page.replaceFirst("</header>", "</header>" + java.util.regex.Matcher.quoteReplacement(facts.html())));
        out.flush();
    }

    List<DocumentView> byIri(String iri) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(BY_IRI);
        pss.setIri("doc", iri);
        return Txn.calculateRead(dataset, () -> {
            List<DocumentView> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(pss.asQuery(), DatasetFactory.wrap(dataset))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    out.add(view(iri, rs.next()));
                }
            }
            return out;
        });
    }

    /**
     * The citations of the policy named by IRI {@code doc} or by 文号 {@code number}: a policy the
     * loaded gazettes cite without printing it has no lines of its own, but the lines that cite it.
     */
    List<CitationLine> citations(String doc, String number) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(CITATIONS);
        if (!blank(doc)) {
            pss.setCommandText(CITATIONS.replace("?policy eli:id_local|^gkg:citedPolicy/gkg:citedNumber ?wantedNumber .", ""));
            pss.setIri("policy", doc.strip());
        } else {
            pss.setLiteral("wantedNumber", DocNumber.parse(number).map(DocNumber::canonical).orElse(number.strip()));
        }
        return Txn.calculateRead(dataset, () -> {
            List<CitationLine> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(pss.asQuery(), DatasetFactory.wrap(dataset))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(new CitationLine(s.getResource("doc").getURI(), lex(s, "number"), lex(s, "title"),
                            lex(s, "source"), s.getLiteral("line").getInt(), lex(s, "printed")));
                }
            }
            return out;
        });
    }

    private static DocumentView view(String iri, QuerySolution s) {
        return new DocumentView(iri, lex(s, "number"), lex(s, "title"), lex(s, "issuers"), lex(s, "kind"),
                lex(s, "date"), lex(s, "source"), s.getLiteral("start").getInt(), s.getLiteral("end").getInt(),
                lex(s, "text"));
    }

    private static String lex(QuerySolution s, String var) {
        return s.contains(var) ? s.getLiteral(var).getLexicalForm() : "";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int parseLine(String line) {
        try {
            return line == null ? -1 : Integer.parseInt(line.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
