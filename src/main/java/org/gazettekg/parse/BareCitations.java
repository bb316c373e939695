package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Reads the numbers a document cites with no title: bare 文号 (their 机关代字 cut off the words
 * before them), standard numbers and order numbers, each where no title has claimed it.
 */
final class BareCitations {

    /** Lines at the top of a document that may hold its heading and its own 文号. */
    static final int HEADING_LINES = 6;

    private final AgencyCodes agencyCodes;

    /** A reader that separates bare 文号 from the words before them with {@code agencyCodes}. */
    BareCitations(AgencyCodes agencyCodes) {
        this.agencyCodes = requireNonNull(agencyCodes, "agencyCodes");
    }

    /** Adds to {@code scan} the bare 文号, then the bare standard and order numbers, of its text. */
    void read(CitationScan scan) {
        readBareNumbers(scan);
        readBareStandardsAndOrders(scan);
    }

    private void readBareNumbers(CitationScan scan) {
        for (MatchResult m : AnchoredMatches.find(CitationNumbers.DOC_NUMBER, scan.s, CitationNumbers::isYearBracketAt,
                CitationNumbers::earliestDocNumberStart)) {
            if (scan.isConsumed(m.start(), m.end())) {
                continue;
            }
            int codeStart = bareCodeStart(scan, m.start(1), m.end(1));
            String code = CitationRules.squeeze(scan.s.substring(codeStart, m.end(1)));
            String number = CitationNumbers.canonical(m, code);
            if (code.length() < CitationNumbers.MIN_CODE_LENGTH || number.equals(scan.ownNumber)
                    || isHeadingNumber(scan, codeStart, m.end())) {
                continue;
            }
            scan.consume(codeStart, m.end());
            scan.add(codeStart, new Citation(scan.text.lineAt(codeStart), scan.s.substring(codeStart, m.end()).strip(),
                    number, null, null, CitationContext.relationAround(scan.s, codeStart, m.end())));
        }
    }

    /**
     * Whether the 文号 is the document's own, printed on a line of its own under the heading:
     * this holds even where the caller could not read the document's number.
     */
    private static boolean isHeadingNumber(CitationScan scan, int start, int end) {
        int index = scan.text.joinedLineIndexAt(start);
        return index < HEADING_LINES && index == scan.text.joinedLineIndexAt(end - 1)
                && CitationRules.squeeze(scan.text.lines().get(index))
                        .equals(CitationRules.squeeze(scan.s.substring(start, end)));
    }

    /**
     * Where the 机关代字 of a bare 文号 begins inside the run of characters before its year: after a
     * line break that leaves a whole code, after the words that introduce it (省政府, 按照, 详见 …), or
     * where a known 机关代字 begins.
     */
    private int bareCodeStart(CitationScan scan, int start, int end) {
        int lineStart = scan.text.lastLineStartWithin(start, end);
        if (lineStart > 0 && end - lineStart >= CitationNumbers.MIN_CODE_LENGTH) {
            start = lineStart;
        }
        Matcher lead = CitationRules.CODE_LEAD.matcher(scan.s).region(start, end);
        if (lead.lookingAt() && end - lead.end() >= CitationNumbers.MIN_CODE_LENGTH) {
            start = lead.end();
        }
        return knownCodeStart(scan.s.substring(start, end)) + start;
    }

    /**
     * Where a known 机关代字 begins in {@code run} when the run does not already start with one: only
     * after the issuer named in words (国家发展改革委发改能源…), so that a local code ending with a
     * national one (海发改办) is kept whole.
     */
    private int knownCodeStart(String run) {
        if (agencyCodes.lookup(run).isPresent()) {
            return 0;
        }
        for (int i = 1; i <= run.length() - CitationNumbers.MIN_CODE_LENGTH; i++) {
            String tail = run.substring(i);
            if (CitationRules.BODY_ENDING.matcher(run.substring(0, i)).find() && agencyCodes.lookup(tail)
                    .filter(a -> a.prefix().length() >= CitationNumbers.MIN_CODE_LENGTH).isPresent()) {
                return i;
            }
        }
        return 0;
    }

    private static void readBareStandardsAndOrders(CitationScan scan) {
        for (MatchResult standard : AnchoredMatches.find(CitationNumbers.STANDARD_NUMBER, scan.s,
                c -> c >= 'A' && c <= 'Z', (text, anchor) -> anchor)) {
            addBare(scan, standard.start(), standard.end());
        }
        for (MatchResult order : AnchoredMatches.find(CitationNumbers.ORDER_NUMBER, scan.s,
                c -> c == CitationNumbers.ORDER_MARK, (text, anchor) -> anchor - CitationNumbers.MAX_ORDER_ISSUER)) {
            int start = orderIssuerStart(scan.s, order.start(1), order.end(1));
            if (start >= 0) {
                addBareOrder(scan, jointStart(scan.s, start), order.end());
            }
        }
    }

    private static int orderIssuerStart(String s, int start, int end) {
        Matcher lead = CitationRules.ISSUER_LEAD.matcher(s).region(start, end);
        int from = lead.lookingAt() ? lead.end() : start;
        return end - from >= CitationNumbers.MIN_CODE_LENGTH ? from : -1;
    }

    /**
     * Where a joint order begins when bodies joined by 、 are printed before the one read (根据监察部、人力资源社会保障部、
     * 国家税务总局令第26号): its lead body is the first of them.
     */
    private static int jointStart(String s, int start) {
        int from = Math.max(0, start - CitationNumbers.MAX_ORDER_ISSUER * 7);
        Matcher joint = CitationNumbers.JOINT_BODIES_BEFORE.matcher(s).region(from, start);
        if (!joint.find()) {
            return start;
        }
        Matcher lead = CitationRules.ISSUER_LEAD.matcher(s).region(joint.start(), start);
        return lead.lookingAt() ? lead.end() : joint.start();
    }

    private static void addBareOrder(CitationScan scan, int start, int end) {
        if (scan.isConsumed(start, end)) {
            return;
        }
        scan.consume(start, end);
        String printed = scan.s.substring(start, end).strip();
        scan.add(start, new Citation(scan.text.lineAt(start), printed, CitationNumbers.orderNumber(printed), null, null,
                CitationContext.relationAround(scan.s, start, end)));
    }

    private static void addBare(CitationScan scan, int start, int end) {
        if (scan.isConsumed(start, end)) {
            return;
        }
        scan.consume(start, end);
        String printed = scan.s.substring(start, end).strip();
        scan.add(start, new Citation(scan.text.lineAt(start), printed, printed, null, null,
                CitationContext.relationAround(scan.s, start, end)));
    }
}
