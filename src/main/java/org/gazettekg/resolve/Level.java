package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;

import org.gazettekg.parse.Gazetteer;

/** The level of an issuing body or of a policy: the tier of government it belongs to. */
public enum Level {
    /** The central state: 国务院, its departments, 全国人大, laws of 中华人民共和国. */
    NATIONAL("national"),
    /** A province, autonomous region or municipality directly under the central government (北京市 …). */
    PROVINCIAL("provincial"),
    /** A prefecture-level city, autonomous prefecture, league or region. */
    MUNICIPAL("municipal"),
    /** A county, district, banner or county-level city: a level of its own. */
    COUNTY("county");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The label used in the tables and the graph: national, provincial, municipal or county. */
    public String label() {
        return label;
    }

    /** The level whose {@link #label()} is {@code label}. */
    public static Optional<Level> ofLabel(String label) {
        requireNonNull(label, "label");
        return Arrays.stream(values()).filter(l -> l.label.equals(label)).findFirst();
    }

    /** The level of a unit of the gazetteer (province, city, county); townships and villages have none. */
    public static Optional<Level> ofUnit(Gazetteer.Unit unit) {
        requireNonNull(unit, "unit");
        return switch (unit.level()) {
            case Gazetteer.PROVINCE -> Optional.of(PROVINCIAL);
            case Gazetteer.CITY -> Optional.of(MUNICIPAL);
            case Gazetteer.COUNTY -> Optional.of(COUNTY);
            default -> Optional.empty();
        };
    }

    /** The level of a division code: 2 digits provincial, 4 municipal, 6 county. */
    static Optional<Level> ofDivisionCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.length()) {
            case 2 -> Optional.of(PROVINCIAL);
            case 4 -> Optional.of(MUNICIPAL);
            case 6 -> Optional.of(COUNTY);
            default -> Optional.empty();
        };
    }
}
