package org.gazettekg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gazettekg.parse.DocumentRecord;

/**
 * The metadata block a government web page prints before a document (政府信息公开 pages): 发文机关,
 * 标题, 发文机关, 发文字号, 成文日期 as table rows ({@code | 发文字号: | 宁政发〔2026〕16号 |}, as nanjing-2023-docs prints them), set apart by blank lines, taken from
 * the document as read. Fields the document does not give are left out.
 */
final class DocumentPage {

    private DocumentPage() {
    }

    /** The lines of {@code doc}'s metadata block, a blank line before and after it. */
    static List<String> metadata(DocumentRecord doc) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("| 标题: | " + doc.title() + " |");
        if (!doc.issuers().isEmpty()) {
            lines.add("| 发文机关: | " + String.join("、", doc.issuers()) + " |");
        }
        if (doc.docNumber() != null) {
            lines.add("| 发文字号: | " + doc.docNumber().printed() + " |");
        }
        LocalDate date = doc.date();
        if (date != null) {
            lines.add("| 成文日期: | " + date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日 |");
        }
        lines.add("");
        return lines;
    }
}
