package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A 机关代字 read into its parts: the stem that names the body, whether an office marker (办, 厅) stands
 * before the ending, and the ending that names the kind of document (发, 函, 字, 规, 规字, 令 …).
 * 宁政办规字 is stem 宁政, office, ending 办规字; 粤府 is stem 粤府 without ending; 晋人社厅函 is stem
 * 晋人社, office, ending 厅函.
 *
 * <p>Where the stem ends with 政 or 府 the code has the form of a government's code, and the characters
 * before that are its {@linkplain #place() place code} (宁, 交, 晋市, 渝北).
 *
 * @param code   the 代字 as given (simplified characters)
 * @param stem   the code less its ending; the whole code when no ending is recognised
 * @param office whether the ending begins with an office marker (办 or 厅)
 * @param ending the ending removed from the code, possibly empty
 */
public record AgencyCode(String code, String stem, boolean office, String ending) {

    /** Kinds of document a code may end with, longest first (呈: a 请示 to the level above, 黔府呈). */
    static final List<String> KINDS = List.of("规字", "通字", "明电", "发电", "发", "函", "字", "规", "令", "秘", "电", "任", "文",
            "呈");
    /** Markers of a general office before the kind: 办 (办公厅, 办公室) and 厅 (江西 赣府厅字). */
    static final List<Character> OFFICE_MARKERS = List.of('办', '厅');
    /** The organs a government's code names after its place code. */
    static final List<Character> GOVERNMENT_ORGANS = List.of('政', '府');

    public AgencyCode {
        requireNonNull(code, "code");
        requireNonNull(stem, "stem");
        requireNonNull(ending, "ending");
    }

    /** Reads {@code code} (e.g. 湘政办发) into its parts. */
    public static AgencyCode parse(String code) {
        requireNonNull(code, "code");
        String c = code.strip();
        String rest = c;
        for (String kind : KINDS) {
            if (rest.endsWith(kind) && rest.length() > kind.length()) {
                rest = rest.substring(0, rest.length() - kind.length());
                break;
            }
        }
        boolean office = false;
        if (rest.length() > 1 && OFFICE_MARKERS.contains(rest.charAt(rest.length() - 1))) {
            rest = rest.substring(0, rest.length() - 1);
            office = true;
        }
        return new AgencyCode(c, rest, office, c.substring(rest.length()));
    }

    /** The key evidence and table rows are kept under: the stem, and whether it names an office. */
    public String key() {
        return office ? stem + "/办" : stem;
    }

    /** Whether the code has a government's form: a place code followed by 政 or 府. */
    public boolean isGovernmentForm() {
        return stem.length() > 1 && GOVERNMENT_ORGANS.contains(stem.charAt(stem.length() - 1));
    }

    /** The place code before 政 or 府 (宁 of 宁政办发, 晋市 of 晋市政发); empty when the code has another form. */
    public Optional<String> place() {
        return isGovernmentForm() ? Optional.of(stem.substring(0, stem.length() - 1)) : Optional.empty();
    }
}
