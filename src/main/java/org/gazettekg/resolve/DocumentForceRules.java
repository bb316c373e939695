package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The legal force of a 公文 that is no law, regulation, rule or standard, from its issuer, its 文种 (the
 * kind word its title ends with) and whether it bears a 发文字号. These rules come after those of
 * {@link LegalForceRules} and the law catalog, which decide the binding instruments; what they give is
 * the broad concept the evidence supports (行政规范性文件和工作文件, 党内规范性文件和工作文件, or wider still
 * where the issuer is unknown), never a finer one it does not. See docs/legal-force.md.
 */
public final class DocumentForceRules {

    /** The kind of body that issued a document, as far as its name says. */
    enum BodyKind {
        /** A government, its general office, a department, a development zone's committee. */
        ADMINISTRATIVE,
        /** A Party committee, its office or department. */
        PARTY,
        /** A congress, court, procuratorate, supervisory commission, or a name that does not say. */
        OTHER
    }

    /**
     * Kind words no law, regulation, rule, Party regulation, judicial interpretation or standard takes:
     * laws and regulations are named 法, 条例, 规定, 办法, 细则 (行政法规制定程序条例 art. 5); rules 规定, 办法
     * (规章制定程序条例 art. 6); Party regulations 党章, 准则, 条例, 规定, 办法, 规则, 细则 (党内法规制定条例 art. 5);
     * judicial interpretations 解释, 规定, 规则, 批复, 决定 (最高人民法院关于司法解释工作的规定 art. 6). 意见,
     * 目录, 名录, 清单 and 标准 are left out: old judicial interpretations were named 意见, and catalogues
     * (产业结构调整指导目录) and lists are promulgated as departmental rules.
     */
    static final Set<String> POLICY_KINDS = Set.of("方案", "计划", "规划", "预案", "通知", "通报", "纲要", "要点",
            "指引", "措施", "请示", "报告");

    /** Kind words of documents addressed to one body, without general binding force. */
    static final Set<String> WORKING_KINDS = Set.of("请示", "报告", "批复");

    /** Kind words of an administrative body's documents that no regulation or rule takes, beyond {@link #POLICY_KINDS}. */
    static final Set<String> ADMINISTRATIVE_KINDS = Set.of("意见", "实施意见", "指导意见", "通告", "公告", "函");

    /** Kind words a local regulation, a local government rule and a normative document may all take. */
    static final Set<String> LOCAL_INSTRUMENT_KINDS = Set.of("办法", "规定", "细则", "规则", "目录", "名录", "清单");

    /** Kind words an administrative or Party body's document may end with, beyond {@link #POLICY_KINDS}. */
    private static final List<String> KINDS = List.of("实施意见", "指导意见", "意见", "决定", "批复", "函", "通告", "公告",
            "办法", "规定", "细则", "规则", "准则", "条例", "目录", "名录", "清单", "标准", "规范", "指南", "建议", "决议");

    /** A Party body: 中共…, 中国共产党…, 中央… (not 中央人民政府), a Party committee (省委, 市委办公室 …). */
    private static final Pattern PARTY = Pattern.compile(
            "^(?:中共|中国共产党|中办|党中央|中央(?!人民政府))|(?:省|市|县|区|州|盟|旗)委(?:办公厅|办公室|组织部|宣传部|统战部|政法委员会)?$");
    /** Organs that are no administrative body. */
    private static final Pattern NOT_ADMINISTRATIVE = Pattern.compile(
            "人民代表大会|人大|政治协商|政协|法院|检察院|监察委员会|纪律检查|纪委|精神文明|共青团|工会|妇女联合会|妇联");
    /** The name endings of administrative bodies. */
    private static final Pattern ADMINISTRATIVE = Pattern.compile(
            "(?:国务院|国办|人民政府|政府|行政公署|行署|办公厅|办公室|厅|局|部|署|总局|管理委员会|管委会"
                    + "|发展和改革委员会|发展改革委|发改委|卫生健康委员会|卫生健康委|卫健委|国有资产监督管理委员会|国资委"
                    + "|中国人民银行\\p{IsHan}*)$");
    /** A body that may make rules: the State Council, a ministry, a provincial or city government. */
    private static final Pattern RULE_MAKER = Pattern.compile("(?:^国务院$|人民政府$|部$|委员会$|委$|总局$|署$|局$|中国人民银行$)");

    private DocumentForceRules() {
    }

    /**
     * The legal force the issuer, title and number of a document decide, or empty.
     *
     * <ul>
     * <li><b>An administrative body's 请示, 报告 or 批复 → 工作文件.</b> These are addressed to one body and bind no
     * one else: 国办发〔2018〕37号 counts as 行政规范性文件 only documents of general binding force.
     * <li><b>An administrative body's document with a 发文字号, or of a kind in {@link #POLICY_KINDS} or
     * {@link #ADMINISTRATIVE_KINDS} (意见, 通告, 公告, 函), or of a body
     * that makes no rules (an office, a local department, a county government) → 行政规范性文件和工作文件.</b>
     * Administrative regulations and rules are promulgated by an order (国务院令, 政府令, 部门令: 立法法 art. 77,
     * 91, 93; 规章制定程序条例 art. 32), so a document under a 发文字号 is neither; only the State Council, its
     * departments and the governments of provinces and cities with districts make regulations or rules.
     * <li><b>A Party body's document with a 发文字号 or of a kind no Party regulation takes (决定, 意见, 通知, 方案 …)
     * → 党内规范性文件和工作文件.</b> Party regulations are named only 党章, 准则, 条例, 规定, 办法, 规则, 细则
     * (党内法规制定条例 art. 5); a Party regulation issued by a numbered notice is decided before, by its title.
     * <li><b>A county's document, or a city's numbered one of no known issuer → 其他规范性文件和工作文件.</b> Counties
     * make no regulations, rules or Party regulations, and a city's congress promulgates its regulations by a
     * 公告, its government its rules by a 政府令, never under a 发文字号 (立法法 art. 81, 93; 党内法规制定条例 art. 4
     * gives no city Party committee the power).
     * <li><b>A document of an office of a province, city or county that is neither a government's nor a Party
     * committee's by its name (山西省治超办) → 其他规范性文件和工作文件</b>: no office makes laws, regulations, rules
     * or Party regulations.
     * <li><b>A document of any other or no known issuer whose kind is in {@link #POLICY_KINDS} →
     * 其他规范性文件和工作文件.</b>
     * </ul>
     * Joint issuers: the first (lead) body decides.
     *
     * @param issuer   the issuing body (joint ones joined by 、, | or spaces), or null where none is known
     * @param level    the issuer's level, or null
     * @param title    the title as printed, or null
     * @param numbered whether the document is cited with a 发文字号 (代字〔年〕号; not an order number)
     */
    public static Optional<LegalForce> of(String issuer, Level level, String title, boolean numbered) {
        String kind = title == null ? null : kindOf(title);
        BodyKind body = issuer == null ? BodyKind.OTHER : kindOfBody(issuer);
        if (body == BodyKind.ADMINISTRATIVE) {
            if (kind != null && WORKING_KINDS.contains(kind)) {
                return Optional.of(LegalForce.WORKING_DOCUMENT);
            }
            boolean ruleKind = kind == null || !(POLICY_KINDS.contains(kind) || ADMINISTRATIVE_KINDS.contains(kind));
            if (numbered || !ruleKind || (!makesRules(lead(issuer), level) && !"条例".equals(kind))) {
                return Optional.of(LegalForce.ADMINISTRATIVE_DOCUMENT);
            }
            return localInstrument(level, kind);
        }
        if (body == BodyKind.PARTY && kind != null) {
            boolean partyRegulationName = Set.of("条例", "规定", "办法", "规则", "细则", "准则").contains(kind);
            return partyRegulationName ? Optional.empty() : Optional.of(LegalForce.PARTY_DOCUMENT);
        }
        if (body == BodyKind.OTHER && isLocalOffice(issuer, level)) {
            return Optional.of(LegalForce.OTHER_DOCUMENT);
        }
        boolean decision = "决定".equals(kind) || "决议".equals(kind);
        if (!decision && (level == Level.COUNTY || numbered && level == Level.MUNICIPAL)) {
            return Optional.of(LegalForce.OTHER_DOCUMENT);
        }
        if (body == BodyKind.OTHER && kind != null && POLICY_KINDS.contains(kind)) {
            return Optional.of(LegalForce.OTHER_DOCUMENT);
        }
        if (issuer == null && isLocal(level) && kind != null && ADMINISTRATIVE_KINDS.contains(kind)) {
            // Only the supreme court and procuratorate make judicial interpretations, the reason 意见 decides nothing nationally.
            return Optional.of(LegalForce.OTHER_DOCUMENT);
        }
        return issuer == null && !numbered ? localInstrument(level, kind) : Optional.empty();
    }

    /**
     * A province's or city's 办法, 规定, 细则, 规则, 目录, 名录 or 清单 that nothing else decides → the broad
     * 地方性法规、地方政府规章或规范性文件: each of the three may take these names (立法法 art. 81, 93;
     * 规章制定程序条例 art. 6), so only the broader concept is stated.
     */
    private static Optional<LegalForce> localInstrument(Level level, String kind) {
        return isLocal(level) && kind != null && LOCAL_INSTRUMENT_KINDS.contains(kind)
                ? Optional.of(LegalForce.LOCAL_INSTRUMENT) : Optional.empty();
    }

    /**
     * An office (…办, …办公室, …办公厅) of a province, city or county that the name does not tell to be a
     * government's or a Party committee's (山西省治超办, a leading group's office; a committee's or a congress's
     * office): it makes no law, regulation, rule or Party regulation. Local regulations are made by the
     * congresses and their standing committees themselves (立法法 art. 80, 81), rules by the governments
     * (art. 93), Party regulations below the centre only by the committees of provinces (党内法规制定条例
     * art. 4); none of them by an office. National offices are left out: offices of the Party's centre make
     * Party regulations.
     */
    private static boolean isLocalOffice(String issuer, Level level) {
        return issuer != null && level != null && level != Level.NATIONAL && OFFICE.matcher(lead(issuer)).find();
    }

    /** A province (or municipality) or a city: the levels that make local regulations and rules. */
    private static boolean isLocal(Level level) {
        return level == Level.PROVINCIAL || level == Level.MUNICIPAL;
    }

    /** The kind of the lead issuer. */
    static BodyKind kindOfBody(String issuer) {
        requireNonNull(issuer, "issuer");
        String lead = lead(issuer);
        if (lead.isEmpty() || NOT_ADMINISTRATIVE.matcher(lead).find()) {
            return BodyKind.OTHER;
        }
        if (PARTY.matcher(lead).find()) {
            return BodyKind.PARTY;
        }
        // 长治市精神文明建设指导委员会办公室 and the like: a committee's office is its committee's kind.
        if (COMMITTEE_OFFICE.matcher(lead).matches() && !GOVERNMENT_OR_COMMITTEE.matcher(lead).matches()) {
            return BodyKind.OTHER;
        }
        return ADMINISTRATIVE.matcher(lead).find() ? BodyKind.ADMINISTRATIVE : BodyKind.OTHER;
    }

    // expressions compiled once (they were String.replaceAll/matches/split arguments, compiled at each call)
    private static final Pattern COMMITTEE_OFFICE = Pattern.compile(".*委员会办公室$");
    /** The name ending of an office: 办公厅, 办公室, or its short form 办 (治超办, 文明办). */
    private static final Pattern OFFICE = Pattern.compile("\\p{IsHan}{2,}(?:办|办公室|办公厅)$");
    private static final Pattern GOVERNMENT_OR_COMMITTEE = Pattern.compile(".*(?:人民政府|管理委员会).*");
    private static final Pattern LAST_BRACKETS = Pattern.compile("\\([^()]*\\)$");
    private static final Pattern ISSUER_SEPARATORS = Pattern.compile("[|、,，\\s]+");
    private static final Pattern AND_OTHERS = Pattern.compile("等\\p{IsHan}{0,5}$");

    /**
     * The 文种 a title ends with (通知, 方案, 实施意见 …), once edition and status brackets ((试行), (2018—2020年),
     * (2019年版)) are set aside; null where it ends with none known.
     */
    static String kindOf(String title) {
        String t = LawTitles.key(title);
        String previous;
        do {
            previous = t;
            t = LAST_BRACKETS.matcher(t).replaceAll("");
        } while (!t.equals(previous));
        for (String k : POLICY_KINDS) {
            if (t.endsWith(k)) {
                return k;
            }
        }
        String found = null;
        for (String k : KINDS) {
            if (t.endsWith(k) && (found == null || k.length() > found.length())) {
                found = k;
            }
        }
        return found;
    }

    /** The first of joint issuers. */
    private static String lead(String issuer) {
        return AND_OTHERS.matcher(ISSUER_SEPARATORS.split(LawTitles.name(issuer))[0]).replaceFirst("");
    }

    /** Whether the body may make regulations or rules: the State Council, a ministry, a provincial or city government. */
    private static boolean makesRules(String lead, Level level) {
        if (lead.endsWith("办公厅") || lead.endsWith("办公室")) {
            return false;
        }
        if (level == Level.NATIONAL) {
            return RULE_MAKER.matcher(lead).find();
        }
        return (level == Level.PROVINCIAL || level == Level.MUNICIPAL) && lead.endsWith("人民政府")
                || level == null;
    }

}
