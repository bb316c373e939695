package org.gazettekg.graph;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gazettekg.parse.Citation;
import org.gazettekg.parse.DivisionChange;
import org.gazettekg.parse.DivisionMatcher;
import org.gazettekg.parse.DivisionMention;
import org.gazettekg.parse.Gazetteer;
import org.gazettekg.parse.DocNumber;
import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.GazetteSink;
import org.gazettekg.resolve.PolicyFacts;
import org.gazettekg.resolve.Resolution;
import org.gazettekg.resolve.ResolvedBody;
import org.gazettekg.resolve.ResolvedDocument;
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

    private final StreamRDF out;
    private final Gazetteer gazetteer;
    private String source;
    private Node graph;
    private Node sourceNode;
    private Node issueNode;
    private String city;
    private final List<ResolvedDocument> placed = new ArrayList<>();
    private final Set<Node> declared = new HashSet<>();
    private int documents;
    private int citations;
    private int mentions;
    private long quads;

    /** Writes to {@code out}, naming divisions as the built-in gazetteer does. */
    public GazetteRdfWriter(StreamRDF out) {
        this(out, Gazetteer.standard());
    }

    /** Writes to {@code out}, naming divisions as {@code gazetteer} does. */
    public GazetteRdfWriter(StreamRDF out, Gazetteer gazetteer) {
        this.out = requireNonNull(out, "out");
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
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
        return new LoadCounts(documents, citations, mentions, quads);
    }

    @Override
    public void start(String source, int lineCount) {
        this.source = requireNonNull(source, "source");
        this.graph = iri(Iris.graph(source));
        this.sourceNode = iri(Iris.source(source));
        add(sourceNode, RDF.type.asNode(), GKG.SourceFile);
        add(sourceNode, GKG.dctIdentifier, str(source));
        add(sourceNode, RDFS.label.asNode(), str(source));
        add(sourceNode, GKG.lineCount, integer(lineCount));
    }

    @Override
    public void issue(IssueRecord issue) {
        if (issue.city() == null) {
            return;
        }
        city = issue.city();
        Node gazette = gazette(city, issue.gazetteTitle());
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
        Map<String, String> scopes = changeScopes(doc.divisionChanges());
        ordinal = 0;
        for (DivisionMention m : doc.divisions()) {
            writeMention(d, m, scopes.get(m.name()), ordinal++);
        }
        ordinal = 0;
        for (DivisionChange change : doc.divisionChanges()) {
            writeChange(d, doc, change, ordinal++);
        }
        placed.add(resolved);
    }

    @Override
    public void end() {
        // A masthead places every document in its city's gazette; files with no masthead place
        // each document in the gazette of the city the resolve stage found it belongs to.
        for (ResolvedDocument doc : placed) {
            String gazetteCity = city != null ? city : doc.city();
            if (gazetteCity != null) {
                add(documentNode(doc.record()), GKG.gazette, gazette(gazetteCity, null));
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

    private Node writeMention(Node doc, DivisionMention m, String scope, int ordinal) {
        mentions++;
        Node node = iri(Iris.atLine("mention", source, m.line(), ordinal));
        Node division = division(m, scope);
        add(doc, GKG.mention, node);
        add(doc, GKG.names, division);
        add(node, RDF.type.asNode(), GKG.DivisionMention);
        add(node, GKG.mentionedDivision, division);
        add(node, GKG.mentionedName, zh(m.name()));
        add(node, GKG.line, integer(m.line()));
        if (m.event() != null) {
            add(node, GKG.changeType, concept("change-type", m.event(), GKG.ChangeTypeScheme));
        }
        return node;
    }

    /**
     * The unit within which each uncoded division a change names is scoped, by name, so that a
     * mention and the change it reports reach the same division node.
     */
    private static Map<String, String> changeScopes(List<DivisionChange> changes) {
        Map<String, String> scopes = new HashMap<>();
        for (DivisionChange change : changes) {
            String scope = change.within() != null ? change.within().code() : null;
            if (scope == null) {
                continue;
            }
            change.abolished().forEach(m -> scopes.putIfAbsent(m.name(), scope));
            change.established().forEach(m -> scopes.putIfAbsent(m.name(), scope));
            for (DivisionChange.VillageMove move : change.villageMoves()) {
                scopes.putIfAbsent(move.from().name(), scope);
                scopes.putIfAbsent(move.village().name(), move.from().code() != null ? move.from().code() : scope);
                if (move.to() != null) {
                    scopes.putIfAbsent(move.to().name(), scope);
                }
            }
        }
        return scopes;
    }

    /**
     * One clause of a change notice as a {@link GKG#DivisionChange} node: the units abolished and
     * established (each old unit {@code gkg:succeededBy} each new one), the villages moved, the
     * county it happens in, and the document that decrees it, whose 成文日期 dates it.
     */
    private void writeChange(Node doc, DocumentRecord record, DivisionChange change, int ordinal) {
        Node event = iri(Iris.atLine("change", source, change.line(), ordinal));
        String scope = change.within() != null ? change.within().code() : null;
        add(event, RDF.type.asNode(), GKG.DivisionChange);
        add(event, GKG.decreedBy, doc);
        add(doc, GKG.event, event);
        add(event, GKG.line, integer(change.line()));
        if (record.date() != null) {
            add(event, GKG.dctDate, date(record.date()));
        }
        if (change.within() != null) {
            add(event, GKG.within, division(change.within(), null));
        }
        List<Node> olds = new ArrayList<>();
        for (DivisionMention m : change.abolished()) {
            olds.add(division(m, scope));
            add(event, GKG.abolished, olds.get(olds.size() - 1));
            add(event, GKG.changeType, concept("change-type", DivisionMatcher.ABOLISHED, GKG.ChangeTypeScheme));
        }
        for (DivisionMention m : change.established()) {
            Node created = division(m, scope);
            add(event, GKG.established, created);
            add(event, GKG.changeType, concept("change-type", DivisionMatcher.ESTABLISHED, GKG.ChangeTypeScheme));
            olds.forEach(old -> add(old, GKG.succeededBy, created));
        }
        int k = 0;
        for (DivisionChange.VillageMove move : change.villageMoves()) {
            Node moveNode = iri(Iris.atLine("change", source, change.line(), ordinal) + "-move-" + k++);
            add(event, GKG.villageMove, moveNode);
            add(event, GKG.changeType, concept("change-type", DivisionMatcher.MOVED_INTO, GKG.ChangeTypeScheme));
            add(moveNode, RDF.type.asNode(), GKG.VillageMove);
            add(moveNode, GKG.village, division(move.village(), move.from().code() != null ? move.from().code() : scope));
            add(moveNode, GKG.movedFrom, division(move.from(), scope));
            if (move.to() != null) {
                add(moveNode, GKG.movedTo, division(move.to(), scope));
            }
        }
    }

    /**
     * The node of a division: by statistical code where the gazetteer knows it, else by name
     * within the unit whose code is {@code scope} (a township no longer in the gazetteer), else
     * by name alone.
     */
    private Node division(DivisionMention m, String scope) {
        Node division = iri(m.code() != null ? Iris.division(m.code())
                : scope != null ? Iris.divisionByName(scope, m.name()) : Iris.divisionByName(m.name()));
        if (declared.add(division)) {
            add(division, RDF.type.asNode(), GKG.AdministrativeDivision);
            add(division, RDFS.label.asNode(), zh(m.code() != null
                    ? gazetteer.byCode(m.code()).map(Gazetteer.Unit::name).orElse(m.name()) : m.name()));
            if (m.code() != null) {
                add(division, GKG.divisionCode, str(m.code()));
            } else if (scope != null) {
                add(division, GKG.parentDivision, iri(Iris.division(scope)));
            }
            if (m.level() != null) {
                add(division, GKG.divisionLevel, concept("division-level", m.level(), GKG.DivisionLevelScheme));
            }
        }
        return division;
    }

    /** The division node of a city named on a masthead or by an issuer. */
    private Node cityDivision(String cityName) {
        Optional<Gazetteer.Unit> unit = gazetteer.byName(cityName).stream()
                .filter(u -> Gazetteer.CITY.equals(u.level())).findFirst();
        return division(new DivisionMention(0, cityName, unit.map(Gazetteer.Unit::code).orElse(null),
                Gazetteer.CITY, null), null);
    }

    private Node documentNode(DocumentRecord doc) {
        return iri(doc.docNumber() != null ? Iris.policyByNumber(doc.docNumber())
                : Iris.unnumberedDocument(source, doc.startLine()));
    }

    private Node gazette(String cityName, String title) {
        Node g = iri(Iris.gazette(cityName));
        if (declared.add(g)) {
            add(g, RDF.type.asNode(), GKG.Gazette);
            add(g, RDFS.label.asNode(), zh(title != null ? title : cityName + "人民政府公报"));
            add(g, GKG.city, cityDivision(cityName));
        }
        return g;
    }

    private Node body(String name) {
        Node b = iri(Iris.body(name));
        if (declared.add(b)) {
            add(b, RDF.type.asNode(), GKG.IssuingBody);
            add(b, RDF.type.asNode(), GKG.orgOrganization);
            add(b, RDFS.label.asNode(), zh(name));
        }
        return b;
    }

    private Node concept(String scheme, String notation, Resource schemeNode) {
        Node c = iri(Iris.concept(scheme, notation));
        if (declared.add(c)) {
            add(c, RDF.type.asNode(), GKG.skosConcept);
            add(c, GKG.skosInScheme, schemeNode);
            // English notations (national, county …) get their labels from the ontology's schemes.
            if (notation.codePoints().anyMatch(ch -> ch > 0x7F)) {
                add(c, GKG.skosPrefLabel, zh(notation));
            }
            add(c, GKG.skosNotation, str(notation));
        }
        return c;
    }

    private void add(Node s, Node p, Node o) {
        quads++;
        out.quad(Quad.create(graph, s, p, o));
    }

    private void add(Node s, Property p, Node o) {
        add(s, p.asNode(), o);
    }

    private void add(Node s, Node p, Resource o) {
        add(s, p, o.asNode());
    }

    private void add(Node s, Property p, Resource o) {
        add(s, p.asNode(), o.asNode());
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}
