package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The covering signature (落款) of a document: the issuing bodies printed one per line above its
 * date. Evidence for the resolve stage (a heading that prints 市政府 is signed 南京市人民政府) and
 * the names behind an abbreviated joint heading (甘肃省发展和改革委员会等10部门).
 */
final class Signature {

    /** A date line, also one whose year the conversion lost (年12月31日) or whose 年月日 it dropped ({ 2017 6 23). */
    private static final Pattern DATE_LIKE = Pattern.compile(
            "^[^\\p{IsHan}]{0,3}[0-9０-９〇○Ｏ零一二三四五六七八九十\\s]*年?\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*月\\s*"
            + "[0-9０-９一二三四五六七八九十]{1,3}\\s*日.{0,12}$|^[^\\p{IsHan}0-9]{0,3}\\s*(?:19|20)\\d{2}\\s+\\d{1,2}\\s+\\d{1,2}\\s*\\S?$");
    private static final Pattern NOTE = Pattern.compile("^[(（][\\p{IsHan}]{2,12}[)）]$");
    /** Most blank lines between two stacked signing bodies or between them and the date. */
    private static final int GAP = 3;

    private Signature() {
    }

    /**
     * The bodies that sign the document in lines {@code from}..{@code to}: the issuer-only lines
     * stacked above its first date line, in printed order; empty when none.
     */
    static List<String> signers(SourceText source, int from, int to) {
        for (int n = from; n <= to; n++) {
            String plain = TextLines.plain(source.line(n));
            if (plain.isEmpty() || !DATE_LIKE.matcher(plain).matches()) {
                continue;
            }
            List<String> bodies = stackedAbove(source, n, from);
            if (!bodies.isEmpty()) {
                return bodies;
            }
        }
        return List.of();
    }

    private static List<String> stackedAbove(SourceText source, int dateLine, int from) {
        List<String> bodies = new ArrayList<>();
        int blanks = 0;
        for (int i = dateLine - 1; i >= from; i--) {
            String plain = TextLines.plain(source.line(i));
            if (plain.isEmpty() || NOTE.matcher(plain).matches() && bodies.isEmpty()) {
                if (++blanks > GAP) {
                    break;
                }
                continue;
            }
            if (!Issuers.isIssuerLine(plain)) {
                break;
            }
            List<String> onLine = Issuers.split(plain).issuers();
            for (int k = onLine.size() - 1; k >= 0; k--) {
                bodies.add(onLine.get(k));
            }
            blanks = 0;
        }
        Collections.reverse(bodies);
        return bodies;
    }
}
