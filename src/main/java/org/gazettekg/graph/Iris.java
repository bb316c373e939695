package org.gazettekg.graph;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;

import org.gazettekg.parse.DocNumber;
import org.gazettekg.parse.Simplified;
import org.gazettekg.parse.TitleKey;

/**
 * Mints the graph's IRIs from content (a document's from its 文号, a division's from its code, a
 * title-only policy's from its normalised title), so that a reload gives the same IRIs and two
 * gazettes citing the same policy point at the same node.
 */
public final class Iris {

    private Iris() {
    }

    /** The named graph that holds everything read from {@code source}. */
    public static String graph(String source) {
        return GKG.GRAPH + segment(source);
    }

    /** The source file node. */
    public static String source(String source) {
        return GKG.ID + "source/" + segment(source);
    }

    /** A document or cited policy with a 文号 (or a standard / order number in canonical form). */
    public static String policyByNumber(String canonicalNumber) {
        return GKG.ID + "doc/" + segment(canonicalNumber);
    }

    /** A document or cited policy with a 文号. */
    public static String policyByNumber(DocNumber number) {
        return policyByNumber(number.canonical());
    }

    /** A cited policy known only by its title. */
    public static String policyByTitle(String title) {
        return GKG.ID + "policy/" + segment(normaliseTitle(title));
    }

    /** A document printed without a 文号, identified by where it stands. */
    public static String unnumberedDocument(String source, int line) {
        return GKG.ID + "doc/" + segment(source) + "/L" + line;
    }

    /** An issuing body, by name read as simplified: 東莞市人民政府 is the node of 东莞市人民政府. */
    public static String body(String name) {
        return GKG.ID + "org/" + segment(Simplified.of(name));
    }

    /** A city's gazette serial. */
    public static String gazette(String city) {
        return GKG.ID + "gazette/" + segment(city);
    }

    /** One issue of a city's gazette. */
    public static String issue(String city, int year, String issueNo) {
        return gazette(city) + "/" + year + "/" + segment(issueNo);
    }

    /** A node that stands at a line of a source (TOC entry, citation, mention). */
    public static String atLine(String kind, String source, int line, int ordinal) {
        return GKG.ID + kind + "/" + segment(source) + "/L" + line + "-" + ordinal;
    }

    /** A division, by statistical code. */
    public static String division(String code) {
        return GKG.ID + "division/" + segment(code);
    }

    /** A division not in the gazetteer, by name within the unit coded {@code parentCode}. */
    public static String divisionByName(String parentCode, String name) {
        return GKG.ID + "division/" + segment(parentCode) + "/" + segment(name);
    }

    /** A division not in the gazetteer, by name. */
    public static String divisionByName(String name) {
        return GKG.ID + "division/name/" + segment(name);
    }

    /** A SKOS concept of {@code scheme} (e.g. {@code kind}, {@code level}). */
    public static String concept(String scheme, String notation) {
        return GKG.ID + scheme + "/" + segment(notation);
    }

    /**
     * The form of a title used to compare titles and to key title-only policies: the {@link TitleKey}
     * of its simplified reading, so that a traditional page's citation meets the simplified ones.
     */
    public static String normaliseTitle(String title) {
        return TitleKey.of(Simplified.of(title));
    }

    /**
     * One IRI path segment: Chinese and other non-ASCII letters stay as they are (IRIs allow
     * them), ASCII characters outside the unreserved set are percent-encoded.
     */
    public static String segment(String text) {
        requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp > 0x7F ? !Character.isWhitespace(cp) && !Character.isISOControl(cp) && cp != 0x3000
                    : (Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0)) {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return out.toString();
    }
}
