package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One official document (公文) read from a gazette's body.
 *
 * @param startLine  the 1-based first line of its heading
 * @param endLine    the 1-based last line that belongs to it (enclosures included)
 * @param docNumber  its 文号, or null where none is printed
 * @param issuers    its issuing bodies, in the order printed (two or more for a joint document)
 * @param title      the title as the body heading prints it, wrap spaces removed
 * @param kind       the 文种 the title ends with (通知, 意见 …), or null
 * @param date       the 成文日期 under the covering signature, or null
 * @param text       the full text of its lines
 * @param citations  the references it makes to other policies
 * @param divisions  the administrative divisions it names
 * @param divisionChanges the changes to divisions it decrees (撤销, 设立, 划入 …)
 * @param unreadNumber a 文号 printed too damaged to read (牟政办发〔201746), kept as printed; null otherwise
 * @param metadata  what a web page's metadata block says of it, or null
 * @param signers   the bodies its covering signature prints, in order (empty when none)
 */
public record DocumentRecord(int startLine, int endLine, DocNumber docNumber, List<String> issuers, String title,
                             String kind, LocalDate date, String text, List<Citation> citations,
                             List<DivisionMention> divisions, List<DivisionChange> divisionChanges,
                             String unreadNumber, PageMetadata metadata, List<String> signers) {

    public DocumentRecord {
        requireNonNull(issuers, "issuers");
        requireNonNull(title, "title");
        requireNonNull(text, "text");
        issuers = List.copyOf(issuers);
        citations = List.copyOf(requireNonNull(citations, "citations"));
        divisions = List.copyOf(requireNonNull(divisions, "divisions"));
        divisionChanges = List.copyOf(requireNonNull(divisionChanges, "divisionChanges"));
        signers = List.copyOf(requireNonNull(signers, "signers"));
    }

    /** A document read from a gazette, with no page metadata and no damaged 文号. */
    public DocumentRecord(int startLine, int endLine, DocNumber docNumber, List<String> issuers, String title,
                          String kind, LocalDate date, String text, List<Citation> citations,
                          List<DivisionMention> divisions, List<DivisionChange> divisionChanges) {
        this(startLine, endLine, docNumber, issuers, title, kind, date, text, citations, divisions, divisionChanges,
                null, null, List.of());
    }

    /** The 文号 as printed: a readable one's printed form, or a damaged one; null when none is printed. */
    public String printedNumber() {
        return docNumber != null ? docNumber.printed() : unreadNumber;
    }

    /** A document that decrees no change to divisions. */
    public DocumentRecord(int startLine, int endLine, DocNumber docNumber, List<String> issuers, String title,
                          String kind, LocalDate date, String text, List<Citation> citations,
                          List<DivisionMention> divisions) {
        this(startLine, endLine, docNumber, issuers, title, kind, date, text, citations, divisions, List.of());
    }
}
