package org.gazettekg.export;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The named subsets of the graph that {@code export} knows. */
public enum Subset {
    /** Documents → the policies they cite; one edge per citation, with its relation and line. */
    CITATIONS("citations"),
    /** Cities ↔ the policies documents of two or more cities cite; edge weight = citing documents. */
    CITIES("cities"),
    /** Documents → the divisions whose change they decree; divisions → their parent divisions. */
    DIVISION_CHANGES("division-changes"),
    /** One document's (or any resource's) neighbourhood to a depth over the object properties. */
    NEIGHBOURHOOD("neighbourhood");

    private final String id;

    Subset(String id) {
        this.id = id;
    }

    /** The name used on the command line and in the {@code subset} request parameter. */
    public String id() {
        return id;
    }

    /**
     * The subset called {@code name} (case-insensitive; {@code neighborhood} is accepted too).
     *
     * @throws IllegalArgumentException listing the known subsets when there is none by that name
     */
    public static Subset of(String name) {
        requireNonNull(name, "name");
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace("neighborhood", "neighbourhood");
        for (Subset s : values()) {
            if (s.id.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown subset '" + name + "' (one of " + names() + ")");
    }

    /** The subset names, separated by {@code |}. */
    public static String names() {
        return Arrays.stream(values()).map(Subset::id).collect(Collectors.joining("|"));
    }
}
