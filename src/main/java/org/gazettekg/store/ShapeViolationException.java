package org.gazettekg.store;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.gazettekg.graph.GazetteShapes;

/** The graph read from a file violates the SHACL shapes; nothing of it was stored. */
public class ShapeViolationException extends RuntimeException {

    private static final int MAX_ENTRIES_IN_MESSAGE = 10;

    private final transient ValidationReport report;

    public ShapeViolationException(String source, ValidationReport report) {
        super(source + ": " + GazetteShapes.violations(report).size() + " SHACL violation(s):" + summary(report));
        this.report = report;
    }

    /** The full SHACL report. */
    public ValidationReport report() {
        return report;
    }

    private static String summary(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (ReportEntry e : GazetteShapes.violations(report)) {
            if (n++ == MAX_ENTRIES_IN_MESSAGE) {
                sb.append("\n  …");
                break;
            }
            sb.append("\n  ").append(e.focusNode()).append(' ').append(e.resultPath()).append(": ").append(e.message());
        }
        return sb.toString();
    }
}
