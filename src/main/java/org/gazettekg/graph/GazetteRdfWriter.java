package org.gazettekg.graph;

import static java.util.Objects.requireNonNull;
import static org.gazettekg.graph.Quads.bool;
import static org.gazettekg.graph.Quads.date;
import static org.gazettekg.graph.Quads.integer;
import static org.gazettekg.graph.Quads.iri;
import static org.gazettekg.graph.Quads.str;
import static org.gazettekg.graph.Quads.zh;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gazettekg.parse.Citation;
import org.gazettekg.parse.DivisionMention;
import org.gazettekg.parse.Gazetteer;
import org.gazettekg.parse.DocNumber;
import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.GazetteSink;
import org.gazettekg.resolve.PolicyFacts;
import org.gazettekg.resolve.Resolution;
import org.gazettekg.resolve.ResolvedBody;
import org.gazettekg.resolve.ResolvedDocument;
import org.gazettekg.resolve.ResolvedIssue;
import org.gazettekg.resolve.ResolvedSink;
import org.gazettekg.parse.IssueRecord;
import org.gazettekg.parse.TocEntry;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Property;

/**
 * Turns resolved records into triples of the gazette-kg ontology, streamed as quads of the source
 * file's named graph to a Jena {@link StreamRDF}. Records in, triples out: a pure mapping that
 * decides nothing (the resolve stage has decided issuers, places and levels) and holds no model.
 */
public final class GazetteRdfWriter implements ResolvedSink {

    private final Quads quads;
    private String source;
    private Node sourceNode;
    private Node issueNode;
    private ResolvedIssue masthead;
    private final List<ResolvedDocument> placed = new ArrayList<>();
    private int documents;
    private int citations;
    private int mentions;

    /** Writes to {@code out}. */
    public GazetteRdfWriter(StreamRDF out) {
        this.quads = new Quads(requireNonNull(out, "out"));
    }

    /** The parser's sink that resolves each file's records and writes them here, with the built-in reference data. */
    public GazetteSink resolving() {
        return Resolution.standard().over(this);
    }

    /** Whether the source printed a masthead that gave an issue. */
    public boolean hasIssue() {
        return issueNode != null;
    }

    /** Counts of what was written. */
    public LoadCounts counts() {
        return new LoadCounts(documents, citations, mentions, quads.count());
    }

    @Override
    public void start(String source, int lineCount) {
        this.source = requireNonNull(source, "source");
        quads.startGraph(Iris.graph(source));
        this.sourceNode = iri(Iris.source(source));
        add(sourceNode, RDF.type.asNode(), GKG.SourceFile);
        add(sourceNode, GKG.dctIdentifier, str(source));
        add(sourceNode, RDFS.label.asNode(), str(source));
        add(sourceNode, GKG.lineCount, integer(lineCount));
    }

    @Override
    public void issue(ResolvedIssue resolved) {
        IssueRecord issue = resolved.record();
        if (resolved.place() == null) {
            return;
        }
        masthead = resolved;
        String city = resolved.place();
        Node gazette = gazette(city, resolved.division(), resolved.divisionLevel(), resolved.isCity(), issue.gazetteTitle());
        if (issue.year() == null || issue.issueNo() == null) {
            return;
        }
        issueNode = iri(Iris.issue(city, issue.year(), issue.issueNo()));
        add(issueNode, RDF.type.asNode(), GKG.GazetteIssue);
        add(issueNode, GKG.gazette, gazette);
        add(issueNode, RDFS.label.asNode(), zh(city + issue.year() + "年第" + issue.issueNo() + "期"));
        add(issueNode, GKG.year, NodeFactory.createLiteralDT(String.valueOf(issue.year()), XSDDatatype.XSDgYear));
        add(issueNode, GKG.issueNumber, str(issue.issueNo()));
        if (issue.totalNo() != null) {
            add(issueNode, GKG.totalNumber, str(issue.totalNo()));
        }
        if (issue.publishDate() != null) {
            add(issueNode, GKG.dctIssued, date(issue.publishDate()));
        }
        if (issue.editorUnit() != null) {
            add(issueNode, GKG.editorUnit, body(issue.editorUnit()));
        }
        add(issueNode, GKG.provWasDerivedFrom, sourceNode);
        add(issueNode, GKG.line, integer(issue.line()));
    }

    @Override
    public void tocEntry(TocEntry entry, DocumentRecord announced) {
        Node node = iri(Iris.atLine("toc", source, entry.line(), 0));
        add(node, RDF.type.asNode(), GKG.TocEntry);
        add(issueNode != null ? issueNode : sourceNode, GKG.tocEntry, node);
        add(node, GKG.dctTitle, zh(entry.title()));
        add(node, GKG.line, integer(entry.line()));
        add(node, GKG.sourceFile, sourceNode);
        if (entry.group() != null) {
            add(node, GKG.tocGroup, zh(entry.group()));
        }
        if (entry.issuer() != null) {
            add(node, GKG.dctCreator, body(entry.issuer()));
        }
        if (entry.docNumber() != null) {
            add(node, GKG.printedNumber, str(entry.docNumber().printed()));
        }
        if (entry.page() != null) {
            add(node, GKG.page, str(entry.page()));
        }
        add(node, GKG.hasBodyDocument, bool(announced != null));
        if (announced != null) {
            add(node, GKG.announces, documentNode(announced));
        }
    }

    @Override
    public void document(ResolvedDocument resolved) {
        documents++;
        DocumentRecord doc = resolved.record();
        Node d = documentNode(doc);
        add(d, RDF.type.asNode(), GKG.Document);
        add(d, RDF.type.asNode(), GKG.Policy);
        add(d, RDF.type.asNode(), GKG.eliLegalResource);
        if (doc.docNumber() != null) {
            add(d, GKG.eliIdLocal, str(doc.docNumber().canonical()));
            add(d, GKG.printedNumber, str(doc.docNumber().printed()));
            add(d, GKG.agencyCode, str(doc.docNumber().agencyCode()));
        } else if (doc.unreadNumber() != null) {
            add(d, GKG.printedNumber, str(doc.unreadNumber()));
        }
        add(d, GKG.eliTitle, zh(doc.title()));
        add(d, GKG.normalisedTitle, str(Iris.normaliseTitle(doc.title())));
        add(d, RDFS.label.asNode(), zh(doc.title()));
        if (doc.kind() != null) {
            add(d, GKG.eliTypeDocument, concept("kind", doc.kind(), GKG.DocumentKindScheme));
        }
        if (doc.date() != null) {
            add(d, GKG.eliDateDocument, date(doc.date()));
        }
        writeIssuers(d, resolved.issuers().stream().map(ResolvedBody::name).toList());
        if (resolved.level() != null) {
            add(d, GKG.level, concept("level", resolved.level().label(), GKG.LevelScheme));
        }
        if (!resolved.issuers().isEmpty()) {
            add(d, GKG.issuerBasis, concept("issuer-basis", resolved.issuers().get(0).basis().notation(),
                    GKG.IssuerBasisScheme));
        }
        if (resolved.jurisdiction() != null) {
            add(d, GKG.jurisdiction, iri(Iris.division(resolved.jurisdiction())));
        }
        if (issueNode != null) {
            add(d, GKG.issueOf, issueNode);
        }
        add(d, GKG.sourceFile, sourceNode);
        add(d, GKG.startLine, integer(doc.startLine()));
        add(d, GKG.endLine, integer(doc.endLine()));
        add(d, GKG.fullText, zh(doc.text()));
        int ordinal = 0;
        for (Citation c : doc.citations()) {
            writeCitation(d, c, resolved.cited().get(ordinal), ordinal++);
        }
        mentions += new DivisionTriples(quads, source, resolved.divisionNames()).write(d, doc);
        placed.add(resolved);
    }

    @Override
    public void end() {
        // A masthead places every document in its city's gazette; files with no masthead place
        // each document in the gazette of the city the resolve stage found it belongs to.
        for (ResolvedDocument doc : placed) {
            if (masthead != null) {
                add(documentNode(doc.record()), GKG.gazette, gazette(masthead.place(), masthead.division(),
                        masthead.divisionLevel(), masthead.isCity(), null));
            } else if (doc.city() != null) {
                add(documentNode(doc.record()), GKG.gazette,
                        gazette(doc.city(), doc.cityDivision(), Gazetteer.CITY, true, null));
            }
        }
        placed.clear();
    }

    private void writeIssuers(Node d, List<String> issuers) {
        Node list = NodeFactory.createURI(RDF.nil.getURI());
        for (int i = issuers.size() - 1; i >= 0; i--) {
            Node cell = NodeFactory.createBlankNode();
            add(cell, RDF.first.asNode(), body(issuers.get(i)));
            add(cell, RDF.rest.asNode(), list);
            list = cell;
        }
        if (!issuers.isEmpty()) {
            add(d, GKG.issuers, list);
        }
        for (String issuer : issuers) {
            add(d, GKG.eliPassedBy, body(issuer));
        }
    }

    private void writeCitation(Node doc, Citation c, PolicyFacts facts, int ordinal) {
        citations++;
        Node cit = iri(Iris.atLine("citation", source, c.line(), ordinal));
        // A damaged 文号 (国办发〔〕33号) identifies nothing: the policy is known by its title where one is printed.
        boolean identifying = c.number() != null && (c.title() == null || !DocNumber.isBroken(c.number()));
        // A title the law catalog knows is that law's node, however it is printed (全称, 简称, a typo).
        Node policy = identifying ? iri(Iris.policyByNumber(c.number()))
                : iri(Iris.policyByTitle(facts.law() != null ? facts.law().title() : c.title()));
        add(doc, GKG.citation, cit);
        add(cit, RDF.type.asNode(), GKG.Citation);
        add(cit, GKG.citingDocument, doc);
        add(cit, GKG.citedPolicy, policy);
        add(cit, GKG.line, integer(c.line()));
        add(cit, GKG.printedText, zh(c.printed()));
        if (c.number() != null) {
            add(cit, GKG.citedNumber, str(c.number()));
        }
        if (c.title() != null) {
            add(cit, GKG.citedTitle, zh(c.title()));
        }
        Property relation = switch (c.relation()) {
            case BASED_ON -> GKG.eliBasedOn;
            case REPEALS -> GKG.eliRepeals;
            case AMENDS -> GKG.eliAmends;
            case CITES -> GKG.eliCites;
        };
        add(cit, GKG.relation, relation);
        add(doc, GKG.eliCites, policy);
        if (relation != GKG.eliCites) {
            add(doc, relation, policy);
        }
        add(policy, RDF.type.asNode(), GKG.Policy);
        add(policy, RDF.type.asNode(), GKG.eliLegalResource);
        if (identifying) {
            add(policy, GKG.eliIdLocal, str(c.number()));
        }
        if (facts.issuer() != null) {
            add(policy, GKG.inferredIssuer, body(facts.issuer()));
        }
        if (facts.level() != null) {
            add(policy, GKG.level, concept("level", facts.level().label(), GKG.LevelScheme));
            add(policy, GKG.issuerBasis, concept("issuer-basis", facts.basis().notation(), GKG.IssuerBasisScheme));
        }
        if (facts.legalForce() != null) {
            add(policy, GKG.legalForce, concept("legal-force", facts.legalForce().notation(), GKG.LegalForceScheme));
        }
        if (facts.validity() != null) {
            add(policy, GKG.validity, concept("validity", facts.validity(), GKG.ValidityScheme));
        }
        if (facts.law() != null) {
            add(cit, GKG.linkMethod, concept("link-method", facts.law().method().notation(), GKG.LinkMethodScheme));
            add(policy, GKG.normalisedTitle, str(Iris.normaliseTitle(facts.law().title())));
        }
        if (c.title() != null) {
            add(policy, GKG.dctTitle, zh(c.title()));
            add(policy, GKG.normalisedTitle, str(Iris.normaliseTitle(c.title())));
        }
    }

    private Node documentNode(DocumentRecord doc) {
        return iri(doc.docNumber() != null ? Iris.policyByNumber(doc.docNumber())
                : Iris.unnumberedDocument(source, doc.startLine()));
    }

    /**
     * The node of the gazette of {@code place}: a city's, a province's or a county's serial, with the
     * place it serves ({@code gkg:gazettePlace}) and, for a city's, {@code gkg:city}.
     */
    private Node gazette(String place, String division, String divisionLevel, boolean isCity, String title) {
        Node g = iri(Iris.gazette(place));
        if (quads.declare(g)) {
            add(g, RDF.type.asNode(), GKG.Gazette);
            add(g, RDFS.label.asNode(), zh(title != null ? title : place + "人民政府公报"));
            Node placeNode = DivisionTriples.division(quads,
                    new DivisionMention(0, place, division, divisionLevel, null), null, place);
            add(g, GKG.gazettePlace, placeNode);
            if (isCity) {
                add(g, GKG.city, placeNode);
            }
        }
        return g;
    }

    private Node body(String name) {
        return quads.body(name);
    }

    private Node concept(String scheme, String notation, Resource schemeNode) {
        return quads.concept(scheme, notation, schemeNode);
    }

    private void add(Node s, Node p, Node o) {
        quads.add(s, p, o);
    }

    private void add(Node s, Property p, Node o) {
        quads.add(s, p, o);
    }

    private void add(Node s, Node p, Resource o) {
        quads.add(s, p, o);
    }

    private void add(Node s, Property p, Resource o) {
        quads.add(s, p, o);
    }
}
