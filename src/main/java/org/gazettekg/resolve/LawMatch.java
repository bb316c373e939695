package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A cited title linked to an entry of the national law catalog ({@link LawCatalog}): the facts of the
 * entry's current version, how the link was made and the title as printed.
 *
 * @param name the catalog's name, the short form without 中华人民共和国 (网络安全法, 审计法实施条例)
 * @param fullName the official title with 中华人民共和国 where the catalog gives one (laws and the
 *     Constitution), else the empty string; {@link #title()} is the one to print
 * @param legalForce the legal force as the catalog writes it: 宪法, 法律, 行政法规, 司法解释 or 部门规章
 * @param published the date of promulgation (or latest amendment) of the version, null where unknown
 * @param validFrom the date the version took effect, null where unknown
 * @param superseded true when even the newest version of this name is marked superseded in the catalog:
 *     the law has lost force as a whole (公司登记管理条例, 环境噪声污染防治法). A law with a current version
 *     is linked to that version, never to an older one, so this is false for it.
 * @param method how the link was made
 * @param printed the cited title as printed, untouched
 */
public record LawMatch(String name, String fullName, String legalForce, LocalDate published, LocalDate validFrom,
        boolean superseded, Method method, String printed) {

    /** How a cited title was linked to its catalog entry, from the most to the least certain. */
    public enum Method {
        /**
         * The title equals the official title the catalog gives (its full name, or its name where it has
         * none), once nested title marks, spaces, traditional characters and edition or status suffixes
         * ((2019年修正), (试行)) are set aside.
         */
        EXACT("exact"),
        /**
         * The title and the catalog's title differ only by 中华人民共和国: 《网络安全法》 for
         * 中华人民共和国网络安全法, or 《中华人民共和国政府信息公开条例》 where the catalog knows only the short name.
         */
        SHORT_NAME("short-name"),
        /**
         * The title is within a small edit distance (a character dropped, doubled or swapped by PDF
         * conversion) of exactly one catalog entry, with the same kind word (法, 条例, 实施条例, 办法 …) at its
         * end: 《中华人共和国大气污染防治法》, 《中华人民共和国突发生事件应对法》. Analysts may filter these out.
         */
        FUZZY("fuzzy");

        private final String notation;

        Method(String notation) {
            this.notation = notation;
        }

        /** The notation of the link-method concept (exact, short-name, fuzzy). */
        public String notation() {
            return notation;
        }
    }

    public LawMatch {
        requireNonNull(name, "name");
        requireNonNull(fullName, "fullName");
        requireNonNull(legalForce, "legalForce");
        requireNonNull(method, "method");
        requireNonNull(printed, "printed");
    }

    /** The title to print: the full name where the catalog gives one, else the name. */
    public String title() {
        return fullName.isEmpty() ? name : fullName;
    }

    /** The legal force as a concept of the legal-force scheme. */
    public LegalForce force() {
        return LegalForce.ofLabel(legalForce)
                .orElseThrow(() -> new IllegalStateException("unknown legal force " + legalForce));
    }
}
