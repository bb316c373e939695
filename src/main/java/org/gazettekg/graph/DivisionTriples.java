package org.gazettekg.graph;

import static java.util.Objects.requireNonNull;
import static org.gazettekg.graph.Quads.date;
import static org.gazettekg.graph.Quads.integer;
import static org.gazettekg.graph.Quads.iri;
import static org.gazettekg.graph.Quads.str;
import static org.gazettekg.graph.Quads.zh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gazettekg.parse.DivisionChange;
import org.gazettekg.parse.DivisionMatcher;
import org.gazettekg.parse.DivisionMention;
import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.Gazetteer;

/**
 * The division triples of a document: the divisions it names ({@link GKG#DivisionMention}), the
 * changes it decrees ({@link GKG#DivisionChange}) and the division nodes, labelled with the names the
 * resolve stage gave their codes.
 */
final class DivisionTriples {

    private final Quads quads;
    private final String source;
    private final Map<String, String> names;

    /** Writes into {@code quads} for the document of {@code source} whose codes the resolve stage named {@code names}. */
    DivisionTriples(Quads quads, String source, Map<String, String> names) {
        this.quads = requireNonNull(quads, "quads");
        this.source = requireNonNull(source, "source");
        this.names = requireNonNull(names, "names");
    }

    /** Writes the mentions and changes of {@code doc}, whose node is {@code d}; returns the number of mentions. */
    int write(Node d, DocumentRecord doc) {
        Map<String, String> scopes = changeScopes(doc.divisionChanges());
        int ordinal = 0;
        for (DivisionMention m : doc.divisions()) {
            writeMention(d, m, scopes.get(m.name()), ordinal++);
        }
        ordinal = 0;
        for (DivisionChange change : doc.divisionChanges()) {
            writeChange(d, doc, change, ordinal++);
        }
        return doc.divisions().size();
    }

    private void writeMention(Node doc, DivisionMention m, String scope, int ordinal) {
        Node node = iri(Iris.atLine("mention", source, m.line(), ordinal));
        Node division = division(m, scope);
        quads.add(doc, GKG.mention, node);
        quads.add(doc, GKG.names, division);
        quads.add(node, RDF.type.asNode(), GKG.DivisionMention);
        quads.add(node, GKG.mentionedDivision, division);
        quads.add(node, GKG.mentionedName, zh(m.name()));
        quads.add(node, GKG.line, integer(m.line()));
        if (m.event() != null) {
            quads.add(node, GKG.changeType, quads.concept("change-type", m.event(), GKG.ChangeTypeScheme));
        }
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
        quads.add(event, RDF.type.asNode(), GKG.DivisionChange);
        quads.add(event, GKG.decreedBy, doc);
        quads.add(doc, GKG.event, event);
        quads.add(event, GKG.line, integer(change.line()));
        if (record.date() != null) {
            quads.add(event, GKG.dctDate, date(record.date()));
        }
        if (change.within() != null) {
            quads.add(event, GKG.within, division(change.within(), null));
        }
        List<Node> olds = new ArrayList<>();
        for (DivisionMention m : change.abolished()) {
            olds.add(division(m, scope));
            quads.add(event, GKG.abolished, olds.get(olds.size() - 1));
            quads.add(event, GKG.changeType, quads.concept("change-type", eventOf(m, DivisionMatcher.ABOLISHED), GKG.ChangeTypeScheme));
        }
        for (DivisionMention m : change.established()) {
            Node created = division(m, scope);
            quads.add(event, GKG.established, created);
            quads.add(event, GKG.changeType, quads.concept("change-type", eventOf(m, DivisionMatcher.ESTABLISHED), GKG.ChangeTypeScheme));
            olds.forEach(old -> quads.add(old, GKG.succeededBy, created));
        }
        int k = 0;
        for (DivisionChange.VillageMove move : change.villageMoves()) {
            Node moveNode = iri(Iris.atLine("change", source, change.line(), ordinal) + "-move-" + k++);
            quads.add(event, GKG.villageMove, moveNode);
            quads.add(event, GKG.changeType, quads.concept("change-type", DivisionMatcher.MOVED_INTO, GKG.ChangeTypeScheme));
            quads.add(moveNode, RDF.type.asNode(), GKG.VillageMove);
            quads.add(moveNode, GKG.village, division(move.village(), move.from().code() != null ? move.from().code() : scope));
            quads.add(moveNode, GKG.movedFrom, division(move.from(), scope));
            if (move.to() != null) {
                quads.add(moveNode, GKG.movedTo, division(move.to(), scope));
            }
        }
    }

    /** The change a unit of a clause undergoes: its own event (更名 for a rename's old and new name), else the side's. */
    private static String eventOf(DivisionMention m, String side) {
        return m.event() != null ? m.event() : side;
    }

    /**
     * The node of a division: by statistical code where the gazetteer knows it, else by name
     * within the unit whose code is {@code scope} (a township no longer in the gazetteer), else
     * by name alone.
     */
    private Node division(DivisionMention m, String scope) {
        return division(quads, m, scope, m.code() == null ? m.name() : names.getOrDefault(m.code(), m.name()));
    }

    /** The node of the division {@code m}, declared with the label {@code label} the first time. */
    static Node division(Quads quads, DivisionMention m, String givenScope, String label) {
        String scope = aboveLevelOf(m, givenScope);
        Node division = iri(m.code() != null ? Iris.division(m.code())
                : scope != null ? Iris.divisionByName(scope, m.name()) : Iris.divisionByName(m.name()));
        if (quads.declare(division)) {
            quads.add(division, RDF.type.asNode(), GKG.AdministrativeDivision);
            quads.add(division, RDFS.label.asNode(), zh(label));
            if (m.code() != null) {
                quads.add(division, GKG.divisionCode, str(m.code()));
            } else if (scope != null) {
                quads.add(division, GKG.parentDivision, iri(Iris.division(scope)));
            }
            if (m.level() != null) {
                quads.add(division, GKG.divisionLevel, quads.concept("division-level", m.level(), GKG.DivisionLevelScheme));
            }
        }
        return division;
    }

    /**
     * The scope if it can hold the unit: a county-level unit lies in a city or province, a city in a
     * province; a county as the scope of a county (徐水县 moved in a clause that names 雄县 last) is none.
     */
    private static String aboveLevelOf(DivisionMention m, String scope) {
        if (scope == null || m.level() == null) {
            return scope;
        }
        int longestParent = switch (m.level()) {
            case Gazetteer.PROVINCE -> 0;
            case Gazetteer.CITY -> 2;
            case Gazetteer.COUNTY -> 4;
            default -> Integer.MAX_VALUE;
        };
        return scope.length() <= longestParent ? scope : null;
    }
}
