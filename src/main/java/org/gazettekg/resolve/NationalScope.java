package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * Whether a cited title states the national scope by the word it opens with: 全国… (全国工业用地出让最低价标准)
 * or 国家… where 国家 qualifies the policy itself (国家基本公共卫生服务规范, 国家突发公共事件总体应急预案), not a
 * title a place earns or a rank (国家森林城市建设总体规划 and 国家级经济技术开发区… are local documents about
 * becoming or being one), and not a body (国家发展改革委…, which {@link TitleLevel} reads as the issuer).
 */
final class NationalScope {

    /** 国家 as the title's own scope: followed by a word, not by a rank (级) or a designation earned locally. */
    private static final Pattern NATIONAL_OPENER = Pattern.compile("^国家(?!级)\\p{IsHan}");
    /** Words of a local document about a national designation or rank: creating, applying for, a model city or zone. */
    private static final Pattern EARNED = Pattern.compile("级|城市|示范|创建|争创|申报|试点");

    private NationalScope() {
    }

    /** Whether {@code title} (simplified, without quotation marks) opens with a national scope word. */
    static boolean of(String title) {
        requireNonNull(title, "title");
        return title.startsWith("全国") || NATIONAL_OPENER.matcher(title).lookingAt() && !EARNED.matcher(title).find();
    }
}
