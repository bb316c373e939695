package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bodies a covering signature stacks above its date, in the layouts of the outside corpora. */
class SignatureTest {

    /** gansu-2021-xiaozhen l.11-37: ten joint bodies, one a line, above a date whose year the page lost. */
    private static final String GANSU = """
            现将清单印发给你们,请按照国家有关要求做好特色小镇规范健康发展工作。清单印发之日起,省*府办公厅《关于推进特色小镇建设的指导意见》(甘*办发〔〕号)确定的省级特色小镇名单即行废止。

            甘肃省发展和改革委员会

            甘肃省自然资源厅

            甘肃省生态环境厅

            甘肃省科技厅

            甘肃省工业和信息化厅

            甘肃省商务厅

            甘肃省文化和旅游厅

            甘肃省农业农村厅

            甘肃省体育局

            甘肃省市场监督管理局

            年12月31日

            附件

            甘肃省特色小镇创建清单
            """;

    private static SourceText source(String text) {
        return SourceText.of("signature.txt", text.lines().toList());
    }

    @Test
    void stackedBodiesAboveADateWhoseYearIsLost_areTheSignersInPrintedOrder() {
        SourceText source = source(GANSU);

        assertThat(Signature.signers(source, 1, source.lineCount())).containsExactly(
                "甘肃省发展和改革委员会", "甘肃省自然资源厅", "甘肃省生态环境厅", "甘肃省科技厅", "甘肃省工业和信息化厅",
                "甘肃省商务厅", "甘肃省文化和旅游厅", "甘肃省农业农村厅", "甘肃省体育局", "甘肃省市场监督管理局");
    }

    @Test
    void dateLineOutsideTheRange_givesNoSigners() {
        SourceText source = source(GANSU);

        // the range ends at 甘肃省市场监督管理局 (l.21), before the date
        assertThat(Signature.signers(source, 1, 21)).isEmpty();
    }

    @Test
    void bodiesAboveTheRange_areNotTaken() {
        SourceText source = source(GANSU);

        // from 甘肃省体育局 (l.19) on: only the last two bodies are in the range
        assertThat(Signature.signers(source, 19, source.lineCount()))
                .containsExactly("甘肃省体育局", "甘肃省市场监督管理局");
    }

    @Test
    void indentedBodyAboveAnIndentedDate_isTheSigner() {
        // fujian-2021-changle l.17-23
        SourceText source = source("""
                  你市有关各级政府要在党委领导下,按照国务院“约法三章”的要求,严格执行中央关于厉行节约的规定,认真组织实施上述行政区划调整,依法开展相关方面的工作衔接,妥善处理机构设置、人员调配等问题,确保安定稳定,促进经济社会发展,所需经费由你市自行解决。上述行政区划调整应在批准之日起12个月内完成,变更完成情况及时报告省政府。

                  福建省人民政府

                  2021年4月9日

                  (此件主动公开)
                """);

        assertThat(Signature.signers(source, 1, source.lineCount())).containsExactly("福建省人民政府");
    }

    @Test
    void bodyAboveAPublicationNoteAndADateThatLostItsMarks_isTheSigner() {
        // muding-2017-yingji l.13-21: 牟定县人民政府办公室 / (此件公开发布) / { 2017 6 23
        SourceText source = source("""
                经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行,原2007年印发的《牟定县突发环境事件应急预案》同时废止。

                牟定县人民政府办公室

                (此件公开发布)

                { 2017 6 23

                牟定县突发环境事件应急预案(试行)
                """);

        assertThat(Signature.signers(source, 1, source.lineCount())).containsExactly("牟定县人民政府办公室");
    }

    @Test
    void bodyAboveADateInChineseNumerals_isTheSigner() {
        // shandong-2019-docs l.57-63
        SourceText source = source("""
                山东省人民政府办公厅

                二○一○年四月三十日

                二○一○年四月三十日

                关于做好2010年普通高校
                """);

        assertThat(Signature.signers(source, 1, source.lineCount())).containsExactly("山东省人民政府办公厅");
    }

    @Test
    void dateUnderASentence_hasNoSigners() {
        // xinjiang-2020-jiuye l.25-33: the seal of the printed copy is not text
        SourceText source = source("""
                《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》

                已经自治区人民政府第81次常务会议审议通过,现印发你们,请

                认真贯彻执行。

                2020年3月19日

                (此件公开发布)
                """);

        assertThat(Signature.signers(source, 1, source.lineCount())).isEmpty();
    }

    @Test
    void traditionalSignature_isReadFromTheSimplifiedReading() {
        // wuzhou-2003-quhua l.29-33, a traditional page
        SourceText source = SourceText.of("wuzhou.txt", List.of(
                "上述行政區劃調整涉及的各類機構要按照「精簡、效能」的原則設置,所需經費和人員編制由你們自行解決。", "",
                "中華人民共和國國務院", "",
                "二〇〇三年一月二日"));

        assertThat(Signature.signers(source, 1, source.lineCount())).containsExactly("中华人民共和国国务院");
    }
}
