package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names of issuing bodies of other provinces, and joint groups printed abbreviated (…等10部门). */
class IssuersTest {

    @Test
    void jointGroupAbbreviatedWithACount_givesItsLeadBody() {
        // gansu-2021-xiaozhen l.1
        assertThat(Issuers.abbreviatedLead("甘肃省发展和改革委员会等10部门")).isEqualTo("甘肃省发展和改革委员会");
        assertThat(Issuers.isBodyName("甘肃省发展和改革委员会等10部门")).isTrue();
    }

    @Test
    void jointGroupAbbreviatedWithoutACount_givesItsLeadBody() {
        // shandong-2019-docs l.37 without the word 转发 that opens it
        assertThat(Issuers.abbreviatedLead("省人力资源社会保障厅等部门")).isEqualTo("省人力资源社会保障厅");
    }

    @Test
    void forwardingTitleEndingInEtcDepartments_isNoBody() {
        // shandong-2019-docs l.37: the title of 鲁政办发〔2010〕21号 begins 转发…等部门 and wraps there
        assertThat(Issuers.abbreviatedLead("转发省人力资源社会保障厅等部门")).isNull();
        assertThat(Issuers.isBodyName("转发省人力资源社会保障厅等部门")).isFalse();
        assertThat(Issuers.isIssuerLine("转发省人力资源社会保障厅等部门")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "甘肃省发展和改革委员会",                      // one body: no group
            "兰州市西固区河口*河风情特色小镇等11个特色小镇"})  // gansu-2021-xiaozhen l.9: places, not bodies
    void nameThatIsNoAbbreviatedGroup_givesNoLead(String name) {
        assertThat(Issuers.abbreviatedLead(name)).isNull();
    }

    @Test
    void abbreviatedGroupOnAHeadingLine_isItsIssuer() {
        Issuers.Split split = Issuers.split("甘肃省发展和改革委员会等10部门");

        assertThat(split.issuers()).containsExactly("甘肃省发展和改革委员会等10部门");
        assertThat(split.rest()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "地区行署",                  // ali-2021-guize l.5
            "阿里地区行政公署",           // ali-2021-guize l.21
            "中华人民共和国国务院",        // wuzhou-2003-quhua l.31, read in simplified
            "县人民政府办公室",           // jiayu-2021-fengong l.3
            "区政府",                    // pudong-2022-guize l.7
            "新疆维吾尔自治区人民政府",     // xinjiang-2020-jiuye l.11
            "甘肃省市场监督管理局"})        // gansu-2021-xiaozhen l.31
    void bodyOfAnotherProvince_isABodyName(String name) {
        assertThat(Issuers.isBodyName(name)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "市市级机关事务管理局信息公开",  // zhejiang-2011-docs l.3: a web column
            "自治区文件",                   // xinjiang-2020-jiuye l.5
            "政府信息公开"})                // xinjiang-2020-jiuye l.1
    void pageTextThatIsNoBody_isNoBodyName(String name) {
        assertThat(Issuers.isBodyName(name)).isFalse();
    }

    @Test
    void jointBodiesSetApartBySpaces_areOneIssuerLine() {
        // shandong-2019-docs l.67
        assertThat(Issuers.split("省人力资源社会保障厅 省教育厅 省财政厅").issuers())
                .containsExactly("省人力资源社会保障厅", "省教育厅", "省财政厅");
        assertThat(Issuers.isIssuerLine("省人力资源社会保障厅 省教育厅 省财政厅")).isTrue();
    }

    @Test
    void jointBodiesEndingWithABankBranch_areOneIssuerLine() {
        // shandong-2019-docs l.69
        assertThat(Issuers.split("省地税局 省工商局 人民银行济南分行").issuers())
                .containsExactly("省地税局", "省工商局", "人民银行济南分行");
        assertThat(Issuers.isIssuerLine("省地税局 省工商局 人民银行济南分行")).isTrue();
    }
}
