package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Reader;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule by which a provincial department's 机关代字 is read, from {@value #FILE_NAME}: the province's
 * 简称 followed by a key (财, 民, 教, 人社, 发改, 卫健 …) names the department (山西省财政厅, 北京市财政局).
 * Only keys whose department kept its name are listed; see the file's header.
 */
public final class ProvincialDepartments {

    /** The file name of the table in the reference folder. */
    public static final String FILE_NAME = "provincial-departments.tsv";

    /**
     * A department key.
     *
     * @param key          the characters after the 简称, e.g. 财
     * @param province     the department's name after a province's name, e.g. 财政厅
     * @param municipality its name in the four municipalities, e.g. 财政局; empty where they differ
     * @param notBefore    characters that must not follow the key (民宗 is not 民政厅)
     * @param source       where the name is attested
     */
    public record Department(String key, String province, String municipality, String notBefore, String source) {
        public Department {
            requireNonNull(key, "key");
            requireNonNull(province, "province");
            requireNonNull(municipality, "municipality");
            requireNonNull(notBefore, "notBefore");
            requireNonNull(source, "source");
        }

        /** Whether {@code rest} (the code after the 简称) begins with this key and not with an excluded follower. */
        public boolean matches(String rest) {
            if (!rest.startsWith(key)) {
                return false;
            }
            return rest.length() == key.length() || notBefore.indexOf(rest.charAt(key.length())) < 0;
        }

        /** The department's full name in {@code p}; empty where the municipalities do not share one. */
        public Optional<String> nameIn(Provinces.Province p) {
            String suffix = p.isMunicipality() ? municipality : province;
            return suffix.isEmpty() ? Optional.empty() : Optional.of(p.name() + suffix);
        }
    }

    private final List<Department> departments;

    private ProvincialDepartments(List<Department> departments) {
        this.departments = departments.stream().sorted(Comparator.comparingInt((Department d) -> d.key().length())
                .reversed()).toList();
    }

    /** Reads a table in the layout of {@value #FILE_NAME} (header: key province municipality not_before source). */
    public static ProvincialDepartments read(Reader tsv) {
        requireNonNull(tsv, "tsv");
        return new ProvincialDepartments(Tsv.records(tsv).stream()
                .map(r -> new Department(Tsv.field(r, "key"), Tsv.field(r, "province"), Tsv.field(r, "municipality"),
                        Tsv.field(r, "not_before"), Tsv.field(r, "source")))
                .toList());
    }

    /** Every key, longest first. */
    public List<Department> all() {
        return departments;
    }

    /** The department whose key begins {@code rest} (the code after the 简称), the longest key first. */
    public Optional<Department> match(String rest) {
        requireNonNull(rest, "rest");
        return departments.stream().filter(d -> d.matches(rest)).findFirst();
    }
}
