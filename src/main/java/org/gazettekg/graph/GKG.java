package org.gazettekg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The gazette-kg vocabulary ({@code ontology/gazette.ttl}) and the standard terms the graph
 * reuses, as Jena constants. Every term here is declared, labelled and commented in the ontology;
 * a test checks that.
 */
public final class GKG {

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/gazette-kg/ontology#";
    /** The namespace of the graph's own resources (documents, policies, issues …). */
    public static final String ID = "https://w3id.org/gazette-kg/id/";
    /** The namespace of named graphs, one per source file. */
    public static final String GRAPH = "https://w3id.org/gazette-kg/graph/";

    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    /** The prefixes of the vocabularies the graph uses (gkg, eli, dct, org, skos, prov, rdf, rdfs, xsd), locked. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("gkg", NS)
            .setNsPrefix("eli", ELI)
            .setNsPrefix("dct", DCT)
            .setNsPrefix("org", ORG)
            .setNsPrefix("skos", SKOS)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .lock();

    private GKG() {
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // ---- classes
    /** A city's gazette, the serial (政府公报). */
    public static final Resource Gazette = cls("Gazette");
    /** One issue (期) of a gazette. */
    public static final Resource GazetteIssue = cls("GazetteIssue");
    /** A source text file the graph was read from. */
    public static final Resource SourceFile = cls("SourceFile");
    /** An entry of an issue's table of contents. */
    public static final Resource TocEntry = cls("TocEntry");
    /** A policy: any official document identified by a 文号 or a title, read or only cited. */
    public static final Resource Policy = cls("Policy");
    /** An official document (公文) printed in a gazette we read. */
    public static final Resource Document = cls("Document");
    /** A body that issues documents. */
    public static final Resource IssuingBody = cls("IssuingBody");
    /** One reference from a document to a policy, at a line, as printed. */
    public static final Resource Citation = cls("Citation");
    /** An administrative division (province, city, county, township, village). */
    public static final Resource AdministrativeDivision = cls("AdministrativeDivision");
    /** A document's mention of a division, at a line. */
    public static final Resource DivisionMention = cls("DivisionMention");
    /** A change to divisions decreed by a document (撤销, 设立, 划入, 更名 …). */
    public static final Resource DivisionChange = cls("DivisionChange");
    /** A village moved from one township to another by a change. */
    public static final Resource VillageMove = cls("VillageMove");

    // ---- concept schemes and concepts
    /** The scheme of 文种 (document kinds). */
    public static final Resource DocumentKindScheme = ResourceFactory.createResource(ID + "kind");
    /** The scheme of government levels. */
    public static final Resource LevelScheme = ResourceFactory.createResource(ID + "level");
    /** The scheme of what issuers and levels are decided from. */
    public static final Resource IssuerBasisScheme = ResourceFactory.createResource(ID + "issuer-basis");
    /** The scheme of legal forces. */
    public static final Resource LegalForceScheme = ResourceFactory.createResource(ID + "legal-force");
    /** The scheme of validities. */
    public static final Resource ValidityScheme = ResourceFactory.createResource(ID + "validity");
    /** The scheme of the ways a title is linked to the law catalog. */
    public static final Resource LinkMethodScheme = ResourceFactory.createResource(ID + "link-method");
    /** The scheme of division levels. */
    public static final Resource DivisionLevelScheme = ResourceFactory.createResource(ID + "division-level");
    /** The scheme of division change types. */
    public static final Resource ChangeTypeScheme = ResourceFactory.createResource(ID + "change-type");

    // ---- gazette and issue
    public static final Property city = prop("city");
    public static final Property gazettePlace = prop("gazettePlace");
    public static final Property gazette = prop("gazette");
    public static final Property year = prop("year");
    public static final Property issueNumber = prop("issueNumber");
    public static final Property totalNumber = prop("totalNumber");
    public static final Property editorUnit = prop("editorUnit");
    public static final Property tocEntry = prop("tocEntry");
    public static final Property announces = prop("announces");
    public static final Property hasBodyDocument = prop("hasBodyDocument");
    public static final Property page = prop("page");
    public static final Property tocGroup = prop("tocGroup");

    // ---- documents
    public static final Property printedNumber = prop("printedNumber");
    public static final Property kind = prop("kind");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property startLine = prop("startLine");
    public static final Property endLine = prop("endLine");
    public static final Property line = prop("line");
    public static final Property fullText = prop("fullText");
    public static final Property issueOf = prop("issue");
    public static final Property lineCount = prop("lineCount");
    public static final Property charset = prop("charset");
    public static final Property agencyCode = prop("agencyCode");

    // ---- bodies and policies
    public static final Property level = prop("level");
    public static final Property region = prop("region");

    // ---- citations
    public static final Property citation = prop("citation");
    public static final Property citingDocument = prop("citingDocument");
    public static final Property citedPolicy = prop("citedPolicy");
    public static final Property printedText = prop("printedText");
    public static final Property relation = prop("relation");
    public static final Property normalisedTitle = prop("normalisedTitle");
    public static final Property citedNumber = prop("citedNumber");
    public static final Property citedTitle = prop("citedTitle");
    /** A title-only policy's link to the numbered policy of its title, in the derived graph of links. */
    public static final Property sameAs = prop("sameAs");
    public static final Property issuers = prop("issuers");

    // ---- divisions
    public static final Property divisionCode = prop("divisionCode");
    public static final Property divisionLevel = prop("divisionLevel");
    public static final Property parentDivision = prop("parentDivision");
    public static final Property mention = prop("mention");
    public static final Property mentionedDivision = prop("mentionedDivision");
    public static final Property mentionedName = prop("mentionedName");
    public static final Property names = prop("names");
    public static final Property changeType = prop("changeType");
    public static final Property decreedBy = prop("decreedBy");
    public static final Property event = prop("event");
    public static final Property abolished = prop("abolished");
    public static final Property established = prop("established");
    public static final Property within = prop("within");
    public static final Property villageMove = prop("villageMove");
    public static final Property village = prop("village");
    public static final Property movedFrom = prop("movedFrom");
    public static final Property movedTo = prop("movedTo");
    public static final Property succeededBy = prop("succeededBy");
    public static final Property previousName = prop("previousName");
    public static final Property inferredIssuer = prop("inferredIssuer");
    /** The division a document's issuer governs. */
    public static final Property jurisdiction = prop("jurisdiction");
    /** What an issuer or a level was decided from. */
    public static final Property issuerBasis = prop("issuerBasis");
    /** A policy's legal force (效力级别). */
    public static final Property legalForce = prop("legalForce");
    /** A policy's validity (时效性). */
    public static final Property validity = prop("validity");
    /** How a citation's title was linked to the law catalog. */
    public static final Property linkMethod = prop("linkMethod");

    // ---- reused standard terms
    public static final Resource eliLegalResource = ResourceFactory.createResource(ELI + "LegalResource");
    public static final Property eliIdLocal = ResourceFactory.createProperty(ELI + "id_local");
    public static final Property eliTitle = ResourceFactory.createProperty(ELI + "title");
    public static final Property eliPassedBy = ResourceFactory.createProperty(ELI + "passed_by");
    public static final Property eliDateDocument = ResourceFactory.createProperty(ELI + "date_document");
    public static final Property eliTypeDocument = ResourceFactory.createProperty(ELI + "type_document");
    public static final Property eliCites = ResourceFactory.createProperty(ELI + "cites");
    public static final Property eliBasedOn = ResourceFactory.createProperty(ELI + "based_on");
    public static final Property eliRepeals = ResourceFactory.createProperty(ELI + "repeals");
    public static final Property eliAmends = ResourceFactory.createProperty(ELI + "amends");
    public static final Property dctTitle = ResourceFactory.createProperty(DCT + "title");
    public static final Property dctIssued = ResourceFactory.createProperty(DCT + "issued");
    public static final Property dctIdentifier = ResourceFactory.createProperty(DCT + "identifier");
    public static final Property dctDate = ResourceFactory.createProperty(DCT + "date");
    public static final Property dctCreator = ResourceFactory.createProperty(DCT + "creator");
    public static final Property dctSource = ResourceFactory.createProperty(DCT + "source");
    public static final Property orgSubOrganizationOf = ResourceFactory.createProperty(ORG + "subOrganizationOf");
    public static final Resource orgOrganization = ResourceFactory.createResource(ORG + "Organization");
    public static final Resource skosConcept = ResourceFactory.createResource(SKOS + "Concept");
    public static final Resource skosConceptScheme = ResourceFactory.createResource(SKOS + "ConceptScheme");
    public static final Property skosPrefLabel = ResourceFactory.createProperty(SKOS + "prefLabel");
    public static final Property skosInScheme = ResourceFactory.createProperty(SKOS + "inScheme");
    public static final Property skosNotation = ResourceFactory.createProperty(SKOS + "notation");
    public static final Property skosBroader = ResourceFactory.createProperty(SKOS + "broader");
    public static final Property skosAltLabel = ResourceFactory.createProperty(SKOS + "altLabel");
    public static final Property provWasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property provUsed = ResourceFactory.createProperty(PROV + "used");
    public static final Property provGenerated = ResourceFactory.createProperty(PROV + "generated");
    public static final Property provAtTime = ResourceFactory.createProperty(PROV + "atTime");
}
