package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

/**
 * An issuing body as resolved: its full name, the division it governs, its level and what it was
 * decided from.
 *
 * @param name     the full name (长治市人民政府办公室), as printed where the text prints it in full
 * @param division the division code of its jurisdiction, or null (national bodies, places not decided)
 * @param level    its level, or null where it cannot be decided
 * @param basis    what it was decided from
 */
public record ResolvedBody(String name, String division, Level level, Basis basis) {

    public ResolvedBody {
        requireNonNull(name, "name");
        requireNonNull(basis, "basis");
    }
}
