package org.gazettekg.parse;

/**
 * An administrative division named in a document.
 *
 * @param line  the 1-based line of the mention (the first one in the document)
 * @param name  the division's full name as matched, e.g. 上党区
 * @param code  its statistical division code, or null when it is not in the gazetteer
 * @param level its level: province, city, county, township or village
 * @param event the change the document decrees on it (撤销, 设立, 划入, 更名 …), or null
 */
public record DivisionMention(int line, String name, String code, String level, String event) {
}
