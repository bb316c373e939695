package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazettekg.resolve.RecordingResolvedSink.cited;

import java.util.ArrayList;
import java.util.List;

import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.GazetteParser;
import org.gazettekg.parse.GazetteSink;
import org.gazettekg.parse.IssueRecord;
import org.gazettekg.parse.SourceText;
import org.gazettekg.parse.TocEntry;
import org.junit.jupiter.api.Test;

/**
 * The resolve stage end to end: snippets of the Shanxi gazettes of /work/shared/corpus parsed by
 * {@link GazetteParser} straight into {@code Resolution.standard().over(sink)}. Each snippet names the
 * file and lines it was copied from; where it was adapted, the comment says how. The gazetteer of this
 * branch is Shanxi's only: every place below is in Shanxi or is a province.
 */
class ResolverTest {

    /** The masthead of changzhi-2020-02.txt l.5-9. */
    private static final String CHANGZHI_MASTHEAD = """
            长治市人民政府公报

            CHANGZHISHI RENMIN ZHENGFU GONGBAO

            2020 第2期

            """;

    private static RecordingResolvedSink parse(String text) {
        return RecordingResolvedSink.parse("snippet.txt", text);
    }

    private static ResolvedBody body(String name, String division, Level level, Basis basis) {
        return new ResolvedBody(name, division, level, basis);
    }

    // ---- a heading that prints its issuer in full -------------------------------------------------

    @Test
    void headingPrintsAMunicipalGovernmentInFull_isPrintedWithItsCityAndMunicipalLevel() {
        // changzhi-2020-02.txt l.96-115, the signature and date kept, the long paragraphs cut after their first clause
        ResolvedDocument d = parse("""
                长治市人民政府 关于上党区、屯留区、潞城区、壶关县、沁源县 调整部分乡镇行政区划的通告

                长政通字[2020]2号

                根据省政府《关于同意长治市调整部分乡镇行政区划的批复》(晋政函〔2019〕123号),现将我市上党区、屯留区、潞城区、壶关县、沁源县部分乡镇行政区划调整通告如下:

                一、上党区撤销韩店镇,设立韩店街道,以原韩店镇的行政区域为韩店街道的行政区域,政府驻地保持不变。

                长治市人民政府

                2020年3月10日
                """).only();

        assertThat(d.issuers()).containsExactly(body("长治市人民政府", "1404", Level.MUNICIPAL, Basis.PRINTED));
        assertThat(d.jurisdiction()).isEqualTo("1404");
        assertThat(d.level()).isEqualTo(Level.MUNICIPAL);
        assertThat(d.city()).isEqualTo("长治市");
    }

    @Test
    void headingPrintsTheProvincialGovernmentInFull_isPrintedProvincialWithNoCity() {
        // adapted from jincheng-2019-docs.txt l.79-83: the heading and 文号 of the provincial document that
        // 晋市政发〔2019〕21号 implements (晋政发〔2019〕8号, cited there), its addressee and a signature made up
        ResolvedDocument d = parse("""
                山西省人民政府 关于推动创新创业高质量发展打造“双创” 升级版的实施意见

                晋政发〔2019〕8号

                各市、县人民政府,省人民政府各委、办、厅、局:

                为深入实施创新驱动发展战略,进一步激发市场活力和社会创造力,根据《国务院关于推动创新创业高质量发展打造“双创”升级版的意见》(国发〔2018〕32号)精神,现就推动我省创新创业高质量发展、打造“双创”升级版提出以下意见。

                山西省人民政府

                2019年5月10日
                """).only();

        assertThat(d.issuers()).containsExactly(body("山西省人民政府", "14", Level.PROVINCIAL, Basis.PRINTED));
        assertThat(d.jurisdiction()).isEqualTo("14");
        assertThat(d.level()).isEqualTo(Level.PROVINCIAL);
        assertThat(d.city()).as("a province lies in no city").isNull();
    }

    @Test
    void headingPrintsACountyGovernmentInFull_isPrintedCountyInItsCity() {
        // adapted from changzhi-2020-02.txt l.96-115: the same notice as a county's (交城县, 交政发)
        ResolvedDocument d = parse("""
                交城县人民政府 关于调整部分乡镇行政区划的通告

                交政发〔2020〕2号

                根据省政府《关于同意交城县调整部分乡镇行政区划的批复》(晋政函〔2019〕123号),现将我县部分乡镇行政区划调整通告如下:

                一、撤销某乡,设立某镇,以原某乡的行政区域为某镇的行政区域,政府驻地保持不变。

                交城县人民政府

                2020年3月10日
                """).only();

        assertThat(d.issuers()).containsExactly(body("交城县人民政府", "141122", Level.COUNTY, Basis.PRINTED));
        assertThat(d.jurisdiction()).isEqualTo("141122");
        assertThat(d.level()).isEqualTo(Level.COUNTY);
        assertThat(d.city()).isEqualTo("吕梁市");
    }

    @Test
    void headingPrintsAnAutonomousPrefecturesOfficeByItsShortForm_isThatPrefectureAtMunicipalLevel() {
        // http://www.lsz.gov.cn/xxgk/zcwj/zzfbgsh/202006/t20200619_1630508.html (凉山彝族自治州), the body heading,
        // 文号, addressee and first sentence; the signature is not in the stored copy
        ResolvedDocument d = parse("""
                凉山州人民政府办公室
                关于印发2020年州政府工作报告重点任务分工方案的通知

                凉府办发〔2020〕20号

                各县(市)人民政府,州级有关部门:

                州十一届人民代表大会第五次会议批准的《政府工作报告》,明确了2020年全州经济社会发展预期目标和重点任务,是州政府向全州人民作出的庄严承诺。
                """).only();

        assertThat(d.issuers()).containsExactly(body("凉山州人民政府办公室", "5134", Level.MUNICIPAL, Basis.PRINTED));
        assertThat(d.jurisdiction()).isEqualTo("5134");
        assertThat(d.level()).isEqualTo(Level.MUNICIPAL);
        assertThat(d.city()).isEqualTo("凉山彝族自治州");
    }

    @Test
    void prefectureShortFormHeading_codeAndTextNameOnePrefecture_isThatPrefecturesOffice() {
        // adapted from http://www.lsz.gov.cn/xxgk/zcwj/zzfbgsh/202006/t20200619_1630508.html: the heading's issuer
        // printed as the page's metadata prints it (发文机关:州政府办公室); 凉 is 凉山彝族自治州's, 凉城县's and 凉州区's
        // code, and only the prefecture is a 州 the text names (视察凉山)
        ResolvedDocument d = parse("""
                州政府办公室
                关于印发2020年州政府工作报告重点任务分工方案的通知

                凉府办发〔2020〕20号

                各县(市)人民政府,州级有关部门:

                州十一届人民代表大会第五次会议批准的《政府工作报告》,明确了2020年全州经济社会发展预期目标和重点任务,是州政府向全州人民作出的庄严承诺。

                一、加强领导,确保责任落实到位。要坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平总书记视察凉山重要指示讲话精神,认真落实州委八届八次全会部署。
                """).only();

        assertThat(d.issuers()).containsExactly(
                body("凉山彝族自治州人民政府办公室", "5134", Level.MUNICIPAL, Basis.PRINTED_SHORT));
        assertThat(d.jurisdiction()).isEqualTo("5134");
    }

    // ---- a short form in the heading --------------------------------------------------------------

    /**
     * changzhi-2020-02.txt l.118-128 with its heading's issuer shortened to 市政府办公室 and 长治市 taken
     * out of the title and the text, so that no place is printed: the signature is cut too.
     */
    private static final String SHORT_FORM_WITHOUT_PLACE = """
            市政府办公室 关于印发推进有机旱作农业发展 2020 年行动计划的通知

            长政办发〔2020〕10 号

            各县、区人民政府,市直各有关单位:

            《推进有机旱作农业发展 2020 年行
            动计划》已经市人民政府同意,现印发给你们,

            请认真贯彻实施。

            2020 年 3 月 18 日
            """;

    @Test
    void shortFormHeadingWithAFullSignature_isCompletedFromTheSignature() {
        // changzhi-2020-02.txt l.118-128, the heading's issuer shortened to 市政府办公室 (the signature is as printed)
        ResolvedDocument d = parse("""
                市政府办公室 关于印发长治市推进有机旱作农业发展 2020 年行动计划的通知

                长政办发〔2020〕10 号

                各县、区人民政府,市直各有关单位:

                《长治市推进有机旱作农业发展 2020 年行
                动计划》已经市人民政府同意,现印发给你们,

                请认真贯彻实施。

                长治市人民政府办公室
                2020 年 3 月 18 日
                """).only();

        assertThat(d.record().issuers()).as("printed").containsExactly("市政府办公室");
        assertThat(d.issuers()).containsExactly(body("长治市人民政府办公室", "1404", Level.MUNICIPAL, Basis.PRINTED_SHORT));
        assertThat(d.jurisdiction()).isEqualTo("1404");
        assertThat(d.level()).isEqualTo(Level.MUNICIPAL);
    }

    @Test
    void shortFormHeadingWithoutPlace_afterAFullDocumentOfTheCity_isCompletedFromThatDocument() {
        // changzhi-2020-02.txt l.96-115 (cut as above), then the short form with no place of SHORT_FORM_WITHOUT_PLACE
        RecordingResolvedSink sink = parse("""
                长治市人民政府 关于上党区、屯留区、潞城区、壶关县、沁源县 调整部分乡镇行政区划的通告

                长政通字[2020]2号

                根据省政府《关于同意长治市调整部分乡镇行政区划的批复》(晋政函〔2019〕123号),现将我市上党区、屯留区、潞城区、壶关县、沁源县部分乡镇行政区划调整通告如下:

                长治市人民政府

                2020年3月10日

                """ + SHORT_FORM_WITHOUT_PLACE);

        assertThat(sink.documents).hasSize(2);
        ResolvedDocument d = sink.titled("有机旱作农业");
        assertThat(d.record().issuers()).as("printed").containsExactly("市政府办公室");
        assertThat(d.issuers()).containsExactly(body("长治市人民政府办公室", "1404", Level.MUNICIPAL, Basis.PRINTED_SHORT));
        assertThat(d.jurisdiction()).isEqualTo("1404");
        assertThat(d.city()).isEqualTo("长治市");
    }

    @Test
    void shortFormHeadingWithNoPlaceAnywhere_staysAsPrintedWithNoDivision() {
        ResolvedDocument d = parse(SHORT_FORM_WITHOUT_PLACE).only();

        assertThat(d.issuers()).containsExactly(body("市政府办公室", null, null, Basis.PRINTED_SHORT));
        assertThat(d.jurisdiction()).as("长政办发 alone: 长 begins many places").isNull();
        assertThat(d.level()).isNull();
        assertThat(d.city()).isNull();
    }

    /** jiayu-2021-fengong.txt l.1-13 (src/test/resources/outside/corpus), the paragraph cut after its first clause. */
    private static String jiayuNotice(String addressees) {
        return """
                嘉政办发〔2021〕5号

                县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及嘉鱼的重点事项进行责任分解的通知

                %s

                经县人民政府同意,现将县第十八届人民代表大会第五次会议审议通过的县《政府工作报告》确定的2021年重点工作分解如下。
                """.formatted(addressees);
    }

    @Test
    void countyShortFormHeading_codeAndTextNameOneCounty_isThatCountysOffice() {
        ResolvedDocument d = parse(jiayuNotice("各镇人民政府,县政府各部门,嘉鱼经济开发区、武汉新港潘湾工业园:")).only();

        assertThat(d.issuers()).extracting(ResolvedBody::name).containsExactly("嘉鱼县人民政府办公室");
        assertThat(d.jurisdiction()).isEqualTo("421221");
        assertThat(d.level()).isEqualTo(Level.COUNTY);
    }

    @Test
    void countyShortFormHeading_textNamesTwoCountiesOfTheCode_staysAsPrinted() {
        // the same notice, its addressees made up to name 嘉善 as well: two counties of 嘉 are named
        ResolvedDocument d = parse(jiayuNotice("各镇人民政府,县政府各部门,嘉鱼经济开发区、嘉善经济开发区:")).only();

        assertThat(d.issuers()).extracting(ResolvedBody::division).containsOnlyNulls();
        assertThat(d.jurisdiction()).isNull();
    }

    @Test
    void countyShortFormHeadingWithAFullSignature_isCompletedWithTheCounty() {
        // adapted from changzhi-2020-02.txt l.118-128: a 交城县 office's notice, 县政府办公室 in the heading
        ResolvedDocument d = parse("""
                县政府办公室 关于印发推进有机旱作农业发展 2020 年行动计划的通知

                交政办发〔2020〕10 号

                各乡镇人民政府,县直各有关单位:

                《推进有机旱作农业发展 2020 年行动计划》已经县人民政府同意,现印发给你们,请认真贯彻实施。

                交城县人民政府办公室
                2020 年 3 月 18 日
                """).only();

        assertThat(d.issuers()).containsExactly(body("交城县人民政府办公室", "141122", Level.COUNTY, Basis.PRINTED_SHORT));
        assertThat(d.level()).isEqualTo(Level.COUNTY);
        assertThat(d.city()).isEqualTo("吕梁市");
    }

    @Test
    void districtShortFormHeading_isNamedAsTheDistrictsCodeNamesIt() {
        // made up in the layout of changzhi-2020-02.txt l.96-115, for 上党区 (140404): a short-form heading
        // signed in full, then a title-only document with the same government's code
        RecordingResolvedSink sink = parse("""
                区人民政府 关于调整部分村民委员会的通告

                上政发〔2020〕1号

                现将我区部分村民委员会调整通告如下。

                长治市上党区人民政府

                2020年3月10日

                关于加强农村人居环境整治的通知

                上政发〔2020〕2号

                现将有关事项通知如下。
                """);

        assertThat(sink.titled("人居环境").issuers()).extracting(ResolvedBody::name).containsExactly("长治市上党区人民政府");
        assertThat(sink.titled("村民委员会").issuers())
                .containsExactly(body("长治市上党区人民政府", "140404", Level.COUNTY, Basis.PRINTED_SHORT));
    }

    // ---- no issuer printed in the heading ---------------------------------------------------------

    @Test
    void noHeadingAtAll_signedWithTheFormalNameOfTheCodesBody_isThatBodyAsItsCodeNamesIt() {
        // 国函〔2015〕73号 as a forum page prints it (hebei-2015-baoding.txt of the held-back set): 文号, addressee, body, signature
        ResolvedDocument d = parse("""
                国函〔2015〕73号

                河北省人民政府:

                你省《关于保定市部分行政区划调整的请示》(冀政〔2014〕126号)收悉。现批复如下:

                五、同意保定市新市区更名为竞秀区。

                中华人民共和国国务院

                2015年4月28日
                """).only();

        assertThat(d.record().title()).isEmpty();
        assertThat(d.issuers()).extracting(ResolvedBody::name).containsExactly("国务院");
        assertThat(d.level()).isEqualTo(Level.NATIONAL);
    }

    @Test
    void noIssuerInTheHeading_signatureInFull_takesTheSignaturesBody() {
        // changzhi-2020-02.txt l.746-756, the heading's issuer 长治市人民政府办公室 left out
        ResolvedDocument d = parse("""
                关于印发长治市推进职业技能提升培训实施方案的通知

                长政办发〔2020〕20号

                各县、区人民政府，高新区、经开区管委会，市直各有关单位：

                《长治市推进职业技能提升培训实施方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。

                长治市人民政府办公室

                2020年4月21日
                """).only();

        assertThat(d.record().issuers()).as("none printed in the heading").isEmpty();
        assertThat(d.issuers()).containsExactly(body("长治市人民政府办公室", "1404", Level.MUNICIPAL, Basis.SIGNATURE));
        assertThat(d.jurisdiction()).isEqualTo("1404");
        assertThat(d.level()).isEqualTo(Level.MUNICIPAL);
    }

    @Test
    void noIssuerPrinted_codeInAChangzhiGazette_isTheTablesBody() {
        // the masthead of changzhi-2020-02.txt, then the title-only heading and 文号 of l.302 and l.290 (adapted)
        ResolvedDocument d = parse(CHANGZHI_MASTHEAD + """
                关于进一步加强扶贫资产管理的实施方案

                长政办发〔2020〕13号

                为进一步加强和规范我市扶贫资产管理,确保扶贫资产安全运行、保值增值,并发挥长期效益,制定如下实施方案。
                """).only();

        assertThat(d.issuers()).containsExactly(body("长治市人民政府办公室", "1404", Level.MUNICIPAL, Basis.CODE_TABLE));
        assertThat(d.level()).isEqualTo(Level.MUNICIPAL);
        assertThat(d.city()).isEqualTo("长治市");
    }

    @Test
    void noIssuerPrinted_jiaoZhengFaInAJiaochengGazette_isTheCountyGovernmentDerived() {
        // adapted: no county gazette in the corpus; a 交城县 masthead over a title-only notice with 交政发
        ResolvedDocument d = parse("""
                交城县人民政府公报

                2020 第2期

                关于调整部分乡镇行政区划的通告

                交政发〔2020〕2号

                现将我县部分乡镇行政区划调整通告如下。
                """).only();

        assertThat(d.issuers()).containsExactly(body("交城县人民政府", "141122", Level.COUNTY, Basis.CODE_DERIVED));
        assertThat(d.jurisdiction()).isEqualTo("141122");
        assertThat(d.level()).isEqualTo(Level.COUNTY);
    }

    @Test
    void noIssuerPrinted_jiaoZhengFaInAChangzhiGazette_namesNoOne() {
        // adapted as above under the 长治 masthead: 交城 and 交口 both begin with 交, and neither is 长治's
        ResolvedDocument d = parse(CHANGZHI_MASTHEAD + """
                关于调整部分乡镇行政区划的通告

                交政发〔2020〕2号

                现将部分乡镇行政区划调整通告如下。
                """).only();

        assertThat(d.issuers()).isEmpty();
        assertThat(d.level()).isNull();
    }

    @Test
    void noIssuerPrinted_jianZhengFaInAChangzhiGazette_isNeverTheMinistry() {
        // adapted: a title-only notice with 建政发 under the 长治 masthead (建 begins no Shanxi unit; 建 alone is no ministry code)
        ResolvedDocument d = parse(CHANGZHI_MASTHEAD + """
                关于加强城市建设管理的通知

                建政发〔2020〕2号

                现将有关事项通知如下。
                """).only();

        assertThat(d.issuers()).extracting(ResolvedBody::name).doesNotContain("住房和城乡建设部");
        assertThat(d.issuers()).isEmpty();
        assertThat(d.level()).isNotEqualTo(Level.NATIONAL).isNull();
    }

    @Test
    void noIssuerPrinted_jointCodeInAChangzhiGazette_namesBothBodies() {
        // the masthead of changzhi-2024-03.txt (l.5-11) over the policy cited at l.1844 (长办发〔2022〕15号),
        // as a title-only document
        ResolvedDocument d = parse("""
                # 长治市人民政府公报

                CHANGZHISHI RENMIN ZHENGFU GONGBAO

                2024 第3期

                关于加快建设高水平新型研发机构的实施方案

                长办发〔2022〕15号

                为加快建设高水平新型研发机构,制定本方案。
                """).only();

        assertThat(d.issuers()).containsExactly(
                body("中共长治市委办公室", "1404", Level.MUNICIPAL, Basis.CODE_TABLE),
                body("长治市人民政府办公室", "1404", Level.MUNICIPAL, Basis.CODE_TABLE));
        assertThat(d.jurisdiction()).isEqualTo("1404");
        assertThat(d.level()).isEqualTo(Level.MUNICIPAL);
    }

    @Test
    void noIssuerPrinted_codeWithNoPlaceInTheText_namesNoIssuerAndLeavesTheLevelEmpty() {
        // the same document with no masthead
        ResolvedDocument d = parse("""
                关于加快建设高水平新型研发机构的实施方案

                长办发〔2022〕15号

                为加快建设高水平新型研发机构,制定本方案。
                """).only();

        assertThat(d.issuers()).isEmpty();
        assertThat(d.jurisdiction()).isNull();
        assertThat(d.level()).isNull();
        assertThat(d.city()).isNull();
    }

    @Test
    void nationalDocumentReprintedInACityGazette_governsNoCity() {
        // adapted: the document cited at changzhi-2020-02.txt l.563ff (国办发〔2019〕35号) as if reprinted under the
        // 长治 masthead; its sentence is made up
        ResolvedDocument d = parse(CHANGZHI_MASTHEAD + """
                国务院办公厅 关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的指导意见

                国办发〔2019〕35号

                各省、自治区、直辖市人民政府,国务院各部委、各直属机构:

                各地要严格执行《全市农业机械报废更新补贴实施方案》和《中华人民共和国社会保险法》。

                国务院办公厅

                2019年7月9日
                """).only();

        assertThat(d.issuers()).containsExactly(body("国务院办公厅", null, Level.NATIONAL, Basis.PRINTED));
        assertThat(d.level()).isEqualTo(Level.NATIONAL);
        assertThat(d.jurisdiction()).isNull();
        assertThat(cited(d, "全市农业机械报废更新补贴实施方案")).isEqualTo(PolicyFacts.UNKNOWN);
    }

    @Test
    void documentInAProvincialGazette_hasNoCity() {
        // adapted: a provincial masthead over the policy cited at changzhi-2020-02.txt l.304 as a title-only document
        ResolvedDocument d = parse("""
                山西省人民政府公报

                2020 第2期

                关于进一步加强扶贫资产管理的意见

                晋政办发〔2019〕80号

                各市、县人民政府,省人民政府各委、办、厅、局:

                现提出如下意见。
                """).only();

        assertThat(d.issuers()).containsExactly(body("山西省人民政府办公厅", "14", Level.PROVINCIAL, Basis.CODE_TABLE));
        assertThat(d.city()).isNull();
    }

    @Test
    void provincialMasthead_isTheProvincesSerial_notACitys() {
        // the masthead of the adapted snippet above
        RecordingResolvedSink sink = parse("""
                山西省人民政府公报

                2020 第2期

                关于进一步加强扶贫资产管理的意见

                晋政办发〔2019〕80号

                现提出如下意见。
                """);

        assertThat(sink.resolvedIssues).singleElement().satisfies(i -> {
            assertThat(i.division()).isEqualTo("14");
            assertThat(i.place()).isEqualTo("山西省");
            assertThat(i.level()).isEqualTo(Level.PROVINCIAL);
            assertThat(i.isCity()).isFalse();
        });
    }

    @Test
    void cityMasthead_isTheCitysSerial() {
        RecordingResolvedSink sink = parse(CHANGZHI_MASTHEAD + "关于进一步加强扶贫资产管理的意见\n\n晋政办发〔2019〕80号\n\n现提出如下意见。\n");

        assertThat(sink.resolvedIssues).singleElement().satisfies(i -> {
            assertThat(i.division()).isEqualTo("1404");
            assertThat(i.level()).isEqualTo(Level.MUNICIPAL);
            assertThat(i.isCity()).isTrue();
        });
    }

    // ---- what the text says of a 机关代字 ----------------------------------------------------------

    @Test
    void governmentCodeOverAnOfficeHeading_isNotLearned_soALaterGovernmentCodeIsTheCitysGovernment() {
        // jincheng-2019-docs.txt l.1-21 (晋市政发 printed under 晋城市人民政府办公室; the enclosed 办法 cut after
        // its first article), then l.255-262 (晋市政发〔2019〕22号, no issuer printed); no masthead
        RecordingResolvedSink sink = parse("""


                晋城市人民政府办公室

                关于征求《市长履行经济责任风险防控办法 (征求意见稿)》修改意见的函

                晋市政发〔2019〕20号

                各县(市、区)人民政府、开发区管委会,市直各有关单位:

                为认真贯彻执行《省长履行经济责任风险防控办法(试行)》《党政主要领导干部和国有企事业单位主要领导人员经济责任审计规定》文件精神,现将我办代拟的《市长履行经济责任风险防控办法(征求意见稿)》发给你们,请根据本单位工作职责及相关法律法规提出修改意见。

                附件:市长履行经济责任风险防控办法(征求意见稿)

                晋城市人民政府办公室

                2019年8月30日

                市长履行经济责任风险防控办法(试行)

                (征求意见稿)

                第一条 为了提高依法行政水平,增强驾驭风险本领,健全经济责任风险防控机制,制定本办法。

                (此件公开发布)

                晋城市支持工业高质量发展十条政策措施 (试 行)

                晋市政发〔2019〕22号

                为贯彻落实《关于促进晋城市工业高质量发展的实施意见》(晋市发〔2019〕15号),培育一批具有示范带动作用的龙头企业,助力美丽晋城高质量转型发展,特制定本政策措施。
                """);

        assertThat(sink.documents).hasSize(2);
        assertThat(sink.titled("修改意见的函").issuers())
                .containsExactly(body("晋城市人民政府办公室", "1405", Level.MUNICIPAL, Basis.PRINTED));
        ResolvedDocument later = sink.titled("十条政策措施");
        assertThat(later.issuers()).as("晋市政发 is the government's, whatever heading it was printed under")
                .containsExactly(body("晋城市人民政府", "1405", Level.MUNICIPAL, Basis.CODE_TABLE));
        assertThat(later.jurisdiction()).isEqualTo("1405");
        assertThat(later.city()).isEqualTo("晋城市");
    }

    @Test
    void codePrintedWithAFullBodyInACitedTitle_isLearned_andNamesThatBodyForABareNumber() {
        // changzhi-2020-02.txt l.563-573 and l.625 (cut to its sentence); the second sentence, citing another
        // 长文明委发 by its number alone, is made up
        ResolvedDocument d = parse("""
                长治市人民政府办公室 关于印发长治市加快推进社会信用 体系建设构建以信用为基础的新型监管机制 实施方案的通知

                长政办发〔2020〕16号

                各县、区人民政府，长治高新区、经开区管委会，
                市直各委、局、办，各有关单位：

                约谈记录记入失信市场主体信用记录。根据《长治市精神文明建设指导委员会关于印发〈关于集中治理诚信缺失突出问题提升诚信长治建设水平的实施方案〉的通知》(长文明委发〔2019〕9号)要求,大力推进重点领域失信问题专项治理。

                按照有关要求(长文明委发〔2020〕3号),做好信用信息归集工作。
                """).only();

        PolicyFacts learned = new PolicyFacts("长治市精神文明建设指导委员会", Level.MUNICIPAL, Basis.CODE_LEARNED);
        assertThat(cited(d, "长文明委发〔2019〕9号")).isEqualTo(learned);
        assertThat(cited(d, "长文明委发〔2020〕3号")).as("no table names 长文明委; the title printed with 〔2019〕9号 does")
                .isEqualTo(learned);
    }

    @Test
    void codeKnownOnlyFromAHeadingEarlierInTheFile_namesThatBodyForALaterCitation() {
        // made up after changzhi-2020-02.txt l.96-115: no table or rule names 长气防办 (a body of 长治); the
        // first heading prints it with its 文号, the second document cites it by number alone
        RecordingResolvedSink sink = parse("""
                长治市气象灾害防御指挥部办公室 关于做好汛期气象灾害防御工作的通知

                长气防办〔2020〕3号

                各县、区气象灾害防御指挥部:

                现就做好汛期气象灾害防御工作通知如下。

                长治市气象灾害防御指挥部办公室

                2020年5月10日

                长治市人民政府 关于加强汛期安全工作的通告

                长政通字[2020]5号

                按照有关要求(长气防办〔2020〕3号),现将汛期安全工作通告如下。

                长治市人民政府

                2020年5月20日
                """);

        assertThat(cited(sink.titled("汛期安全工作"), "长气防办〔2020〕3号"))
                .isEqualTo(new PolicyFacts("长治市气象灾害防御指挥部办公室", Level.MUNICIPAL, Basis.CODE_LEARNED));
    }

    /** A notice of {@code government} citing a 宁政办发 by its number alone (made up). */
    private static String ningZhengBanFaCitedBy(String government) {
        return """
                %s 关于做好安全生产工作的通知

                各有关单位:

                按照有关要求(宁政办发〔2019〕12号),现就做好安全生产工作通知如下。

                %s

                2020年3月10日
                """.formatted(government, government);
    }

    @Test
    void ningZhengBanFaCitedInANanjingDocument_isNanjingsOffice() {
        ResolvedDocument d = parse(ningZhengBanFaCitedBy("南京市人民政府")).only();

        assertThat(cited(d, "宁政办发〔2019〕12号"))
                .isEqualTo(new PolicyFacts("南京市人民政府办公厅", Level.MUNICIPAL, Basis.CODE_TABLE));
    }

    @Test
    void ningZhengBanFaCitedInANingxiaDocument_isTheAutonomousRegionsOffice() {
        ResolvedDocument d = parse(ningZhengBanFaCitedBy("宁夏回族自治区人民政府")).only();

        assertThat(cited(d, "宁政办发〔2019〕12号"))
                .isEqualTo(new PolicyFacts("宁夏回族自治区人民政府办公厅", Level.PROVINCIAL, Basis.CODE_TABLE));
    }

    // ---- cited policies ---------------------------------------------------------------------------

    /** changzhi-2020-03.txt l.1320-1362: a plan of 长治 and the laws, regulations and plans it is based on. */
    static final String CHANGZHI_WEATHER_PLAN = """
            # 长治市人民政府办公室 关于印发长治市气象灾害应急预案的通知

            长政办发〔2020〕27号

            各县、区人民政府,长治市高新区、经开区管委会,市直各部门:

            经市人民政府同意,现将修订后的《长治市气象灾害应急预案》印发给你们,请认真贯彻执行。

            长治市人民政府办公室
            2020年6月1日

            ## 长治市气象灾害应急预案

            ### 1 总则

            #### 1.3 编制依据

            - 《中华人民共和国突发事件应对法》
            - 《中华人民共和国气象法》
            - 《自然灾害救助条例》
            - 《气象灾害防御条例》

            《山西省突发事件应对条例》

            《山西省气象条例》

            《山西省气象灾害防御条例》

            《山西省突发公共事件总体应急预案》

            《山西省重大气象灾害应急预案》

            《长治市突发事件总体应急预案》及相关法律、法规、文件及标准等。
            """;

    @Test
    void citedByJinZhengBanFa_isTheProvincialGovernmentsOffice_fromTheTable() {
        // changzhi-2020-02.txt l.288-304: the 文号 follows 精神, the office is printed before the title
        ResolvedDocument d = parse("""
                长治市人民政府办公室 关于印发进一步加强扶贫资产管理 实施方案的通知

                长政办发〔2020〕13号

                各县、区人民政府,市直各有关单位:

                经市人民政府同意,现将《关于进一步加强扶贫资产管理实施方案》印发给你们,请认真贯

                彻落实。

                长治市人民政府办公室

                2020年3月18日

                关于进一步加强扶贫资产管理实施方案

                为进一步加强和规范我市扶贫资产管理,确保扶贫资产安全运行、保值增值,并发挥长期效益,根据山西省人民政府办公厅《关于进一步加强扶贫资产管理的意见》精神(晋政办发〔2019〕80号),结合我市实际,制定如下实施方案。
                """).only();

        assertThat(cited(d, "晋政办发〔2019〕80号"))
                .isEqualTo(new PolicyFacts("山西省人民政府办公厅", Level.PROVINCIAL, Basis.CODE_TABLE));
    }

    @Test
    void citedTitleOfTheLawsOfThePeoplesRepublic_isNational() {
        ResolvedDocument d = parse(CHANGZHI_WEATHER_PLAN).only();

        assertThat(cited(d, "中华人民共和国突发事件应对法")).isEqualTo(new PolicyFacts(null, Level.NATIONAL, Basis.TITLE));
        assertThat(cited(d, "中华人民共和国气象法")).isEqualTo(new PolicyFacts(null, Level.NATIONAL, Basis.TITLE));
    }

    @Test
    void citedTitleOfAShanxiRegulation_isProvincial() {
        ResolvedDocument d = parse(CHANGZHI_WEATHER_PLAN).only();

        assertThat(cited(d, "山西省突发事件应对条例")).isEqualTo(new PolicyFacts(null, Level.PROVINCIAL, Basis.TITLE));
        assertThat(cited(d, "山西省气象条例")).isEqualTo(new PolicyFacts(null, Level.PROVINCIAL, Basis.TITLE));
    }

    @Test
    void citedTitleOfAChangzhiPlan_isMunicipal() {
        ResolvedDocument d = parse(CHANGZHI_WEATHER_PLAN).only();

        assertThat(cited(d, "长治市突发事件总体应急预案")).isEqualTo(new PolicyFacts(null, Level.MUNICIPAL, Basis.TITLE));
    }

    @Test
    void citedTitleOfANationalRegulationThatNamesNoPlace_isNationalByTheLawCatalog() {
        ResolvedDocument d = parse(CHANGZHI_WEATHER_PLAN).only();

        PolicyFacts facts = RecordingResolvedSink.citedFully(d, "自然灾害救助条例");
        assertThat(facts.level()).isEqualTo(Level.NATIONAL);
        assertThat(facts.legalForce()).isEqualTo(LegalForce.ADMINISTRATIVE_REGULATION);
        assertThat(facts.law().method()).isEqualTo(LawMatch.Method.EXACT);
    }

    @Test
    void citedTitleOpeningWithQuanguo_isNational() {
        // jincheng-2019-docs.txt l.79-83, then a sentence of l.105
        ResolvedDocument d = parse("""
                晋城市人民政府 关于推动创新创业高质量发展打造“双创” 升级版的实施意见

                晋市政发〔2019〕21号

                各县(市、区)人民政府、开发区管委会,市人民政府各委、办、局:

                确定优先发展产业且用地集约的工业项目,以农、林、牧、渔业产品初加工为主的工业项目,在确定土地出让底价时可按不低于所在地土地等别相对应《全国工业用地出让最低价标准》的70%执行。
                """).only();

        assertThat(cited(d, "全国工业用地出让最低价标准")).isEqualTo(new PolicyFacts(null, Level.NATIONAL, Basis.TITLE));
    }

    /** changzhi-2024-03.txt l.515-522 and l.606 (its first sentences): a municipal document citing 《全市…》. */
    static final String CHANGZHI_EQUIPMENT_PLAN = """
            # 长治市人民政府 关于印发长治市推动大规模设备更新和 消费品以旧换新工作落实方案的通知

            长政发〔2024〕9号

            各县、区人民政府,长治高新区、经开区管委会,市直各有关单位:

            《长治市推动大规模设备更新和消费品以旧换新工作落实方案》已经市人民政府同意,现印发给你们,请认真组织实施。

            长治市人民政府
            2024年6月21日

            (二十)加大老旧农机淘汰力度。持续实施好农机报废更新补贴政策,严格执行《全市农业机械报废更新补贴实施方案》,支持引导全市农业机械设备报废更新和升级换代。
            """;

    @Test
    void citedTitleOpeningWithQuanshi_inAMunicipalDocument_isMunicipal() {
        ResolvedDocument d = parse(CHANGZHI_EQUIPMENT_PLAN).only();

        assertThat(d.jurisdiction()).isEqualTo("1404");
        assertThat(cited(d, "全市农业机械报废更新补贴实施方案")).isEqualTo(new PolicyFacts(null, Level.MUNICIPAL, Basis.TITLE));
    }

    @Test
    void citedTitleOpeningWithQuanshi_inAProvincialDocument_hasNoLevel() {
        // the same, adapted: issued by the province (晋政发), so 全市 names no city of its own
        ResolvedDocument d = parse(CHANGZHI_EQUIPMENT_PLAN.replace("长治市人民政府", "山西省人民政府")
                .replace("长政发〔2024〕9号", "晋政发〔2024〕9号")).only();

        assertThat(d.jurisdiction()).isEqualTo("14");
        assertThat(cited(d, "全市农业机械报废更新补贴实施方案")).isEqualTo(PolicyFacts.UNKNOWN);
    }

    @Test
    void citedStateCouncilOrderNumber_isTheStateCouncilNational() {
        // changzhi-2024-03.txt l.1545-1551 ("国务院令 第713号": a space inside)
        ResolvedDocument d = parse("""
                ## 长治市人民政府办公室 关于印发2024年长治市人民政府 重大行政决策事项目录的通知

                长政办函〔2024〕13号

                各县、区人民政府,市直各单位:

                根据《重大行政决策程序暂行条例》(国务院令 第713号)和《山西省人民政府办公厅关于印发2024年山西省人民政府重大行政决策事项目录的通知》(晋政办函〔2024〕35号)要求,经市委、市政府同意,现将《2024年长治市人民政府重大行政决策事项目录》印发给你们,并就有关工作通知如下。
                """).only();

        assertThat(cited(d, "重大行政决策程序暂行条例"))
                .isEqualTo(new PolicyFacts("国务院", Level.NATIONAL, Basis.CODE_DERIVED));
    }

    @Test
    void citedShanxiGovernmentOrderNumber_isTheProvincialGovernment() {
        // changzhi-2024-03.txt l.1578-1590 and l.1600-1602 (the article opening cut)
        ResolvedDocument d = parse("""
                ## 长治市人民政府

                ## 关于印发长治市市级储备粮管理办法的通知

                长政规〔2024〕1 号

                各县、区人民政府,市直各有关单位:

                《长治市市级储备粮管理办法》已经市人民政府同意,现印发给你们,请认真贯彻执行。

                长治市人民政府

                2024 年 5 月 22 日

                市级储备粮管理体系,进一步加强市级储备粮管理,根据《粮食流通管理条例》《山

                西省省级储备粮管理办法》(山西省人民政府令第290号)等相关法律法规的要求,制定本办法。
                """).only();

        assertThat(cited(d, "山西省省级储备粮管理办法"))
                .isEqualTo(new PolicyFacts("山西省人民政府", Level.PROVINCIAL, Basis.CODE_DERIVED));
    }

    @Test
    void citedShanxiLocalStandard_isProvincial() {
        // changzhi-2020-02.txt l.378-384 and the sentence of l.449 that cites DB14/1929—2019
        ResolvedDocument d = parse("""
                长治市人民政府办公室 关于印发长治市打赢蓝天保卫战2020年决战计划的通知

                长政办发〔2020〕14 号

                各县、区人民政府,市直各有关单位:

                其中,采用生物质供暖方式应采用集中式并配套高效环保设施,达到《山西省锅炉大气污染物排放标准》(DB14/1929—2019)。
                """).only();

        assertThat(cited(d, "DB14/1929")).isEqualTo(new PolicyFacts(null, Level.PROVINCIAL, Basis.CODE_DERIVED));
    }

    /**
     * jincheng-2019-docs.txt l.659-673, l.695-702 (GB 3095-2012 added after 《环境空气质量标准》, which is
     * printed without it) and l.1060.
     */
    static final String JINCHENG_AIR_PLAN = """
            晋城市人民政府办公室

            关于印发晋城市重污染天气应急预案的 通 知

            晋市政办〔2019〕43号

            各县(市、区)人民政府,开发区管委会,市人民政府
            各委、办、局:

            《晋城市重污染天气应急预案》已经市
            人民政府同意,现印发给你们,请认真组织

            实施。

            晋城市人民政府办公室

            2019年12月13日

            依据《中华人民共和国环境保护法》《中华人
            共和国大气污染防治法》《中华人民共和国突发生
            事件应对法》《环境空气质量标准》(GB 3095-2012)《打赢蓝天保卫战

            三年行动计划》《关于推进重污染天气应急预案修
            订工作的指导意见》《关于加强重污染天气应对
            夯实应急减排措施的指导意见》《山西省突发事件应
            对条例》等

            (1)环境空气质量指数(AQI):定量描述空气质量状况的无量纲指数。根据《环境空气质量指数(AQI)技术规定(试行)》(HJ633-2012),在空气污染监测指标基础上计算获得。
            """;

    @Test
    void citedNationalStandards_GbAndHj_areNational() {
        ResolvedDocument d = parse(JINCHENG_AIR_PLAN).only();

        assertThat(cited(d, "GB 3095-2012")).isEqualTo(new PolicyFacts(null, Level.NATIONAL, Basis.CODE_DERIVED));
        assertThat(cited(d, "HJ633-2012")).isEqualTo(new PolicyFacts(null, Level.NATIONAL, Basis.CODE_DERIVED));
    }

    @Test
    void citedGuanyuYijianTitleWithNothingBeforeIt_hasNoLevel() {
        ResolvedDocument d = parse(JINCHENG_AIR_PLAN).only();

        assertThat(cited(d, "关于推进重污染天气应急预案修订工作的指导意见")).isEqualTo(PolicyFacts.UNKNOWN);
        assertThat(cited(d, "关于加强重污染天气应对夯实应急减排措施的指导意见")).isEqualTo(PolicyFacts.UNKNOWN);
    }

    @Test
    void citedChangRenSheHan_inAChangzhiDocument_isMunicipalWithNoIssuer() {
        // changzhi-2020-03.txt l.2712-2716, and the citation of l.2856 (a table cell) as a sentence
        ResolvedDocument d = parse("""
                # 长治市人民政府办公室 关于统筹推进疫情防控和稳就业工作的 通知

                长政办发〔2020〕34号

                各县、区人民政府,高新区、经开区管委会,市直各委、办、局:

                对入驻实体吸纳劳动者就业每增加1人,再次给予一次性奖励,根据市人社局、市财政局《关于转发〈山西省人力资源和社会保障厅〈关于进一步加大对就业扶贫政策支持力度着力提高劳务组织化程度的通知〉〉的通知》(长人社函〔2019〕34号)执行。
                """).only();

        assertThat(cited(d, "长人社函〔2019〕34号")).isEqualTo(new PolicyFacts(null, Level.MUNICIPAL, Basis.CODE_DERIVED));
    }

    @Test
    void citedJinShiWeiZi_inAJinchengDocument_isMunicipalNotProvincial() {
        // jincheng-2019-docs.txt l.575-581, and the sentence of l.615 that cites 晋市卫字
        ResolvedDocument d = parse("""
                晋城市人民政府办公室

                关于印发进一步深化县域综合医改加快建立整合型医疗卫生服务体系的指导意见的通知

                晋市政办〔2019〕42号

                各县(市、区)人民政府、开发区管委会,市人民政府各委、办、局:

                按照《关于印发推行家庭医生签约服务包指导意见(试行)的通知》(晋市卫字〔2018〕116号)要求,城乡居民门诊统筹基金100元主要用于支付在“两定机构”发生的家庭医生签约服务费。
                """).only();

        assertThat(cited(d, "晋市卫字〔2018〕116号")).as("晋市 is 晋城's code, longer than Shanxi's 晋")
                .isEqualTo(new PolicyFacts(null, Level.MUNICIPAL, Basis.CODE_DERIVED));
    }

    @Test
    void citedTitleWithTheStateCouncilPrintedBeforeIt_isNational() {
        // changzhi-2024-03.txt l.102-119
        ResolvedDocument d = parse("""
                # 长治市人民政府 关于印发长治市加强和改进全市消防工作 实施意见的通知

                长政发〔2024〕5号

                各县、区人民政府，长治高新区、经开区管委会，市直各有关单位：

                《长治市加强和改进全市消防工作实施意见》已经市政府第47次常务会议通过，现印发给你们，请认真贯彻落实。

                长治市人民政府

                2024年6月4日

                (此件公开发布)

                ## 长治市加强和改进全市消防工作实施意见

                为全面提升全市公共消防安全水平，压实消防工作责任，强化消防安全管理，推进公共基础设施建设，保障人民群众生命财产安全，结合国务院《关于加强和改进消防工作的意见》和省、市消防安全治本攻坚三年行动要求，制定本实施意见。
                """).only();

        assertThat(d.record().citations()).singleElement().satisfies(c -> assertThat(c.issuer()).isEqualTo("国务院"));
        assertThat(cited(d, "关于加强和改进消防工作的意见")).isEqualTo(new PolicyFacts("国务院", Level.NATIONAL, Basis.CITING_PHRASE));
        assertThat(RecordingResolvedSink.citedFully(d, "关于加强和改进消防工作的意见").legalForce())
                .as("an opinion of the State Council is no regulation").isEqualTo(LegalForce.ADMINISTRATIVE_DOCUMENT);
    }

    @Test
    void citedTitleWithZhongbanGuobanPrintedBeforeIt_isNationalWithNoShortFormAsIssuer() {
        // changzhi-2020-03.txt l.2129, the sentence cut after the title
        ResolvedDocument d = parse(CHANGZHI_MASTHEAD + """
                长治市人民政府办公室 关于印发长治市危险化学品安全综合治理实施方案的通知

                长政办发〔2020〕40号

                为贯彻落实中办、国办《关于全面加强危险化学品安全生产工作的意见》,制定本方案。
                """).only();

        assertThat(cited(d, "危险化学品安全生产")).isEqualTo(new PolicyFacts(null, Level.NATIONAL, Basis.CITING_PHRASE));
    }

    @Test
    void citedTitleWithZhongbanGuobanPrintedBeforeIt_isAPartyDocumentByItsLeadBody() {
        // changzhi-2020-03.txt l.2129, the sentence cut after the title: 中办 leads, and 意见 names no Party regulation
        ResolvedDocument d = parse(CHANGZHI_MASTHEAD + """
                长治市人民政府办公室 关于印发长治市危险化学品安全综合治理实施方案的通知

                长政办发〔2020〕40号

                为贯彻落实中办、国办《关于全面加强危险化学品安全生产工作的意见》,制定本方案。
                """).only();

        assertThat(RecordingResolvedSink.citedFully(d, "危险化学品安全生产").legalForce()).isEqualTo(LegalForce.PARTY_DOCUMENT);
    }

    @Test
    void citedTitlesAfterGuojia_areNational() {
        // changzhi-2020-02.txt l.39 (changzhi-blue-sky snippet), the sentence cut after the titles
        ResolvedDocument d = parse(CHANGZHI_MASTHEAD + changzhiCitingSentence(
                "五类排放源 VOCs 管控达到国家《重点行业挥发性有机物综合治理方案》《挥发性有机物无组织排放控制标准》要求。"))
                .only();

        assertThat(cited(d, "综合治理方案")).isEqualTo(new PolicyFacts(null, Level.NATIONAL, Basis.CITING_PHRASE));
        assertThat(cited(d, "无组织排放控制标准")).isEqualTo(new PolicyFacts(null, Level.NATIONAL, Basis.CITING_PHRASE));
    }

    @Test
    void citedTitlesAfterWoshi_inAJinchengDocument_areMunicipal() {
        // jincheng-2019-docs.txt (第九条 人才智力支持), the sentence cut after the titles
        ResolvedDocument d = parse(jinchengCiting("晋城市人才工作办法") .replace("根据《晋城市人才工作办法》",
                "用足用活用好我市《关于深化户籍制度改革助力高质量转型发展的实施办法(试行)》《关于激励高层次人才助力高质量转型发展若干意见(试行)》等政策"))
                .only();

        assertThat(cited(d, "深化户籍制度改革")).isEqualTo(new PolicyFacts(null, Level.MUNICIPAL, Basis.CITING_PHRASE));
        assertThat(cited(d, "激励高层次人才")).isEqualTo(new PolicyFacts(null, Level.MUNICIPAL, Basis.CITING_PHRASE));
    }

    @Test
    void citedTitleAfterWoshi_inADocumentOfNoKnownPlace_hasNoLevel() {
        ResolvedDocument d = parse("""
                关于加快建设高水平新型研发机构的实施方案

                长办发〔2022〕15号

                为加快建设,用好我市《关于深化户籍制度改革助力高质量转型发展的实施办法(试行)》,制定本方案。
                """).only();

        assertThat(cited(d, "深化户籍制度改革").level()).isNull();
    }

    @Test
    void reportTheCitysCongressAdopted_inANanjingDocument_isMunicipal() {
        // nanjing-2023-docs.txt l.41 (../shared/outside/corpus); heading and 文号 made up on the file's pattern
        ResolvedDocument d = parse("""
                南京市人民政府办公厅关于印发2026年市政府主要工作目标任务分解落实方案的通知

                宁政办发〔2026〕3号

                市第十七届人大五次会议审议通过的《政府工作报告》,明确了2026年全市经济社会发展的主要目标。
                """).only();

        assertThat(cited(d, "政府工作报告")).isEqualTo(new PolicyFacts(null, Level.MUNICIPAL, Basis.CITING_PHRASE));
    }

    @Test
    void cityWordBeforeATitle_inACountyDocument_isTheCityAboveIt() {
        // jiayu-2021-fengong.txt l.1-17 (src/test/resources/outside/corpus): 市《政府工作报告》 in a 嘉鱼县 document is 咸宁市's
        // (the heading shortened to print no title, the covering paragraph cut)
        ResolvedDocument d = parse("""
                嘉政办发〔2021〕5号

                县人民政府办公室关于重点事项进行责任分解的通知

                各镇人民政府,县政府各部门,嘉鱼经济开发区:

                经县人民政府同意,现将重点事项分解如下。

                2.市《政府工作报告》涉及嘉鱼的重点事项责任分解
                """).only();

        assertThat(cited(d, "政府工作报告").level()).isEqualTo(Level.MUNICIPAL);
    }

    @Test
    void citedTitleOpeningWithShengzhang_isProvincial() {
        // jincheng-2019-docs.txt: 《省长履行经济责任风险防控办法(试行)》, the governor's is the province's
        ResolvedDocument d = parse(jinchengCiting("省长履行经济责任风险防控办法(试行)")).only();

        assertThat(cited(d, "省长履行").level()).isEqualTo(Level.PROVINCIAL);
        assertThat(RecordingResolvedSink.citedFully(d, "省长履行").legalForce())
                .as("a 办法 whose title opens with no place may be a Party body's").isNull();
    }

    @Test
    void citedProvincialMeasuresOpeningWithThePlace_isTheBroadLocalInstrument() {
        // shuozhou-2019-docs.txt: 《山西省税收保障办法》 cited by title alone
        ResolvedDocument d = parse(jinchengCiting("山西省税收保障办法")).only();

        assertThat(RecordingResolvedSink.citedFully(d, "税收保障").legalForce()).isEqualTo(LegalForce.LOCAL_INSTRUMENT);
    }

    /** A 长治 office's notice whose first paragraph is {@code sentence}. */
    private static String changzhiCitingSentence(String sentence) {
        return """
                长治市人民政府办公室 关于印发长治市挥发性有机物治理方案的通知

                长政办发〔2020〕41号

                %s
                """.formatted(sentence);
    }

    @Test
    void repealClause_makesTheNamedPolicyRepealed() {
        // changzhi-2024-03.txt l.1824, under a heading of its notice (l.1758, shortened)
        ResolvedDocument d = parse(CHANGZHI_MASTHEAD + """
                长治市人民政府 关于印发长治市储备粮管理办法的通知

                长政发〔2024〕8号

                **第三十六条** 本办法自2024年6月22日起执行,有效期5年。《长治市人民政府关于印发长治市储备粮管理暂行办法的通知》(长政发〔2019〕2号)同时废止。
                """).only();

        PolicyFacts repealed = RecordingResolvedSink.citedFully(d, "长政发〔2019〕2号");
        assertThat(repealed.validity()).isEqualTo("repealed");
        assertThat(repealed.legalForce()).isEqualTo(LegalForce.ADMINISTRATIVE_DOCUMENT);
    }

    @Test
    void citedJointTitleWithTheJointCode_isTheTablesTwoBodies() {
        // changzhi-2024-03.txt l.1826-1836 and l.1912
        ResolvedDocument d = parse("""
                # 长治市科学技术局 关于印发市新型研发机构认定和管理办法的 通知

                长科规〔2024〕1号

                各县区科技局(发科局),长治高新区、经开区管委会,有关单位:

                为进一步引导和规范长治市新型研发机构发展,市科技局制定了《市新型研发机构认定和管理办法》。现予印发,请认真贯彻执行。

                长治市科学技术局

                2024年4月30日

                **第十二条** 市新型研发机构可享受《中共长治市委办公室 长治市人民政府办公室印发〈关于加快建设高水平新型研发机构的实施方案〉的通知》(长办发〔2022〕15号)相应支持政策。
                """).only();

        assertThat(cited(d, "长办发〔2022〕15号"))
                .isEqualTo(new PolicyFacts("中共长治市委办公室 长治市人民政府办公室", Level.MUNICIPAL, Basis.CODE_TABLE));
    }

    // ---- one file says one thing of each policy ---------------------------------------------------

    /**
     * Adapted from changzhi-2020-02.txt l.96-115: a 交城县 notice and a 长治 notice, each citing a 交城
     * office's 文号 (made up). 交政办发 is 交城县人民政府办公室 in a 交城县 document and nobody in a 长治
     * one; the heading's 交政发 is a government's code, which tells nothing of the office's.
     */
    private static final String JIAOCHENG_NOTICE = """
            交城县人民政府 关于调整部分乡镇行政区划的通告

            交政发〔2020〕2号

            根据《关于加快推进乡镇机构改革的通知》(交政办发〔2019〕5号),现将我县部分乡镇行政区划调整通告如下。

            交城县人民政府

            2020年3月10日
            """;
    private static final String CHANGZHI_NOTICE_CITING_JIAOCHENG = """

            长治市人民政府 关于上党区、屯留区调整部分乡镇行政区划的通告

            长政通字[2020]2号

            参照《关于加快推进乡镇机构改革的通知》(交政办发〔2019〕5号),现将我市部分乡镇行政区划调整通告如下。

            长治市人民政府

            2020年3月10日
            """;

    @Test
    void policyCitedAloneInACountyDocument_isTheCountysOffice() {
        ResolvedDocument d = parse(JIAOCHENG_NOTICE).only();

        assertThat(cited(d, "交政办发〔2019〕5号"))
                .isEqualTo(new PolicyFacts("交城县人民政府办公室", Level.COUNTY, Basis.CODE_DERIVED));
    }

    @Test
    void samePolicyCitedFromTwoPlacesWithDifferentLevels_isLeftUnknownInBoth() {
        RecordingResolvedSink sink = parse(JIAOCHENG_NOTICE + CHANGZHI_NOTICE_CITING_JIAOCHENG);

        assertThat(sink.documents).hasSize(2);
        assertThat(sink.documents).extracting(ResolvedDocument::jurisdiction).containsExactly("141122", "1404");
        for (ResolvedDocument d : sink.documents) {
            assertThat(cited(d, "交政办发〔2019〕5号")).as("in %s", d.jurisdiction()).isEqualTo(PolicyFacts.UNKNOWN);
        }
    }

    @Test
    void policyThatIsADocumentOfTheFile_keepsTheLevelOfItsOwnHeading_notOneItsCitationReads() {
        // Made up from jincheng-2019-docs.txt l.79-83: a city's heading printed with a number whose code reads as
        // the province's (as a generated national corpus did: 鄂州 → 鄂政发), then cited as 省政府《…》 by a later document.
        RecordingResolvedSink sink = parse("""

                晋城市人民政府 关于推动创新创业高质量发展打造“双创” 升级版的实施意见

                晋政发〔2019〕21号

                根据《国务院关于推动创新创业高质量发展打造“双创”升级版的意见》(国发〔2018〕32号),现提出以下意见。

                晋城市人民政府

                2019年9月10日

                晋城市人民政府 关于印发晋城市支持工业高质量发展十条政策措施的通知

                晋市政发〔2019〕22号

                按照省政府《关于推动创新创业高质量发展打造“双创”升级版的实施意见》(晋政发〔2019〕21号)精神,制定本措施。

                晋城市人民政府

                2019年9月20日
                """);

        assertThat(sink.documents).hasSize(2);
        assertThat(sink.documents.get(0).level()).isEqualTo(Level.MUNICIPAL);
        assertThat(cited(sink.documents.get(1), "晋政发〔2019〕21号").level()).isIn(null, Level.MUNICIPAL);
    }

    @Test
    void sameTitlePrintedWithAndWithoutQuotationMarks_isOnePolicy_whoseDisagreeingLevelsAreLeftEmpty() {
        // Made up from jincheng-2019-docs.txt l.79-83: one graph node (the title's TitleKey drops quotation marks),
        // read as the city's by 我市 in one document and as the state's by 国家 in the other.
        RecordingResolvedSink sink = parse("""

                晋城市人民政府 关于推动创新创业高质量发展打造“双创” 升级版的实施意见

                晋市政发〔2019〕21号

                用足用活我市《关于“两站两员”建设的实施办法》等政策,现提出以下意见。

                晋城市人民政府

                2019年9月10日

                晋城市人民政府 关于印发晋城市支持工业高质量发展十条政策措施的通知

                晋市政发〔2019〕22号

                按照国家《关于两站两员建设的实施办法》要求,制定本措施。

                晋城市人民政府

                2019年9月20日
                """);

        assertThat(sink.documents).hasSize(2);
        assertThat(cited(sink.documents.get(0), "关于“两站两员”建设的实施办法").level()).isNull();
        assertThat(cited(sink.documents.get(1), "关于两站两员建设的实施办法").level()).isNull();
    }

    /** Adapted from changzhi-2020-02.txt l.96-115: a 长治 notice citing {@code title} (made up). */
    private static String changzhiCiting(String title) {
        return """
                长治市人民政府 关于上党区、屯留区调整部分乡镇行政区划的通告

                长政通字[2020]2号

                根据《%s》,现将我市部分乡镇行政区划调整通告如下。

                长治市人民政府

                2020年3月10日
                """.formatted(title);
    }

    /** Adapted from jincheng-2019-docs.txt l.79-83: a 晋城 document citing {@code title} (made up). */
    private static String jinchengCiting(String title) {
        return """

                晋城市人民政府 关于推动创新创业高质量发展打造“双创” 升级版的实施意见

                晋市政发〔2019〕21号

                根据《%s》,现提出以下意见。

                晋城市人民政府

                2019年9月10日
                """.formatted(title);
    }

    /** A 长治 and a 晋城 document citing titles that open with a short form, 市人民政府. */
    static String twoCitiesCiting(String changzhiTitle, String jinchengTitle) {
        return changzhiCiting(changzhiTitle) + jinchengCiting(jinchengTitle);
    }

    @Test
    void shortFormTitleCitedAlone_isCompletedWithTheCitingCity() {
        ResolvedDocument d = parse(changzhiCiting("市人民政府关于加快推进乡镇机构改革的通知(试行)")).only();

        assertThat(cited(d, "市人民政府关于")).isEqualTo(new PolicyFacts("长治市人民政府", Level.MUNICIPAL, Basis.TITLE));
    }

    @Test
    void samePolicyCitedFromTwoCitiesWithDifferentIssuers_keepsOnlyTheLevelTheyAgreeOn() {
        String title = "市人民政府关于加快推进乡镇机构改革的通知(试行)";
        RecordingResolvedSink sink = parse(twoCitiesCiting(title, title));

        assertThat(sink.documents).extracting(ResolvedDocument::jurisdiction).containsExactly("1404", "1405");
        for (ResolvedDocument d : sink.documents) {
            assertThat(cited(d, "市人民政府关于")).as("in %s", d.jurisdiction())
                    .isEqualTo(new PolicyFacts(null, Level.MUNICIPAL, Basis.TITLE));
        }
    }

    @Test
    void samePolicyCitedWithFullWidthAndHalfWidthBrackets_isAgreedOnAsOnePolicy() {
        RecordingResolvedSink sink = parse(twoCitiesCiting("市人民政府关于加快推进乡镇机构改革的通知(试行)",
                "市人民政府关于加快推进乡镇机构改革的通知（试行）"));

        assertThat(sink.documents).hasSize(2);
        for (ResolvedDocument d : sink.documents) {
            assertThat(cited(d, "市人民政府关于")).as("in %s", d.jurisdiction())
                    .isEqualTo(new PolicyFacts(null, Level.MUNICIPAL, Basis.TITLE));
        }
    }

    // ---- the order of a sink's calls --------------------------------------------------------------

    /** What the parser sends, kept in order. */
    private static final class ParsedRecords implements GazetteSink {
        final List<IssueRecord> issues = new ArrayList<>();
        final List<DocumentRecord> documents = new ArrayList<>();
        final List<TocEntry> toc = new ArrayList<>();
        final List<DocumentRecord> announced = new ArrayList<>();

        static ParsedRecords of(String text) {
            ParsedRecords records = new ParsedRecords();
            new GazetteParser().parse(SourceText.of("snippet.txt", text.lines().toList()), records);
            return records;
        }

        @Override
        public void issue(IssueRecord issue) {
            issues.add(issue);
        }

        @Override
        public void document(DocumentRecord document) {
            documents.add(document);
        }

        @Override
        public void tocEntry(TocEntry entry, DocumentRecord document) {
            toc.add(entry);
            announced.add(document);
        }
    }

    /** changzhi-2020-02.txt l.5-9 and l.53-128: masthead, table of contents, the first two documents. */
    private static final String CHANGZHI_ISSUE_WITH_TOC = CHANGZHI_MASTHEAD + """
            目 录

            2020年第2期

            (双月刊)

            市政府文件 >>>

            长治市人民政府

            关于上党区、屯留区、潞城区、壶关县、沁源县
            调整部分乡镇行政区划的通告 1

            市政府办公室文件 >>>

            长治市人民政府办公室

            关于印发长治市推进有机旱作农业发展2020年行动计划的通知
            ..... 2

            长治市人民政府 关于上党区、屯留区、潞城区、壶关县、沁源县 调整部分乡镇行政区划的通告

            长政通字[2020]2号

            根据省政府《关于同意长治市调整部分乡镇行政区划的批复》(晋政函〔2019〕123号),现将我市上党区、屯留区、潞城区、壶关县、沁源县部分乡镇行政区划调整通告如下:

            长治市人民政府

            2020年3月10日

            长治市人民政府办公室 关于印发长治市推进有机旱作农业发展 2020 年行动计划的通知

            长政办发〔2020〕10 号

            各县、区人民政府,市直各有关单位:

            《长治市推进有机旱作农业发展 2020 年行
            动计划》已经市人民政府同意,现印发给你们,

            请认真贯彻实施。

            长治市人民政府办公室
            2020 年 3 月 18 日
            """;

    @Test
    void issueWithTableOfContents_passesEveryCallOnInTheParsersOrder() {
        RecordingResolvedSink sink = parse(CHANGZHI_ISSUE_WITH_TOC);

        assertThat(sink.source).isEqualTo("snippet.txt");
        assertThat(sink.lineCount).isEqualTo(CHANGZHI_ISSUE_WITH_TOC.lines().count());
        assertThat(sink.calls).containsExactly("start", "issue", "document", "document", "toc", "toc", "end");
        assertThat(sink.issues).singleElement().satisfies(i -> assertThat(i.city()).isEqualTo("长治市"));
        assertThat(sink.documents).extracting(d -> d.issuers().get(0).name())
                .containsExactly("长治市人民政府", "长治市人民政府办公室");
    }

    @Test
    void documentsSentAfterATocEntry_areStillResolvedAndHandedOn() {
        ParsedRecords parsed = ParsedRecords.of(CHANGZHI_ISSUE_WITH_TOC);
        assertThat(parsed.documents).hasSize(2);
        assertThat(parsed.toc).hasSize(2);
        RecordingResolvedSink sink = new RecordingResolvedSink();
        Resolver resolver = Resolution.standard().over(sink);

        resolver.start("snippet.txt", 10);
        resolver.issue(parsed.issues.get(0));
        resolver.tocEntry(parsed.toc.get(0), parsed.announced.get(0));
        resolver.document(parsed.documents.get(0));
        resolver.tocEntry(parsed.toc.get(1), parsed.announced.get(1));
        resolver.document(parsed.documents.get(1));
        resolver.end();

        // TOC entries wait for the file's documents, which are resolved together at its end
        assertThat(sink.calls).containsExactly("start", "issue", "document", "document", "toc", "toc", "end");
        assertThat(sink.documents).extracting(ResolvedDocument::record).containsExactlyElementsOf(parsed.documents);
        assertThat(sink.documents.get(1).issuers())
                .containsExactly(body("长治市人民政府办公室", "1404", Level.MUNICIPAL, Basis.PRINTED));
    }

    @Test
    void documentsSentAfterEveryTocEntry_areResolvedAtTheEnd() {
        ParsedRecords parsed = ParsedRecords.of(CHANGZHI_ISSUE_WITH_TOC);
        RecordingResolvedSink sink = new RecordingResolvedSink();
        Resolver resolver = Resolution.standard().over(sink);

        resolver.start("snippet.txt", 10);
        for (int i = 0; i < parsed.toc.size(); i++) {
            resolver.tocEntry(parsed.toc.get(i), parsed.announced.get(i));
        }
        parsed.documents.forEach(resolver::document);
        resolver.end();

        assertThat(sink.calls).containsExactly("start", "document", "document", "toc", "toc", "end");
        assertThat(sink.documents).extracting(ResolvedDocument::level).containsExactly(Level.MUNICIPAL, Level.MUNICIPAL);
    }

    @Test
    void documentsSplitByATocEntry_areResolvedTogetherAsOneFile() {
        ParsedRecords parsed = ParsedRecords.of("""
                长治市人民政府 关于上党区、屯留区调整部分乡镇行政区划的通告

                长政通字[2020]2号

                现将我市部分乡镇行政区划调整通告如下。

                长治市人民政府

                2020年3月10日

                """ + SHORT_FORM_WITHOUT_PLACE);
        assertThat(parsed.documents).hasSize(2);
        RecordingResolvedSink sink = new RecordingResolvedSink();
        Resolver resolver = Resolution.standard().over(sink);

        resolver.start("snippet.txt", 30);
        resolver.document(parsed.documents.get(0));
        resolver.tocEntry(new TocEntry(1, "市政府文件", "长治市人民政府", parsed.documents.get(0).title(), null, "1"),
                parsed.documents.get(0));
        resolver.document(parsed.documents.get(1));
        resolver.end();

        assertThat(sink.documents).hasSize(2);
        assertThat(sink.documents.get(1).issuers())
                .containsExactly(body("长治市人民政府办公室", "1404", Level.MUNICIPAL, Basis.PRINTED_SHORT));
    }
}
