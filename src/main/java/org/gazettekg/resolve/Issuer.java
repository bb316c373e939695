package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The body that issued a document, as resolved from its 机关代字.
 *
 * @param body     the body's full name, e.g. 南京市人民政府办公厅, 交城县人民政府, 国务院办公厅
 * @param division the division code of the body's jurisdiction (2 digits for a province, 4 for a city,
 *                 6 for a county), or null for a national body
 * @param level    the body's level
 * @param method   how it was decided
 * @param source   where the decision comes from: the table row's source, the rule applied, or the file and
 *                 line of the evidence
 */
public record Issuer(String body, String division, Level level, Method method, String source) {

    public Issuer {
        requireNonNull(body, "body");
        requireNonNull(level, "level");
        requireNonNull(method, "method");
        requireNonNull(source, "source");
    }

    /** The division code of the body's jurisdiction; empty for a national body. */
    public Optional<String> jurisdiction() {
        return Optional.ofNullable(division);
    }
}
