package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazettekg.parse.Gazetteer;

/**
 * The legal force (效力级别) of a policy the law catalog does not hold, by rule: from its number (a
 * standard's code, an order number, a 规 number), from its issuer and the kind word its title ends with,
 * or from a title that names a province or city and ends with 条例. Each rule says in its javadoc why
 * the number, issuer or title decides the force; a policy no rule decides has none (empty), never a
 * guess.
 */
public final class LegalForceRules {

    /** A national standard: GB (mandatory), GB/T (recommended) or GB/Z (guidance), then its number. */
    private static final Pattern NATIONAL_STANDARD = Pattern.compile("^GB(?:/[TZ])?\\d");
    /** A local standard: DB + a province's (or city's) division code, optionally /T, then /number. */
    private static final Pattern LOCAL_STANDARD = Pattern.compile("^DB\\d{2}(?:\\d{2})?(?:/T)?/?\\d");
    /** A sector standard: its sector's code (HJ, JGJ, NY/T …), optionally /T or /Z, then its number. */
    private static final Pattern SECTOR_STANDARD = Pattern.compile("^([A-Z]{1,3})(?:/[TZ])?\\d+(?:\\.\\d+)*[-—–－]\\d{2,4}$");

    /**
     * The sector codes of 行业标准 (行业标准管理办法 and the national standardisation administration's list
     * of 行业标准代号), and the codes of sector engineering standards (JGJ, CJJ, JTG …). A code that is not
     * listed (a company's Q/…, an association's T/…) decides nothing.
     */
    static final Set<String> SECTOR_CODES = Set.of("AQ", "BB", "CB", "CH", "CJ", "CJJ", "CY", "DA", "DL", "DZ",
            "EJ", "FZ", "GA", "GC", "GH", "GM", "GY", "HB", "HG", "HJ", "HS", "HY", "JB", "JC", "JG", "JGJ", "JR",
            "JT", "JTG", "JY", "LB", "LD", "LS", "LY", "MH", "MT", "MZ", "NB", "NY", "QB", "QC", "QJ", "QX", "SB",
            "SC", "SF", "SH", "SJ", "SL", "SN", "SY", "TB", "TD", "TY", "WB", "WH", "WJ", "WM", "WS", "WW", "XB",
            "XF", "YB", "YC", "YD", "YS", "YY", "YZ", "ZY");

    /** A number in an order: 713, 二十四. */
    private static final String NUM = "[0-9〇零一二三四五六七八九十百千]+";
    /** What follows a body's name in an order number: 令第713号, 令2019年第29号, 令(2019)第3号, 第713号令, 令. */
    private static final String ORDER = "(?:令(?:\\d{4}年|\\(\\d{4}\\))?第?" + NUM + "号|第" + NUM + "号令|令)$";
    /** An order of the President: (中华人民共和国)主席令第N号. */
    private static final Pattern PRESIDENT_ORDER = Pattern.compile("^(?:中华人民共和国)?主席" + ORDER);
    /** An order of the State Council: (中华人民共和国)国务院令第N号, 国务院第N号令. */
    private static final Pattern STATE_COUNCIL_ORDER = Pattern.compile("^(?:中华人民共和国)?国务院" + ORDER);
    /** An order of a provincial or city government: 山西省人民政府令第290号, 长治市人民政府令第N号, 省政府令第N号. */
    private static final Pattern GOVERNMENT_ORDER = Pattern.compile("(?:省|自治区|市|自治州)(?:人民)?政府" + ORDER);
    /** An order of a ministry, commission or bureau of the State Council: 交通运输部令2019年第29号. */
    private static final Pattern DEPARTMENT_ORDER = Pattern.compile("(?:部|委员会|委|总局|署|局|中国人民银行)" + ORDER);
    /** A 规 number: the 机关代字 ends with 规 or 规字 before the year: 长政规〔2024〕1号, 宁政办规字〔2023〕2号. */
    private static final Pattern NORMATIVE_NUMBER = Pattern.compile("规字?\\(\\d{4}\\)\\d+号$");

    /** Kind words of instruments that can be 法规, 规章 or 党内法规 (not 通知, 意见, 方案 …). */
    private static final Pattern RULE_KIND = Pattern.compile("(?:条例|规定|办法|细则|规则|准则|决定)(?:\\((?:试行|暂行)\\))?$");
    /** A people's congress of a province or a city, or its standing committee. */
    private static final Pattern LOCAL_CONGRESS = Pattern.compile(
            "(?:省|自治区|市|自治州)人民代表大会(?:常务委员会)?$");
    /** The national people's congress or its standing committee. */
    private static final Pattern NATIONAL_CONGRESS = Pattern.compile("^全国人民代表大会(?:常务委员会)?$");
    /** A body of the Communist Party of China: 中共中央, 中共中央办公厅, 中央纪委, 中共山西省委 …. */
    private static final Pattern PARTY_BODY = Pattern.compile(
            "^(?:中共|中国共产党|中央纪委|中央纪律检查委员会|中央办公厅|中央组织部|中央宣传部|中央).*");

    /**
     * A Party committee below a province (中共长治市委, 中共交城县委办公室): 党内法规制定条例 art. 4 gives only the
     * central organs and the committees of provinces, autonomous regions and municipalities the power.
     */
    private static final Pattern LOCAL_PARTY_BODY = Pattern.compile(
            "^中共(?!北京市|天津市|上海市|重庆市)\\p{IsHan}{1,12}?(?:市|州|盟|地区|县|区|旗)委");

    private LegalForceRules() {
    }

    /**
     * The legal force a number decides, or empty.
     *
     * <ul>
     * <li><b>GB, GB/T, GB/Z → 国家标准.</b> The 标准化法 (art. 2, 10, 11) reserves the code GB to standards issued by
     * the national standardisation administration; GB/T is the recommended and GB/Z the guidance form.
     * <li><b>DB + division code → 地方标准.</b> Local standards are numbered DB + the two (province) or four
     * (city) digits of the issuing division's code (地方标准管理办法): DB14/1929—2019 is Shanxi's.
     * <li><b>A listed sector code (HJ, HJ/T, JGJ, NY/T …) → 行业标准.</b> Sector standards carry the code of the
     * department that issues them (HJ 生态环境部, JGJ 住房和城乡建设部); unlisted codes (Q/ company, T/ association
     * standards) are not sector standards and decide nothing.
     * <li><b>主席令 → 法律.</b> Laws of the NPC and its Standing Committee are promulgated by an order of the
     * President (宪法 art. 80, 立法法 art. 59).
     * <li><b>国务院令 → 行政法规.</b> Administrative regulations are promulgated by an order of the State Council
     * signed by the Premier (立法法 art. 77, 行政法规制定程序条例 art. 27), and the State Council numbers nothing
     * else as 国务院令.
     * <li><b>…省/自治区/市/自治州人民政府令 → 地方政府规章.</b> A government rule is promulgated by an order of
     * the government that makes it (立法法 art. 93, 规章制定程序条例 art. 32), and only provincial governments and
     * those of cities with districts and autonomous prefectures make rules; county governments issue no
     * 政府令.
     * <li><b>…部/委员会/总局/署/局令 → 部门规章.</b> A departmental rule is promulgated by an order of its ministry,
     * commission or directly affiliated body (立法法 art. 91 and 96 of the 2023 text, 规章制定程序条例 art. 32):
     * 交通运输部令2019年第29号; a joint rule takes the lead body's order number (监察部、人力资源社会保障部、国家税务总局令第26号).
     * Local bureaus make no rules and issue no 令.
     * <li><b>A 规 number (长政规〔2024〕1号, 晋科规〔2024〕4号, 宁政办规字〔2023〕2号) → 规范性文件.</b> Governments that
     * register administrative normative documents give them a number of their own whose 机关代字 ends in 规
     * or 规字 (the State Council's guidance on 行政规范性文件 制定和监督管理, 国办发〔2018〕37号, and the provinces'
     * rules after it); no other kind of document is numbered so.
     * </ul>
     */
    public static Optional<LegalForce> forceOfNumber(String number) {
        requireNonNull(number, "number");
        String n = IN_BRACKETS.matcher(compact(number).toUpperCase()).replaceAll("$1");
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (NATIONAL_STANDARD.matcher(n).find()) {
            return Optional.of(LegalForce.NATIONAL_STANDARD);
        }
        if (LOCAL_STANDARD.matcher(n).find()) {
            return Optional.of(LegalForce.LOCAL_STANDARD);
        }
        Matcher sector = SECTOR_STANDARD.matcher(n);
        if (sector.find() && SECTOR_CODES.contains(sector.group(1))) {
            return Optional.of(LegalForce.SECTOR_STANDARD);
        }
        if (PRESIDENT_ORDER.matcher(n).find()) {
            return Optional.of(LegalForce.LAW);
        }
        if (STATE_COUNCIL_ORDER.matcher(n).find()) {
            return Optional.of(LegalForce.ADMINISTRATIVE_REGULATION);
        }
        if (GOVERNMENT_ORDER.matcher(n).find()) {
            return Optional.of(LegalForce.LOCAL_GOVERNMENT_RULE);
        }
        if (DEPARTMENT_ORDER.matcher(n).find() && !n.contains("政府")) {
            return Optional.of(LegalForce.DEPARTMENTAL_RULE);
        }
        if (NORMATIVE_NUMBER.matcher(n).find()) {
            return Optional.of(LegalForce.NORMATIVE_DOCUMENT);
        }
        return Optional.empty();
    }

    /**
     * The legal force an issuer and the kind word of the title decide, or empty. Only titles that end with
     * the kind word of a rule-making instrument (条例, 规定, 办法, 细则, 规则, 准则, 决定, with (试行) or (暂行)) are
     * decided: a 通知 or 意见 of the same body is none of these.
     *
     * <ul>
     * <li><b>A provincial or city people's congress or its standing committee → 地方性法规.</b> Local
     * regulations are made by the congresses of provinces and of cities with districts and autonomous
     * prefectures (立法法 art. 80, 81); county congresses make none, so an issuer ending in 县人民代表大会
     * decides nothing.
     * <li><b>全国人民代表大会 or its standing committee → 法律.</b> Its 条例, 规定 and 决定 on legal questions are
     * laws (立法法 art. 10; the national database files them under 法律).
     * <li><b>A body of the Party (中共中央, 中共中央办公厅, 中央纪委, 中共…省委 …), alone or first of joint issuers,
     * with a title not ending in 决定 → 党内法规; a committee below a province (中共长治市委) decides nothing.</b> 中国共产党党内法规制定条例 (art. 3, 4, 5) makes the 党章, 准则, 条例, 规定, 办法, 规则 and 细则 of
     * these bodies Party regulations, including those issued jointly with a government office
     * (党政联合发文, such as 党政主要领导干部和国有企事业单位主要领导人员经济责任审计规定).
     * </ul>
     *
     * @param issuer the issuing body, joint issuers joined by {@code |} or 、 in the order printed
     * @param title the title, as printed
     */
    public static Optional<LegalForce> forceOfIssuer(String issuer, String title) {
        requireNonNull(issuer, "issuer");
        requireNonNull(title, "title");
        String t = LawTitles.key(title);
        if (!RULE_KIND.matcher(t).find()) {
            return Optional.empty();
        }
        String first = ISSUER_SEPARATOR.split(compact(issuer))[0];
        if (first.isEmpty()) {
            return Optional.empty();
        }
        if (NATIONAL_CONGRESS.matcher(first).find()) {
            return Optional.of(LegalForce.LAW);
        }
        if (LOCAL_CONGRESS.matcher(first).find()) {
            return Optional.of(LegalForce.LOCAL_REGULATION);
        }
        if (PARTY_BODY.matcher(first).matches() && !first.startsWith("中央人民政府") && !DECISION.matcher(t).matches()
                && !LOCAL_PARTY_BODY.matcher(first).find()) {
            return Optional.of(LegalForce.PARTY_REGULATION);
        }
        return Optional.empty();
    }

    /**
     * The legal force a title alone decides, or empty.
     *
     * <ul>
     * <li><b>A title that begins with the name of a province (山西省) or of a prefecture-level city of the
     * gazetteer (长治市) and ends with 条例 → 地方性法规.</b> Only people's congresses name their instruments
     * 条例 at the local level: government rules "一般称'规定''办法'，但不得称'条例'" (规章制定程序条例 art. 6),
     * and the State Council's regulations, which may be called 条例, are national and never begin with a
     * place's name.
     * <li><b>A title that begins with the name of a province or such a city and reads 实施《中华人民共和国…法》办法
     * → 地方性法规</b> (山西省实施〈中华人民共和国水土保持法〉办法): the form in which local congresses adapt a
     * national law to their place (立法法 art. 82: matters "为执行法律、行政法规的规定，需要根据本行政区域的实际情况
     * 作具体规定的事项"); governments implement administrative regulations (实施《…条例》办法), which the rule leaves out.
     * <li><b>A title that begins with 中国共产党 and ends with 条例, 准则, 规定, 办法, 规则 or 细则 → 党内法规</b>
     * (中国共产党纪律处分条例, 中国共产党问责条例): 中国共产党党内法规制定条例 art. 5 gives Party regulations these
     * names, and only the Party titles its instruments so.
     * </ul>
     *
     * @param data the reference data whose province table and gazetteer name the places
     */
    public static Optional<LegalForce> forceOfTitle(String title, ReferenceData data) {
        requireNonNull(title, "title");
        requireNonNull(data, "data");
        String t = LawTitles.key(title);
        if (t.startsWith("中国共产党") && RULE_KIND.matcher(t).find() && !t.endsWith("决定")) {
            return Optional.of(LegalForce.PARTY_REGULATION);
        }
        if (!REGULATION.matcher(t).matches() && !IMPLEMENTS_A_LAW.matcher(t).find()) {
            return Optional.empty();
        }
        boolean province = data.provinces().all().stream().anyMatch(p -> t.startsWith(p.name()));
        boolean city = province || data.gazetteer().units(Gazetteer.CITY).stream().anyMatch(u -> t.startsWith(u.name()));
        return city ? Optional.of(LegalForce.LOCAL_REGULATION) : Optional.empty();
    }

    // expressions compiled once (they were String.replaceAll/matches/split arguments, compiled at each call)
    private static final Pattern IN_BRACKETS = Pattern.compile("^\\((.*)\\)$");
    private static final Pattern ISSUER_SEPARATOR = Pattern.compile("[|、,，]");
    private static final Pattern DECISION = Pattern.compile(".*决定(?:\\(.*\\))?$");
    private static final Pattern REGULATION = Pattern.compile(".+条例(?:\\((?:试行|暂行)\\))?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** 实施《中华人民共和国…法》办法 with its brackets removed, an edition or status in brackets at most after it. */
    private static final Pattern IMPLEMENTS_A_LAW =
            Pattern.compile("实施中华人民共和国\\p{IsHan}{1,30}法办法(?:\\([^()]*\\))*$");

    /** A 文号 or an issuer as the rules read it: {@link LawTitles#name(String)} without spaces. */
    private static String compact(String s) {
        return SPACES.matcher(LawTitles.name(s)).replaceAll("");
    }
}
