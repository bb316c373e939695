package org.gazettekg.parse;

import java.util.regex.Pattern;

/**
 * What some web copies of a 公文 add to its characters, removed from the text the readers see: the
 * pinyin a page prints after characters as reading aids (甘政發(fā)〔2023〕8號(hào)), and the question marks a
 * lost encoding leaves for full-width spaces (第一章?總?則, 甘肅省人民政府????). A pinyin annotation is a
 * syllable with a tone mark in brackets right after a Han character, which no 公文 prints; a run of
 * ASCII question marks next to a Han character is no Chinese punctuation (that is ？).
 */
final class ConversionDebris {

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private static final Pattern PINYIN = Pattern.compile(
            "(?<=\\p{IsHan})[(（][a-zü" + TONED + "]*[" + TONED + "][a-zü" + TONED + "]*[)）]");
    private static final Pattern LOST_SPACES = Pattern.compile("(?<=\\p{IsHan})\\?+|\\?+(?=\\p{IsHan})");

    private ConversionDebris() {
    }

    /** {@code line} without pinyin annotations, its lost spaces given back as spaces; {@code line} itself where it holds neither. */
    static String clean(String line) {
        if (line.indexOf('?') < 0 && line.indexOf(')') < 0 && line.indexOf('）') < 0) {
            return line;
        }
        String out = PINYIN.matcher(line).replaceAll("");
        return out.indexOf('?') < 0 ? out : LOST_SPACES.matcher(out).replaceAll(" ");
    }
}
