package org.gazettekg.graph;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gazettekg.parse.Gazetteer;

/**
 * Writes the gazetteer (every division of China with its code, level and parent, and the former
 * names of renamed or replaced units of county level and above as change events) into its own named graph, {@link #GRAPH}, so that a
 * document's mention of a county leads to its city and province.
 */
public final class GazetteerRdfWriter {

    /** The named graph of the gazetteer. */
    public static final String GRAPH = GKG.GRAPH + "gazetteer";
    /** The node that records which gazetteer the graph holds. */
    public static final String GAZETTEER = GKG.ID + "gazetteer";
    private static final String RENAMED = "更名";

    private final StreamRDF out;
    private final Node graph = NodeFactory.createURI(GRAPH);
    private final Set<Node> concepts = new HashSet<>();

    /** Writes to {@code out}. */
    public GazetteerRdfWriter(StreamRDF out) {
        this.out = requireNonNull(out, "out");
    }

    /** Writes all of {@code gazetteer} down to its townships, tagged with {@code version} (a digest of its data files). */
    public void write(Gazetteer gazetteer, String version) {
        write(gazetteer, version, GazetteerExtent.FULL);
    }

    /** Writes the units of {@code gazetteer} that {@code extent} takes, tagged with {@code version}. */
    public void write(Gazetteer gazetteer, String version, GazetteerExtent extent) {
        requireNonNull(gazetteer, "gazetteer");
        requireNonNull(version, "version");
        requireNonNull(extent, "extent");
        Node self = iri(GAZETTEER);
        add(self, RDFS.label.asNode(), NodeFactory.createLiteralString("gazetteer " + version));
        add(self, GKG.dctIdentifier.asNode(), NodeFactory.createLiteralString(version));
        for (String level : extent.levels()) {
            for (Gazetteer.Unit unit : gazetteer.units(level)) {
                writeUnit(unit);
            }
        }
        for (Gazetteer.FormerName former : gazetteer.allFormerNames()) {
            gazetteer.byCode(former.currentCode()).filter(GazetteerRdfWriter::isCountyOrAbove)
                    .ifPresent(current -> writeRename(former, current));
        }
    }

    /**
     * Townships' renames are not written: the snapshots record some three thousand of them, which
     * would bury the changes the gazettes themselves decree in every history of a county.
     */
    private static boolean isCountyOrAbove(Gazetteer.Unit unit) {
        return !unit.level().equals(Gazetteer.TOWNSHIP) && !unit.level().equals(Gazetteer.VILLAGE);
    }

    private void writeUnit(Gazetteer.Unit unit) {
        Node d = iri(Iris.division(unit.code()));
        add(d, RDF.type.asNode(), GKG.AdministrativeDivision.asNode());
        add(d, RDFS.label.asNode(), zh(unit.name()));
        add(d, GKG.divisionCode.asNode(), NodeFactory.createLiteralString(unit.code()));
        add(d, GKG.divisionLevel.asNode(), concept("division-level", unit.level(), GKG.DivisionLevelScheme.asNode()));
        if (unit.parentCode() != null && !unit.parentCode().isEmpty()) {
            add(d, GKG.parentDivision.asNode(), iri(Iris.division(unit.parentCode())));
        }
    }

    /** A rename before the gazetteer's date, as an event from the former unit to the current one. */
    private void writeRename(Gazetteer.FormerName former, Gazetteer.Unit current) {
        Node old = iri(Iris.divisionByName(current.parentCode(), former.name()));
        add(old, RDF.type.asNode(), GKG.AdministrativeDivision.asNode());
        add(old, RDFS.label.asNode(), zh(former.name()));
        add(old, GKG.divisionLevel.asNode(), concept("division-level", current.level(), GKG.DivisionLevelScheme.asNode()));
        add(old, GKG.parentDivision.asNode(), iri(Iris.division(current.parentCode())));
        add(old, GKG.succeededBy.asNode(), iri(Iris.division(current.code())));
        Node event = iri(GKG.ID + "change/renamed/" + Iris.segment(current.code()) + "/" + Iris.segment(former.name()));
        add(event, RDF.type.asNode(), GKG.DivisionChange.asNode());
        add(event, GKG.changeType.asNode(), concept("change-type", RENAMED, GKG.ChangeTypeScheme.asNode()));
        add(event, GKG.abolished.asNode(), old);
        add(event, GKG.established.asNode(), iri(Iris.division(current.code())));
        add(event, GKG.previousName.asNode(), zh(former.name()));
        add(event, GKG.year.asNode(), NodeFactory.createLiteralDT(String.valueOf(former.year()), XSDDatatype.XSDgYear));
        add(event, GKG.dctSource.asNode(), zh(former.source()));
        add(iri(Iris.division(current.code())), GKG.previousName.asNode(), zh(former.name()));
    }

    private Node concept(String scheme, String notation, Node schemeNode) {
        Node c = iri(Iris.concept(scheme, notation));
        if (concepts.add(c)) {
            add(c, RDF.type.asNode(), GKG.skosConcept.asNode());
            add(c, GKG.skosInScheme.asNode(), schemeNode);
            add(c, GKG.skosNotation.asNode(), NodeFactory.createLiteralString(notation));
        }
        return c;
    }

    private void add(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }
}
