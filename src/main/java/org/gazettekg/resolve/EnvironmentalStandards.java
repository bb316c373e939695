package org.gazettekg.resolve;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A national environmental quality or pollutant emission standard cited by its title alone is a 国家标准: the
 * 环境保护法 (art. 15, 16) has the State Council's environmental department set the national environmental
 * quality standards and the national pollutant emission standards, and the 标准化法 (art. 10) makes technical
 * requirements for ecological safety mandatory national standards (GB 3095 环境空气质量标准, GB 37822 挥发性有机物
 * 无组织排放控制标准). The title alone does not say it is national (a province may set local ones, 环境保护法
 * art. 15, 16, which are 地方标准), so the rule needs the national level decided otherwise (国家《…标准》).
 */
final class EnvironmentalStandards {

    /** 排放标准, 排放控制标准, …环境质量标准, 环境空气质量标准, after an edition in brackets at most. */
    private static final Pattern TITLE = Pattern.compile("(?:排放(?:控制)?标准|环境\\p{IsHan}{0,4}质量标准)(?:[(（][^()（）]*[)）])*$");

    private EnvironmentalStandards() {
    }

    /** 国家标准 for a national-level title naming an environmental quality or emission standard, else empty. */
    static Optional<LegalForce> force(Level level, String title) {
        return level == Level.NATIONAL && title != null && TITLE.matcher(title.strip()).find()
                ? Optional.of(LegalForce.NATIONAL_STANDARD) : Optional.empty();
    }
}
