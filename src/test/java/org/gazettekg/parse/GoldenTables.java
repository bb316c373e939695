package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.List;

/** Renders what the parser sends to a sink as the TSV lines of the golden files. */
final class GoldenTables {

    static final String DOCUMENT_HEADER = "line\tend\tdoc_number\tissuers\ttitle\tdate\tkind";
    static final String TOC_HEADER = "line\tgroup\tissuer\ttitle\tdoc_number\tpage\tannounced_line";

    private GoldenTables() {
    }

    static List<String> documents(RecordingSink sink) {
        List<String> rows = new ArrayList<>(List.of(DOCUMENT_HEADER));
        for (int i = 0; i < sink.documents.size(); i++) {
            DocumentRecord d = sink.documents.get(i);
            rows.add(String.join("\t", String.valueOf(d.startLine()), String.valueOf(d.endLine()),
                    d.docNumber() == null ? "" : d.docNumber().canonical(), String.join("|", sink.resolvedIssuers(i)),
                    d.title(), d.date() == null ? "" : d.date().toString(), d.kind() == null ? "" : d.kind()));
        }
        return rows;
    }

    static List<String> toc(RecordingSink sink) {
        List<String> rows = new ArrayList<>(List.of(TOC_HEADER));
        for (int i = 0; i < sink.tocEntries.size(); i++) {
            TocEntry e = sink.tocEntries.get(i);
            DocumentRecord a = sink.announced.get(i);
            rows.add(String.join("\t", String.valueOf(e.line()), nullToEmpty(e.group()), nullToEmpty(e.issuer()),
                    e.title(), e.docNumber() == null ? "" : e.docNumber().canonical(), nullToEmpty(e.page()),
                    a == null ? "" : String.valueOf(a.startLine())));
        }
        return rows;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
