package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the names of issuing bodies (长治市人民政府办公室, 长治市财政局 …) by their structure: a
 * run of Han characters that ends with the word for a kind of body. Splits them off a heading or
 * TOC line, where they stand before the title separated by a space or glued to 关于.
 */
final class Issuers {

    /** What the name of an issuing body ends with, longest forms first. */
    private static final String BODY_SUFFIX =
            "人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|管理委员会|委员会|管委会|办公室|办公厅"
            + "|分局|分行|支行|总队|支队|中心|政府|局|厅|委|办|部|署|院"
            // people's organisations and bodies named for their function (总工会, 妇女联合会, 科学技术协会, 海关)
            + "|工会|联合会|协会|红十字会|海关|领导小组"
            // military bodies that issue jointly with a government (长治军分区, 太原警备区); not 区 alone, a place
            + "|军分区|警备区";
    private static final int MAX_NAME_LENGTH = 30;
    private static final Pattern BODY_NAME = Pattern.compile(
            "[\\p{IsHan}（）()]{1," + MAX_NAME_LENGTH + "}?(?:" + BODY_SUFFIX + ")");
    /** Words a title starts with when it is glued to its issuer. */
    private static final Pattern TITLE_START = Pattern.compile("关于|印发|转发|批转");
    /** Joint issuers printed in one run: 中共大同市委、大同市人民政府. */
    private static final String JOINT_SEPARATOR = "、";
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    /** A place a name opens with: a few characters ending with a division word. */
    private static final Pattern PLACE = Pattern.compile("\\p{IsHan}{1,8}?(?:省|自治区|市|自治州|州|盟|地区|县|区|旗)");
    /** Joint issuers abbreviated to the first and a count: 甘肃省发展和改革委员会等10部门, 市财政局等部门. */
    private static final Pattern ABBREVIATED_JOINT = Pattern.compile(
            "^(.+?)等(?:[0-9０-９一二三四五六七八九十]+个?)?(?:部门|单位)$");

    /**
     * A heading or TOC line split into its issuers and the rest.
     *
     * @param issuers the issuing bodies printed at its start, in order (empty when none)
     * @param rest    what follows them, spaces kept
     */
    record Split(List<String> issuers, String rest) {
    }

    private Issuers() {
    }

    /** True when {@code name} (no spaces) looks like the name of one issuing body, or of a joint group abbreviated (…等10部门). */
    static boolean isBodyName(String name) {
        Matcher abbreviated = ABBREVIATED_JOINT.matcher(name);
        if (abbreviated.matches()) {
            return isSingleBodyName(abbreviated.group(1));
        }
        return isSingleBodyName(name);
    }

    private static boolean isSingleBodyName(String name) {
        return name.length() <= MAX_NAME_LENGTH && !name.contains("关于") && !name.contains("的")
                && !TITLE_START.matcher(name).lookingAt()
                && BODY_NAME.matcher(name).matches();
    }

    /**
     * The lead body of a joint group printed abbreviated (甘肃省发展和改革委员会等10部门 → 甘肃省发展和改革委员会),
     * or null when {@code name} is not such a group.
     */
    static String abbreviatedLead(String name) {
        Matcher m = ABBREVIATED_JOINT.matcher(name);
        return m.matches() && isSingleBodyName(m.group(1)) ? m.group(1) : null;
    }

    /** True when the whole line names one or more issuing bodies and nothing else. */
    static boolean isIssuerLine(String plainLine) {
        Split split = split(plainLine);
        return !split.issuers().isEmpty() && split.rest().isBlank();
    }

    /** Splits the issuers printed at the start of {@code plainLine} off the rest. */
    static Split split(String plainLine) {
        String[] tokens = SPACES.split(plainLine.strip());
        List<String> issuers = new ArrayList<>();
        int i = 0;
        while (i < tokens.length && !tokens[i].isEmpty() && !bodyNames(tokens[i]).isEmpty()) {
            issuers.addAll(bodyNames(tokens[i]));
            i++;
        }
        if (i < tokens.length && !tokens[i].isEmpty()) {
            int glued = gluedTitleStart(tokens[i]);
            if (glued > 0) {
                issuers.addAll(bodyNames(tokens[i].substring(0, glued)));
                tokens[i] = tokens[i].substring(glued);
            }
        }
        if (issuers.isEmpty()) {
            return new Split(List.of(), plainLine.strip());
        }
        return new Split(issuers, String.join(" ", Arrays.copyOfRange(tokens, i, tokens.length)));
    }

    /**
     * A title glued to its issuer without 关于 (盐池县人民政府工作规则): the longest body name it opens with, where what
     * follows ends with a 文种; no issuers otherwise.
     */
    static Split splitLeadingBody(String title) {
        String t = title.strip();
        for (int p = Math.min(t.length() - 1, MAX_NAME_LENGTH); p >= 2; p--) {
            String rest = t.substring(p);
            if (isSingleBodyName(t.substring(0, p)) && DocumentKinds.of(rest) != null && DocumentKinds.of(rest).length() < rest.length()) {
                return new Split(List.of(t.substring(0, p)), rest);
            }
        }
        return new Split(List.of(), t);
    }

    /** The bodies {@code token} names: one name, or joint issuers listed with 、 or glued; empty when it names none. */
    private static List<String> bodyNames(String token) {
        List<String> names = List.of(token.split(JOINT_SEPARATOR, -1));
        if (!names.stream().allMatch(Issuers::isBodyName)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.addAll(unglued(n)));
        return out;
    }

    /**
     * Joint issuers printed without a separator (中共岳阳市委办公室岳阳市人民政府办公室): split where one
     * body's name ends and the next begins with 中共 or with the same place as the first; a single
     * body otherwise.
     */
    static List<String> unglued(String name) {
        String place = placeOf(name);
        for (int p = name.length() - 2; p >= 2; p--) {
            String head = name.substring(0, p);
            String tail = name.substring(p);
            boolean opensAnother = tail.startsWith("中共") || place != null && tail.startsWith(place)
                    && !tail.equals(name);
            if (opensAnother && isSingleBodyName(head) && isSingleBodyName(unglued(tail).get(0))) {
                List<String> parts = new ArrayList<>(List.of(head));
                parts.addAll(unglued(tail));
                if (parts.stream().allMatch(Issuers::isSingleBodyName)) {
                    return parts;
                }
            }
        }
        return List.of(name);
    }

    /** The place a body's name opens with (长治市 of 中共长治市委办公室), or null. */
    private static String placeOf(String name) {
        Matcher m = PLACE.matcher(name.startsWith("中共") ? name.substring(2) : name);
        return m.lookingAt() ? m.group() : null;
    }

    /** Where a title glued to a body name starts in {@code token} (关于 … after the name), or -1. */
    private static int gluedTitleStart(String token) {
        Matcher m = TITLE_START.matcher(token);
        while (m.find()) {
            if (m.start() > 0 && !bodyNames(token.substring(0, m.start())).isEmpty()) {
                return m.start();
            }
        }
        return -1;
    }
}
