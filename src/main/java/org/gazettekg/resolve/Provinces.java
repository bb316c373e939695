package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

/**
 * The State Council and the 31 provincial-level units with the 简称 their 机关代字 begin with and the code
 * forms of their government and general office as printed, from {@value #FILE_NAME}: each form with an
 * example 文号 and the address where it was seen. A province without an attested form is listed with
 * its name and 简称 only.
 */
public final class Provinces {

    /** The file name of the table in the reference folder. */
    public static final String FILE_NAME = "provinces.tsv";

    /** Division codes of the four municipalities directly under the central government. */
    static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

    /**
     * A provincial-level unit.
     *
     * @param code its 2-digit division code
     * @param name its full name, e.g. 广东省, 内蒙古自治区, 北京市
     * @param abbr the 简称 its 机关代字 begin with (粤, 内, 京), empty where none is known
     */
    public record Province(String code, String name, String abbr) {
        public Province {
            requireNonNull(code, "code");
            requireNonNull(name, "name");
            requireNonNull(abbr, "abbr");
        }

        /** Its government, e.g. 广东省人民政府. */
        public String government() {
            return name + "人民政府";
        }

        /** Its government's general office, e.g. 广东省人民政府办公厅 (every provincial office is an 办公厅). */
        public String office() {
            return government() + "办公厅";
        }

        /** Whether it is one of the four municipalities (北京, 天津, 上海, 重庆), whose departments are 局 or 委. */
        public boolean isMunicipality() {
            return MUNICIPALITIES.contains(code);
        }
    }

    /**
     * An attested code form.
     *
     * @param code    the province's division code, or null for the State Council
     * @param form    the form as listed, e.g. 粤府办
     * @param body    the body it names, e.g. 广东省人民政府办公厅
     * @param example a 文号 printed with the body
     * @param source  where the example was seen
     */
    public record Form(String code, String form, String body, String example, String source) {
        public Form {
            requireNonNull(form, "form");
            requireNonNull(body, "body");
            requireNonNull(example, "example");
            requireNonNull(source, "source");
        }

        /** The form read into its parts; it matches every code with the same {@link AgencyCode#key()}. */
        public AgencyCode parsed() {
            return AgencyCode.parse(form);
        }

        /** Whether the form is the State Council's. */
        public boolean national() {
            return code == null;
        }
    }

    private final Map<String, Province> byCode = new LinkedHashMap<>();
    private final List<Form> forms = new ArrayList<>();

    private Provinces(List<CSVRecord> records) {
        for (CSVRecord r : records) {
            String code = Tsv.field(r, "code");
            String name = Tsv.field(r, "name");
            String abbr = Tsv.field(r, "abbr");
            String form = Tsv.field(r, "form");
            if (!code.isEmpty() && !byCode.containsKey(code)) {
                byCode.put(code, new Province(code, name, abbr));
            }
            if (!form.isEmpty()) {
                forms.add(new Form(code.isEmpty() ? null : code, form, Tsv.field(r, "body"), Tsv.field(r, "example"),
                        Tsv.field(r, "source")));
            }
        }
    }

    /** Reads a table in the layout of {@value #FILE_NAME} (header: code name abbr form body example source). */
    public static Provinces read(Reader tsv) {
        requireNonNull(tsv, "tsv");
        return new Provinces(Tsv.records(tsv));
    }

    /** Every provincial-level unit, in table order. */
    public List<Province> all() {
        return List.copyOf(byCode.values());
    }

    /** Every attested form, the State Council's included. */
    public List<Form> forms() {
        return List.copyOf(forms);
    }

    /** The unit with the 2-digit division {@code code}. */
    public Optional<Province> byCode(String code) {
        requireNonNull(code, "code");
        return Optional.ofNullable(byCode.get(code));
    }

    /** The unit whose 简称 is {@code abbr}. */
    public Optional<Province> byAbbr(String abbr) {
        requireNonNull(abbr, "abbr");
        return byCode.values().stream().filter(p -> !p.abbr().isEmpty() && p.abbr().equals(abbr)).findFirst();
    }

    /** The unit whose full name is {@code name}. */
    public Optional<Province> byName(String name) {
        requireNonNull(name, "name");
        return byCode.values().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The attested forms with the same stem and office marker as {@code code}. */
    public List<Form> formsFor(AgencyCode code) {
        requireNonNull(code, "code");
        return forms.stream().filter(f -> f.parsed().key().equals(code.key())).toList();
    }
}
