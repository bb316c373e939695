package org.gazettekg.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The value type of an exported attribute: what GraphML's {@code attr.type} and GEXF's attribute type declare. */
public enum ValueType {
    /** A 32-bit integer. */
    INT,
    /** A 64-bit integer. */
    LONG,
    /** A double. */
    DOUBLE,
    /** A boolean. */
    BOOLEAN,
    /** Text. */
    STRING;

    /** The type of one value: Integer, Long, Double (or another Number), Boolean, else String. */
    public static ValueType of(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return INT;
        }
        if (value instanceof Long) {
            return LONG;
        }
        if (value instanceof Number) {
            return DOUBLE;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        return STRING;
    }

    /** The narrowest type that holds both: INT ⊂ LONG ⊂ DOUBLE; anything else mixed is STRING. */
    public ValueType widen(ValueType other) {
        if (this == other) {
            return this;
        }
        if (isNumeric() && other.isNumeric()) {
            return this.ordinal() > other.ordinal() ? this : other;
        }
        return STRING;
    }

    private boolean isNumeric() {
        return this == INT || this == LONG || this == DOUBLE;
    }

    /** Every attribute name in {@code maps} with the type that holds all its values, in first-seen order. */
    static Map<String, ValueType> infer(Collection<Map<String, Object>> maps) {
        Map<String, ValueType> types = new LinkedHashMap<>();
        for (Map<String, Object> m : maps) {
            m.forEach((k, v) -> types.merge(k, of(v), ValueType::widen));
        }
        return types;
    }

    /** {@code value} as text in this type (a Long in an INT column cannot occur: INT widens first). */
    String format(Object value) {
        if (this == DOUBLE && value instanceof Number n) {
            return Double.toString(n.doubleValue());
        }
        return String.valueOf(value);
    }

    /** {@code value} converted to this type, for writers that emit typed values (JSON). */
    Object convert(Object value) {
        return switch (this) {
            case INT, LONG, BOOLEAN -> value;
            case DOUBLE -> ((Number) value).doubleValue();
            case STRING -> String.valueOf(value);
        };
    }
}
