package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} gives, in the same order, for a pattern every match of which
 * holds an anchor character (the 〔 of a 文号, the 令 of an order number) no further from its start
 * than a known bound. Only the positions that bound allows before each anchor are tried, so a long
 * text with few anchors is not matched position by position: a pattern that opens with a run of
 * Han characters otherwise costs a backtracking attempt at every character of the document.
 */
final class AnchoredMatches {

    /** Where the earliest match holding the anchor at {@code anchor} in {@code text} can start. */
    @FunctionalInterface
    interface EarliestStart {
        /**
         * The earliest start; must not decrease as {@code anchor} grows.
         *
         * @param text   the text searched
         * @param anchor the position of an anchor character
         * @return the earliest position a match holding that anchor can start at
         */
        int of(String text, int anchor);
    }

    /** Whether the character at a position of a text is an anchor, the text around it considered. */
    @FunctionalInterface
    interface AnchorAt {
        /**
         * Whether {@code text} holds an anchor at {@code i}.
         *
         * @param text the text searched
         * @param i    a position in it
         * @return true for an anchor
         */
        boolean test(String text, int i);
    }

    private AnchoredMatches() {
    }

    /**
     * Every match of {@code pattern} in {@code text}, left to right, not overlapping.
     *
     * @param isAnchor      whether a character is an anchor
     * @param earliestStart the bound on a match's start, given its anchor
     */
    static List<MatchResult> find(Pattern pattern, String text, IntPredicate isAnchor, EarliestStart earliestStart) {
        requireNonNull(isAnchor, "isAnchor");
        return find(pattern, text, (t, i) -> isAnchor.test(t.charAt(i)), earliestStart);
    }

    /**
     * Every match of {@code pattern} in {@code text}, left to right, not overlapping, where whether a
     * position is an anchor may depend on the text around it (a bracket followed by a year): every match
     * must hold an anchor, and no match may hold a character that is not an anchor only by that context.
     *
     * @param isAnchor      whether a position is an anchor
     * @param earliestStart the bound on a match's start, given its anchor
     */
    static List<MatchResult> find(Pattern pattern, String text, AnchorAt isAnchor, EarliestStart earliestStart) {
        requireNonNull(pattern, "pattern");
        requireNonNull(text, "text");
        // Transparent bounds: look-behinds see the text before a region, as they do under find().
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<MatchResult> matches = new ArrayList<>();
        int pos = 0;
        int anchor = nextAnchor(text, pos, isAnchor);
        while (anchor >= 0) {
            MatchResult match = firstMatchFrom(m, text, Math.max(pos, earliestStart.of(text, anchor)), anchor);
            if (match == null) {
                pos = anchor + 1;
            } else {
                matches.add(match);
                pos = match.end() > match.start() ? match.end() : match.end() + 1;
            }
            anchor = nextAnchor(text, pos, isAnchor);
        }
        return matches;
    }

    private static MatchResult firstMatchFrom(Matcher m, String text, int from, int to) {
        for (int q = from; q <= to; q++) {
            m.region(q, text.length());
            if (m.lookingAt()) {
                return m.toMatchResult();
            }
        }
        return null;
    }

    private static int nextAnchor(String text, int from, AnchorAt isAnchor) {
        for (int i = from; i < text.length(); i++) {
            if (isAnchor.test(text, i)) {
                return i;
            }
        }
        return -1;
    }
}
