package org.gazettekg.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.gazettekg.graph.GKG;

/** Literals as typed attribute values of nodes and edges. */
final class LiteralAttributes {

    private LiteralAttributes() {
    }

    /** The literal-valued triples as attributes named after their predicates ({@code eli_title} …); several values joined by |. */
    static void literalAttributes(List<Triple> ts, Map<String, Object> into) {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (Triple t : ts) {
            if (t.getObject().isLiteral() && !t.getPredicate().equals(GKG.fullText.asNode())) {
                values.computeIfAbsent(ExportPrefixes.attribute(t.getPredicate().getURI()), k -> new ArrayList<>())
                        .add(value(t.getObject()));
            }
        }
        values.forEach((k, vs) -> into.put(k, vs.size() == 1 ? vs.get(0)
                : String.join("|", new TreeSet<>(vs.stream().map(String::valueOf).toList()))));
    }

    /**
     * A literal as a typed attribute value: integers as Integer (Long when large), decimals and
     * floating point as Double, booleans as Boolean, xsd:gYear as Integer, anything else as its text.
     */
    static Object value(Node literal) {
        try {
            Object v = literal.getLiteralValue();
            if (v instanceof Integer || v instanceof Long || v instanceof Boolean || v instanceof Double) {
                return v;
            }
            if (v instanceof Short || v instanceof Byte) {
                return ((Number) v).intValue();
            }
            if (v instanceof BigInteger big) {
                return big.bitLength() < Long.SIZE ? (Object) big.longValue() : literal.getLiteralLexicalForm();
            }
            if (v instanceof BigDecimal || v instanceof Float) {
                return ((Number) v).doubleValue();
            }
            if (literal.getLiteralDatatypeURI().endsWith("#gYear")) {
                return Integer.valueOf(literal.getLiteralLexicalForm().substring(0, 4));
            }
        } catch (DatatypeFormatException | NumberFormatException | StringIndexOutOfBoundsException e) {
            // An ill-typed literal is still worth showing as it is written.
        }
        return literal.getLiteralLexicalForm();
    }

}
