package org.gazettekg.parse;

/**
 * One entry of the table of contents (目录).
 *
 * @param line      the 1-based first line of the entry
 * @param group     the group label it stands under (市政府文件 …), or null
 * @param issuer    the issuer printed with the entry, or null
 * @param title     the title, wrap spaces removed
 * @param docNumber the 文号 printed with the entry, or null
 * @param page      the page number as printed, or null
 */
public record TocEntry(int line, String group, String issuer, String title, DocNumber docNumber, String page) {
}
