package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import org.gazettekg.parse.Citation.Relation;

/**
 * The word lists that decide what a 《title》 is: titles of things that are not policies
 * (certificates, forms, registers, lists an agency compiles), generic aliases, and the cue
 * words that state how a sentence relates to what it cites.
 */
final class CitationRules {

    /**
     * Title endings of things that are not policies: certificates and forms (…书 covers 证书, 聘书,
     * 通知书, 意见书, 承诺书 …; …证, …表), registers and record files (清册, 台账, 名册, 簿, 档案).
     */
    static final List<String> NON_DOCUMENT_SUFFIXES = List.of(
            "书", "证", "执照", "凭证", "卡", "表", "回执", "通知单",
            "清册", "台账", "台帐", "名册", "名单", "簿", "档案");

    /** Title ending of a list: a policy only when a province or the state issues it as a standard. */
    static final String LIST_SUFFIX = "清单";

    /** A title that opens with a province or the state: its lists are issued standards, not working lists. */
    static final Pattern ISSUED_LIST_OWNER = Pattern.compile(
            "^(?:中华人民共和国|国家|全国|[\\p{IsHan}]{2,3}省|[\\p{IsHan}]{2,8}自治区|北京市|天津市|上海市|重庆市)");

    /** A title made only of a 文种 (with a generic qualifier): an alias such as 《方案》《实施意见》. */
    static final Pattern GENERIC_ALIAS = Pattern.compile(
            "^(?:实施|工作|行动|试点|专项|总体|三年|管理|暂行)*"
                    + "(?:方案|规划|意见|办法|条例|规定|细则|规范|通知|计划|标准|决定|纲要|要点|规则|措施|制度|目录|法)$");

    /** Words printed right before a 《》 that declare it an alias: (以下简称《方案》). */
    static final Pattern ALIAS_CUE = Pattern.compile("(?:简称|统称|下称)[:：]?\\s*[“\"]?$");

    /** Characters printed right before 《 that mark a former version (原《…》), never the document's own text. */
    static final String FORMER_VERSION = "原旧";

    /** A trailing parenthesised edition or trial mark, ignored when looking at how a title ends. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final Pattern TRAILING_PARENTHESIS = Pattern.compile("[(（][^()（）]*[)）)]$");

    /** Cue words, strongest first: the first whose pattern occurs in the clause decides the relation. */
    static final List<RelationCue> RELATION_CUES = List.of(
            new RelationCue(Relation.REPEALS, Pattern.compile("废止|予以废除|停止执行")),
            new RelationCue(Relation.AMENDS, Pattern.compile("修订|修改|修正")),
            new RelationCue(Relation.BASED_ON, Pattern.compile("根据|依据|按照|依照")));

    /** One relation and the words that state it. */
    record RelationCue(Relation relation, Pattern words) {
    }

    /** Verbs printed before an issuing body's name and not part of it: 根据省民政厅、财政厅《…》. */
    static final Pattern ISSUER_LEAD = Pattern.compile(
            ".*(?:根据|依据|按照|依照|参照|对照|落实|贯彻|执行|遵照|结合|印发|转发|认真|深入|严格|精神|要求|规定|文件|以及|属于|传达|学习|或|的)");

    /** Words that point at the reader or writer instead of naming a body: 你局《…的请示》. */
    static final Pattern PRONOUN_ISSUER = Pattern.compile("^(?:你|贵|我|本|该|各)");

    /** The last characters of a body that issues documents (厅, 局, 国务院 …). */
    static final Pattern BODY_ENDING = Pattern.compile(
            "(?:厅|局|委|部|院|府|办|办公室|委员会|中央|省委|市委|政府|部门|总局|总署|署|会|中心|银行|分行|支行)$");

    /**
     * What may stand before a bare 文号's 机关代字 and is not part of it: verbs, connectives, the
     * pointers to another text (详见, 参见, 见) and the issuer named in words (省政府晋政发〔2018〕46号).
     */
    static final Pattern CODE_LEAD = Pattern.compile(
            ".*(?:根据|依据|按照|依照|参照|对照|落实|贯彻|执行|遵照|结合|印发|转发|精神|要求|规定|文件|以及"
                    + "|详见|参见|另见|参阅|见"
                    + "|政府|办公厅|办公室|国务院|省委|市委|县委|和|及|与|或|的)");

    private CitationRules() {
    }

    /** Whether a title names a certificate, form, register or working list rather than a policy. */
    static boolean isNonDocument(String title) {
        String stem = TRAILING_PARENTHESIS.matcher(title).replaceAll("");
        if (stem.endsWith(LIST_SUFFIX)) {
            return !ISSUED_LIST_OWNER.matcher(stem).find();
        }
        return NON_DOCUMENT_SUFFIXES.stream().anyMatch(stem::endsWith);
    }

    /** Whether a title is only a generic alias such as 《方案》. */
    static boolean isGenericAlias(String title) {
        return GENERIC_ALIAS.matcher(title).matches();
    }

    /** The relation a clause states toward what it cites. */
    static Relation relationIn(String clause) {
        requireNonNull(clause, "clause");
        return RELATION_CUES.stream().filter(c -> c.words().matcher(clause).find())
                .map(RelationCue::relation).findFirst().orElse(Relation.CITES);
    }

    /** A title or heading reduced for comparison: its {@link TitleKey}. */
    static String comparable(String s) {
        return TitleKey.of(s);
    }

    /** Whitespace removed. */
    static String squeeze(String s) {
        return WHITESPACE.matcher(s).replaceAll("");
    }
}
