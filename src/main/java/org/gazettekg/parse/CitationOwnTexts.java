package org.gazettekg.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts a document carries itself, which it names in 《》 without citing another policy: its
 * own title, the text a covering notice issues (关于印发X的通知 encloses X) and the enclosures
 * whose headings stand on lines of their own inside the document.
 */
final class CitationOwnTexts {

    /** A covering notice: 关于印发X的通知 (also 颁布, 转发 … 的决定/的通知). */
    private static final Pattern ISSUING_TITLE = Pattern.compile("(?:印发|颁布|发布|转发|下发|征求)(.+)的(?:通知|决定|通告|函)$");

    /** Punctuation that marks a line as running text rather than a heading. */
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;]");

    /** 附件 / 附件1： printed before an enclosure heading. */
    private static final Pattern ENCLOSURE_LABEL = Pattern.compile("^附件\\s*\\d*\\s*[:：]?");

    /** Shortest and longest heading considered, in characters without whitespace. */
    private static final int MIN_HEADING = 4;
    private static final int MAX_HEADING = 90;

    private static final String ABOUT = "关于";

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
        return new CitationOwnTexts(titleKey, enclosedText(titleKey), headingKeys(lines));
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
        if (SENTENCE_PUNCTUATION.matcher(line).find()) {
            return null;
        }
        String key = CitationRules.comparable(ENCLOSURE_LABEL.matcher(line.strip()).replaceFirst(""));
        return key.length() >= MIN_HEADING && key.length() <= MAX_HEADING ? key : null;
    }

    /** Whether the 《title》 names the document itself or one of its enclosures. */
    boolean isOwn(String citedTitle) {
        String key = CitationRules.comparable(citedTitle);
        if (key.isEmpty()) {
            return false;
        }
        return key.equals(title) || withoutAbout(key).equals(withoutAbout(title))
                || (!enclosed.isEmpty() && enclosed.contains(key))
                || headings.contains(key) || headings.contains(withoutAbout(key)) || headings.contains(ABOUT + key);
    }

    private static String withoutAbout(String key) {
        return key.startsWith(ABOUT) ? key.substring(ABOUT.length()) : key;
    }
}
