package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

/**
 * Cities and counties whose 机关代字 is not the first character of their name (南京 宁, 广州 穗, 贵阳 筑,
 * 晋城 晋市), and cities whose general office is attested as 办公厅 or 办公室, from {@value #FILE_NAME};
 * each row with an example 文号 and where it was seen.
 */
public final class CityCodes {

    /** The file name of the table in the reference folder. */
    public static final String FILE_NAME = "city-codes.tsv";

    /**
     * A city's or county's code.
     *
     * @param code       its division code (4 digits for a city, 6 for a county)
     * @param name       its full name, e.g. 南京市
     * @param agencyCode the place code its government's 代字 begin with (宁 of 宁政发), empty if unknown
     * @param office     the name of its general office, 办公厅 or 办公室, empty where not attested
     * @param example    a 文号 printed with its body
     * @param source     where the example was seen
     */
    public record CityCode(String code, String name, String agencyCode, String office, String example, String source) {
        public CityCode {
            requireNonNull(code, "code");
            requireNonNull(name, "name");
            requireNonNull(agencyCode, "agencyCode");
            requireNonNull(office, "office");
            requireNonNull(example, "example");
            requireNonNull(source, "source");
        }

        /** Its level: municipal for a 4-digit code, county for a 6-digit one. */
        public Level level() {
            return code.length() <= 4 ? Level.MUNICIPAL : Level.COUNTY;
        }
    }

    private final List<CityCode> rows;

    private CityCodes(List<CityCode> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Reads a table in the layout of {@value #FILE_NAME} (header: code name agency_code office example source). */
    public static CityCodes read(Reader tsv) {
        requireNonNull(tsv, "tsv");
        return new CityCodes(Tsv.records(tsv).stream()
                .map(r -> new CityCode(Tsv.field(r, "code"), Tsv.field(r, "name"), Tsv.field(r, "agency_code"),
                        Tsv.field(r, "office"), Tsv.field(r, "example"), Tsv.field(r, "source")))
                .toList());
    }

    /** Every row. */
    public List<CityCode> all() {
        return rows;
    }

    /** The row of the unit with division {@code code}. */
    public Optional<CityCode> byDivision(String code) {
        requireNonNull(code, "code");
        return rows.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The row of the unit whose full name is {@code name}. */
    public Optional<CityCode> byName(String name) {
        requireNonNull(name, "name");
        return rows.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
