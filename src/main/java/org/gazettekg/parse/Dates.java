package org.gazettekg.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;

/** Dates printed in figures, read the same way by every reader. */
final class Dates {

    private Dates() {
    }

    /** The date whose year, month and day are groups 1, 2 and 3 of {@code m} (which matched), if it exists. */
    static Optional<LocalDate> ofGroups(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException | NumberFormatException impossible) {
            return Optional.empty();
        }
    }
}
