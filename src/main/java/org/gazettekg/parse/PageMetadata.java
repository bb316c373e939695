package org.gazettekg.parse;

import java.time.LocalDate;

/**
 * What a government web page's metadata block (索引号, 发文机构, 发文字号, 成文日期 …) says about the
 * document it describes: evidence, which the printed body overrides where they disagree. Dates of
 * publication, upload or generation are not the document's 成文日期 and are not kept, except
 * {@code generated} (生成日期), which some catalogues fill with the 成文日期 and which is used only
 * where the body prints no date, and {@code published}, kept only as the latest date the document can bear.
 *
 * @param startLine   the block's first line (1-based)
 * @param endLine     its last line
 * @param number      the 文号 it gives, readable, or null
 * @param printedNumber the 文号 as printed in it, or null when empty
 * @param issuer      the issuing body it names (发文机关, 发文机构), or null
 * @param publisher   the body that published the page (发布机构), or null: evidence of the place, not of the issuer
 * @param title       the document's title it gives (信息名称, 标题), or null
 * @param titleLine   the line holding the title, or 0
 * @param written     its 成文日期, or null
 * @param generated   its 生成日期, or null
 * @param published   the page's publication date (发布日期, 发布时间, 公开日期), or null: never the document's date,
 *                    but a bound, since a document is written before its page is put online
 */
public record PageMetadata(int startLine, int endLine, DocNumber number, String printedNumber, String issuer,
                           String publisher, String title, int titleLine, LocalDate written, LocalDate generated,
                           LocalDate published) {

    /** A block that prints no publication date. */
    public PageMetadata(int startLine, int endLine, DocNumber number, String printedNumber, String issuer,
                        String publisher, String title, int titleLine, LocalDate written, LocalDate generated) {
        this(startLine, endLine, number, printedNumber, issuer, publisher, title, titleLine, written, generated, null);
    }

    /** The date the block gives as the document's own: 成文日期, failing that 生成日期. */
    public LocalDate documentDate() {
        return written != null ? written : generated;
    }
}
