package org.gazettekg.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazettekg.parse.Citation.Relation;

/**
 * What the text around a citation says of it: where a 《title》 closes (read by depth), the issuing
 * body printed before it, and the relation the citing clause states.
 */
final class CitationContext {

    /** Longest 《title》 accepted: an unclosed 《 must not swallow the rest of the document. */
    static final int MAX_TITLE_LENGTH = 150;
    /** Most characters looked at before 《 for the issuing body. */
    static final int MAX_ISSUER_LENGTH = 30;
    /** What ends a clause, the span searched for the relation's cue words (a tab or | ends a table cell). */
    static final String CLAUSE_ENDS = "。；;！!？?，,\t|";
    /** Bracketed text, which says nothing about the citing clause's relation (《titles》 are removed by depth). */
    static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("《[^》]*》|（[^）]*）|\\([^)]*\\)");
    static final char OPEN_TITLE = '《';
    static final char CLOSE_TITLE = '》';

    /**
     * A word before 《 that names whose policy it is without naming a body: the state's (国家《…》) or the
     * citing document's own province, city or county (我省, 本市, 我县《…》).
     */
    private static final Pattern SCOPE_WORD = Pattern.compile("(?:国家|[我本][省市县])$");
    /** A scope word with what says the policy is in force or concerned (国家现行的《…》, 国家有关《…》). */
    private static final Pattern SCOPE_PHRASE = Pattern.compile("(国家|[我本][省市县])(?:现行|有关|相关)的?$");
    /** The place word of the congress that adopted the title (市第十七届人大五次会议审议通过的《政府工作报告》). */
    private static final Pattern CONGRESS_ADOPTED = Pattern.compile(
            "([省市县])(?:第?[一二三四五六七八九十]+届)?(?:人大|人民代表大会)\\p{IsHan}{0,12}?通过的$");
    /** A congress adopting the title just printed: 已经市十四届人大五次会议审议通过. */
    private static final Pattern CONGRESS_AFTER = Pattern.compile(
            "(?:已经|已由|经)([省市县])(?:第?[一二三四五六七八九十]+届)?(?:人大|人民代表大会)\\p{IsHan}{0,12}?通过");
    /** A bare place word before 《, once the verb is set aside (落实市《…》, 审议通过的县《…》). */
    private static final Pattern BARE_PLACE_WORD = Pattern.compile("[省市县]");
    /** What may separate two titles of one run: nothing, or an enumeration comma. */
    private static final Pattern RUN_GAP = Pattern.compile("\\s*、?\\s*");

    /** Enumeration commas and conjunctions left at either end of an issuer run. */
    private static final Pattern LISTING_WORDS_AT_ENDS = Pattern.compile("^[、和及与]+|[、和及与]+$");

    private CitationContext() {
    }

    /**
     * The 》 that closes the 《 at {@code open}, read by depth: a title that prints another in 《》
     * (《国务院关于修改《全国年节及纪念日放假办法》的决定》) closes at its own 》, so it is cited whole. -1
     * when it does not close within {@link #MAX_TITLE_LENGTH}: the titles inside it are then read alone.
     */
    static int closingTitleBracket(String s, int open) {
        int limit = Math.min(s.length(), open + 1 + MAX_TITLE_LENGTH);
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = s.charAt(i);
            if (c == OPEN_TITLE) {
                depth++;
            } else if (c == CLOSE_TITLE && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The issuing body printed right before 《 (省民政厅、财政厅《…》), or null. */
    static String issuerBefore(String s, int open) {
        int from = open;
        while (from > 0 && open - from < MAX_ISSUER_LENGTH && isIssuerChar(s.charAt(from - 1))) {
            from--;
        }
        String run = s.substring(from, open);
        Matcher adopted = CONGRESS_ADOPTED.matcher(run);
        if (adopted.find()) {
            return adopted.group(1);
        }
        Matcher scopePhrase = SCOPE_PHRASE.matcher(run);
        if (scopePhrase.find()) {
            return scopePhrase.group(1);
        }
        Matcher lead = CitationRules.ISSUER_LEAD.matcher(run);
        if (lead.lookingAt()) {
            run = run.substring(lead.end());
        }
        run = LISTING_WORDS_AT_ENDS.matcher(run).replaceAll("");
        boolean body = run.length() > CitationNumbers.MIN_CODE_LENGTH && CitationRules.BODY_ENDING.matcher(run).find();
        if (body && !CitationRules.PRONOUN_ISSUER.matcher(run).find()) {
            return run;
        }
        Matcher scope = SCOPE_WORD.matcher(run);
        return scope.find() ? scope.group() : BARE_PLACE_WORD.matcher(run).matches() ? run : null;
    }

    /**
     * The place word of the congress the sentence says adopted the title printed before {@code end}
     * (《政府工作报告》已经市十四届人大五次会议审议通过), or null.
     */
    static String congressAfter(String s, int end) {
        Matcher m = CONGRESS_AFTER.matcher(s).region(end, Math.min(s.length(), end + MAX_ISSUER_LENGTH));
        return m.lookingAt() ? m.group(1) : null;
    }

    /** True when only an enumeration comma (or nothing) lies between a title's end and the next 《 at {@code open}. */
    static boolean continuesRun(String s, int previousEnd, int open) {
        return previousEnd <= open && RUN_GAP.matcher(s.substring(previousEnd, open)).matches();
    }

    private static boolean isIssuerChar(char c) {
        return Han.isHan(c) || c == '、';
    }

    /** The relation the clause around {@code from}..{@code to} states. */
    static Relation relationAround(String s, int from, int to) {
        int start = from;
        while (start > 0 && CLAUSE_ENDS.indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        int end = to;
        while (end < s.length() && CLAUSE_ENDS.indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return CitationRules.relationIn(withoutQuotedTitles(s.substring(start, end)));
    }

    /**
     * {@code clause} without its 《titles》 (nested ones removed whole with the title that prints them)
     * and bracketed text: the words of a cited title say nothing about the citing clause.
     */
    static String withoutQuotedTitles(String clause) {
        StringBuilder out = new StringBuilder(clause.length());
        int i = 0;
        while (i < clause.length()) {
            int close = clause.charAt(i) == OPEN_TITLE ? closingTitleBracket(clause, i) : -1;
            if (close >= 0) {
                i = close + 1;
            } else {
                out.append(clause.charAt(i++));
            }
        }
        return QUOTED_OR_BRACKETED.matcher(out).replaceAll("");
    }
}
