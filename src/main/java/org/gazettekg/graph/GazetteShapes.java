package org.gazettekg.graph;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import java.util.List;
import org.apache.jena.sparql.graph.GraphFactory;

/** The SHACL shapes of {@code ontology/shapes.ttl}, which every load and {@code validate} check. */
public final class GazetteShapes {

    /** The classpath resource of the shapes. */
    public static final String RESOURCE = "/gazettekg/ontology/shapes.ttl";

    private final Shapes shapes;

    private GazetteShapes(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The built-in shapes. */
    public static GazetteShapes standard() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = GazetteShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new GazetteShapes(Shapes.parse(g));
    }

    /** The entries of {@code report} that make a graph wrong (severity sh:Violation). */
    public static List<ReportEntry> violations(ValidationReport report) {
        return report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).toList();
    }

    /**
     * The entries of {@code report} that say what the reader could not decide (sh:Warning, sh:Info):
     * an unknown issuer, an unreadable date. The graph is stored with them.
     */
    public static List<ReportEntry> warnings(ValidationReport report) {
        return report.getEntries().stream().filter(e -> e.severity() != Severity.Violation).toList();
    }

    /** One line for a report entry: focus node, path and message. */
    public static String describe(ReportEntry e) {
        return e.focusNode() + " " + e.resultPath() + ": " + e.message();
    }

    /** Validates {@code data} against the shapes. */
    public ValidationReport validate(Graph data) {
        requireNonNull(data, "data");
        return ShaclValidator.get().validate(shapes, data);
    }
}
