package org.gazettekg.query;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.GKG;
import org.gazettekg.parse.DocNumber;

/** Finds a document by its 文号 with its metadata and source text, for {@code show}. */
public final class DocumentLookup {

    private static final String QUERY = """
            PREFIX gkg: <%s>
            PREFIX eli: <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?doc ?number ?title ?kind ?date ?source ?start ?end ?text
                   (GROUP_CONCAT(DISTINCT ?issuerName; separator="|") AS ?issuers)
            WHERE {
              ?doc a gkg:Document ; eli:id_local ?number ; eli:title ?title ;
                   gkg:sourceFile/rdfs:label ?source ; gkg:startLine ?start ; gkg:endLine ?end ;
                   gkg:fullText ?text .
              FILTER(?number = ?wanted)
              OPTIONAL { ?doc eli:type_document/<http://www.w3.org/2004/02/skos/core#notation> ?kind }
              OPTIONAL { ?doc eli:date_document ?date }
              OPTIONAL { ?doc eli:passed_by/rdfs:label ?issuerName }
            }
            GROUP BY ?doc ?number ?title ?kind ?date ?source ?start ?end ?text
            ORDER BY ?source ?start
            """.formatted(GKG.NS, GKG.ELI);

    /**
     * One document as stored.
     *
     * @param iri       its IRI
     * @param number    its 文号
     * @param title     its title
     * @param issuers   its issuing bodies joined by |
     * @param kind      its 文种, or empty
     * @param date      its 成文日期, or empty
     * @param source    the source file
     * @param startLine the first source line
     * @param endLine   the last source line
     * @param text      the source lines
     */
    public record DocumentView(String iri, String number, String title, String issuers, String kind, String date,
                               String source, int startLine, int endLine, String text) {
    }

    private final DatasetGraph dataset;

    public DocumentLookup(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
    }

    /** The documents whose 文号 is {@code number} (any printed form), in source order. */
    public List<DocumentView> byNumber(String number) {
        requireNonNull(number, "number");
        String canonical = DocNumber.parse(number).map(DocNumber::canonical).orElse(number.strip());
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY);
        pss.setLiteral("wanted", canonical);
        Dataset ds = DatasetFactory.wrap(dataset);
        return Txn.calculateRead(dataset, () -> {
            List<DocumentView> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(pss.asQuery(), ds)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    out.add(view(rs.next()));
                }
            }
            return out;
        });
    }

    private static DocumentView view(QuerySolution s) {
        return new DocumentView(s.getResource("doc").getURI(), lex(s, "number"), lex(s, "title"), lex(s, "issuers"),
                lex(s, "kind"), lex(s, "date"), lex(s, "source"), s.getLiteral("start").getInt(),
                s.getLiteral("end").getInt(), lex(s, "text"));
    }

    private static String lex(QuerySolution s, String var) {
        return s.contains(var) ? s.getLiteral(var).getLexicalForm() : "";
    }
}
