package org.gazettekg.text;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Rewrites a Lucene query string so that a word of two or more Han characters is searched as a
 * phrase: {@code 有机旱作} becomes {@code "有机旱作"}. The bigram analyzer turns 有机旱作 into
 * 有机 机旱 旱作; left alone, Lucene's query parser would join them with OR and find every text
 * that mentions 有机. As a phrase the bigrams must follow each other, which is the word as typed.
 * Quoted phrases, operators and words with query syntax ({@code 有机*}, {@code title:…}) are kept.
 */
final class HanPhrases {

    /** What may stand before a word: a required or prohibited sign, opening brackets. */
    private static final String LEADING = "+-(";
    private static final String SYNTAX = "+-&|!(){}[]^\"~*?:\\/";
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");
    private static final int MIN_HAN = 2;

    private HanPhrases() {
    }

    /** {@code query} with each bare word of two or more Han characters put in double quotes. */
    static String quote(String query) {
        requireNonNull(query, "query");
        StringBuilder out = new StringBuilder(query.length() + 8);
        StringBuilder word = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (inQuotes) {
                out.append(c);
                if (c == '"' && !escaped(query, i)) {
                    inQuotes = false;
                }
            } else if (c == '"' && word.isEmpty()) {
                out.append(c);
                inQuotes = true;
            } else if (Character.isWhitespace(c)) {
                out.append(rewrite(word.toString())).append(c);
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        return out.append(rewrite(word.toString())).toString();
    }

    private static String rewrite(String word) {
        if (word.isEmpty() || OPERATORS.contains(word)) {
            return word;
        }
        int start = 0;
        while (start < word.length() && LEADING.indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        int end = word.length();
        while (end > start && word.charAt(end - 1) == ')') {
            end--;
        }
        String body = word.substring(start, end);
        if (hanCount(body) < MIN_HAN || body.chars().anyMatch(ch -> SYNTAX.indexOf(ch) >= 0)) {
            return word;
        }
        return word.substring(0, start) + '"' + body + '"' + word.substring(end);
    }

    private static long hanCount(String text) {
        return text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
    }

    private static boolean escaped(String text, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
