package org.gazettekg.graph;

import java.util.List;
import java.util.Locale;

import org.gazettekg.parse.Gazetteer;

/**
 * How much of the gazetteer a store's gazetteer graph holds. {@link #FULL}, every unit down to the
 * townships (41,500 units, some 210,000 quads), is what the command line builds; {@link #COUNTIES}
 * stops at the county level (3,200 units) for the many small stores tests build, where writing the
 * townships would cost each new database several seconds. The matcher always reads the whole
 * gazetteer; only the graph differs.
 */
public enum GazetteerExtent {

    /** Provinces, cities, counties and townships. */
    FULL(List.of(Gazetteer.PROVINCE, Gazetteer.CITY, Gazetteer.COUNTY, Gazetteer.TOWNSHIP)),
    /** Provinces, cities and counties. */
    COUNTIES(List.of(Gazetteer.PROVINCE, Gazetteer.CITY, Gazetteer.COUNTY));

    /** The system property that names the extent new stores get when none is given ({@code full} or {@code counties}). */
    public static final String PROPERTY = "gazettekg.gazetteer";

    private final List<String> levels;

    GazetteerExtent(List<String> levels) {
        this.levels = levels;
    }

    /** The levels written, top down. */
    public List<String> levels() {
        return levels;
    }

    /** The extent {@link #PROPERTY} names; {@link #FULL} when it is not set. */
    public static GazetteerExtent fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? FULL : valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
