package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

/**
 * A gazette issue as its masthead prints it ({@link org.gazettekg.parse.IssueRecord}) with the place
 * whose serial it is, as the resolve stage decided it from the gazetteer: 长治市人民政府公报 is 长治市's
 * (a city), 山西省人民政府公报 山西省's (a province: a provincial serial, not a city's).
 *
 * @param record        what the parser read
 * @param division      the division code of the gazette's place, or null where the gazetteer does not know it
 * @param place         the place's name as the gazetteer names it (as printed where it is unknown), or null
 *                      where the masthead names no place
 * @param divisionLevel the place's level in the gazetteer (province, city, county), or null
 * @param level         the level of the serial (provincial, municipal, county), or null
 */
public record ResolvedIssue(org.gazettekg.parse.IssueRecord record, String division, String place,
                            String divisionLevel, Level level) {

    public ResolvedIssue {
        requireNonNull(record, "record");
    }

    /** Whether the serial is a prefecture-level city's. */
    public boolean isCity() {
        return level == Level.MUNICIPAL;
    }
}
