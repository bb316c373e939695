package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The texts a document carries itself, which it names in 《》 without citing another policy: its
 * own title, the text a covering notice issues (关于印发X的通知 encloses X) and the enclosures
 * whose headings stand on lines of their own inside the document.
 */
final class CitationOwnTexts {

    /**
     * A covering notice that issues its own text: 关于印发X的通知 (also 颁布, 发布, 下发 … 的决定; 征求…意见的函
     * sends a draft). 转发 is not here: a forwarded document is another body's policy, and cited.
     */
    private static final Pattern ISSUING_TITLE = Pattern.compile("(?:印发|颁布|发布|下发|征求)(.+)的(?:通知|决定|通告|函)$");

    /** Punctuation that marks a line as running text rather than a heading. */
    private static final String SENTENCE_MARKS = "。，,；;";

    /** 附件 / 附件1： printed before an enclosure heading. */
    private static final Pattern ENCLOSURE_LABEL = Pattern.compile("^附件\\s*\\d*\\s*[:：]?");
    private static final String ENCLOSURE = "附件";

    /** Shortest and longest heading considered, in characters without whitespace. */
    private static final int MIN_HEADING = 4;
    private static final int MAX_HEADING = 90;

    private static final String ABOUT = "关于";

    /**
     * Most characters a self-reference may differ by from the heading it names (a typo or a word
     * dropped: 星级村划分与评价 for 星级村星级划分与评价), and the shortest title and the common
     * opening (which carries the issuing region, so 山西省… never matches 朔州市…) that allow it.
     */
    private static final int MAX_TYPO_EDITS = 2;
    private static final int MIN_TYPO_TITLE = 12;
    private static final int SAME_OPENING = 4;

    /** The 〈…〉 titles inside a covering notice's title. */
    private static final Pattern INNER_TITLE = Pattern.compile("〈([^〈〉]+)〉");

    private final String title;
    private final String enclosed;
    private final Set<String> headings;

    private CitationOwnTexts(String title, String enclosed, Set<String> headings) {
        this.title = title;
        this.enclosed = enclosed;
        this.headings = headings;
    }

    /** The own texts of a document titled {@code title} (may be null) whose lines are {@code lines}. */
    static CitationOwnTexts of(String title, List<String> lines) {
        String titleKey = title == null ? "" : CitationRules.comparable(title);
        Set<String> headings = headingKeys(lines);
        headings.addAll(ownHeadingsInTitleMarks(titleKey, lines));
        return new CitationOwnTexts(titleKey, enclosedText(titleKey), headings);
    }

    /**
     * The document's own heading where a page prints it between book-title marks on a line of its own
     * (《北京市人民政府办公厅关于印发〈…〉的通知》): a line that names the document, not a citation of another.
     */
    private static Set<String> ownHeadingsInTitleMarks(String titleKey, List<String> lines) {
        Set<String> keys = new HashSet<>();
        if (titleKey.isEmpty()) {
            return keys;
        }
        for (String line : lines) {
            String text = line.strip();
            String inner = HeadingText.unwrapped(text);
            if (inner.length() < text.length()) {
                String key = CitationRules.comparable(inner);
                if (key.endsWith(titleKey)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static String enclosedText(String titleKey) {
        Matcher m = ISSUING_TITLE.matcher(titleKey);
        return m.find() ? m.group(1) : "";
    }

    private static Set<String> headingKeys(List<String> lines) {
        Set<String> keys = new HashSet<>();
        String previous = null;
        for (String line : lines) {
            String key = headingKey(line);
            if (key == null) {
                previous = null;
                continue;
            }
            keys.add(key);
            if (previous != null) {
                keys.add(previous + key);
            }
            previous = key;
        }
        return keys;
    }

    private static String headingKey(String line) {
        if (holdsSentencePunctuation(line)) {
            return null;
        }
        String t = line.strip();
        // the label expression is anchored at the opening: only a line opening with 附件 can hold it
        String key = CitationRules.comparable(t.startsWith(ENCLOSURE) ? ENCLOSURE_LABEL.matcher(t).replaceFirst("") : t);
        return key.length() >= MIN_HEADING && key.length() <= MAX_HEADING ? key : null;
    }

    /** True when {@code line} holds a character of {@link #SENTENCE_MARKS}. */
    private static boolean holdsSentencePunctuation(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (SENTENCE_MARKS.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the 《title》 names the document itself or one of its enclosures. */
    boolean isOwn(String citedTitle) {
        String key = CitationRules.comparable(citedTitle);
        if (key.isEmpty()) {
            return false;
        }
        return key.equals(title) || withoutAbout(key).equals(withoutAbout(title))
                || innerTitles(enclosed).stream().anyMatch(t -> t.equals(key) || withoutAbout(t).equals(withoutAbout(key)))
                || headings.contains(key) || headings.contains(withoutAbout(key)) || headings.contains(ABOUT + key)
                || nearlyNamesOwnText(key);
    }

    private boolean nearlyNamesOwnText(String key) {
        if (key.length() < MIN_TYPO_TITLE) {
            return false;
        }
        return Stream.concat(headings.stream(), innerTitles(enclosed).stream())
                .anyMatch(candidate -> isTypoOf(key, candidate));
    }

    private static List<String> innerTitles(String enclosed) {
        List<String> titles = new ArrayList<>();
        Matcher m = INNER_TITLE.matcher(enclosed);
        while (m.find()) {
            titles.add(m.group(1));
        }
        if (titles.isEmpty() && !enclosed.isEmpty()) {
            titles.add(enclosed);
        }
        return titles;
    }

    private static boolean isTypoOf(String key, String candidate) {
        // no length check on the opening: key has MIN_TYPO_TITLE characters, so candidate at least that less MAX_TYPO_EDITS
        return Math.abs(key.length() - candidate.length()) <= MAX_TYPO_EDITS
                && key.regionMatches(0, candidate, 0, SAME_OPENING)
                && editDistance(key, candidate) <= MAX_TYPO_EDITS;
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String withoutAbout(String key) {
        return key.startsWith(ABOUT) ? key.substring(ABOUT.length()) : key;
    }
}
