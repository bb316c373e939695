package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The furniture of the web pages of the outside corpora: every line is printed on one of their pages. */
class PageFurnitureTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "首页 > 国内资讯 > 福建新闻",                                             // fujian-2021-changle l.3
            "当前位置:首页 > 内蒙古自治区人民政府办公厅 > 政务公开 > 自治区文件",           // neimenggu-2013-guize l.35
            "您的位置: 首页  >>  政务公开  >>  法定主动公开内容  >>  基础信息公开  >>  自治区文件  >>  正文", // xinjiang l.3
            "首页 > 太湖县人民政府办公室信息公开 > 信息浏览",                             // taihu-2019-guize l.1
            "首页 >> 公开信息内容"})                                                 // muding-2017-yingji l.3
    void breadcrumb_isFurniture(String line) {
        assertThat(PageFurniture.is(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "【打印】 【字体:",     // dongguan-2021-jiuye l.7, as read in simplified
            "字体:[ ]",            // zhejiang-2011-docs l.11
            "分享",                // shandong-2019-docs l.31
            "无障碍版 | 繁体版 | 智能问答| 个人中心| APP", // liangshan-2020-fengong l.1
            "APP下载"})            // liangshan-2020-fengong l.3
    void widget_isFurniture(String line) {
        assertThat(PageFurniture.is(line)).isTrue();
    }

    @Test
    void widgetPrintedInTraditional_isFurnitureAsATraditionalPageIsRead() {
        // dongguan-2021-jiuye l.1-9: the page is traditional, so l.7 "【打印】 【字體:" is read in simplified
        SourceText page = SourceText.of("dongguan.txt", List.of(
                "首頁 > 政務公開 > 文件庫 > 政策法規庫", "",
                "東莞市人民政府關于印發《東莞市進一步促進就業若干政策措施實施意見》的通知", "",
                "時間 : 2019-12-22 22:43:36 來源 : 東莞市人民政府", "",
                "【打印】 【字體:", "",
                "東莞市人民政府關于印發《東莞市進一步促進就業若干政策措施實施意見》的通知"));

        assertThat(PageFurniture.is(page.line(7))).isTrue();
        assertThat(PageFurniture.is(page.line(5))).isTrue();
        assertThat(PageFurniture.is(page.line(1))).isTrue();
        assertThat(PageFurniture.is(page.line(9))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "浏览次数: 590 内容概述:",                                  // taihu-2019-guize l.15
            "发布时间:2021-12-22 17:45 浏览次数:",                       // ali-2021-guize l.15
            "Copyright © www.selectshandong.com. All Rights Reserved",  // shandong-2019-docs l.1
            "山东省人民政府 版权所有",                                    // shandong-2019-docs l.3
            "主办单位:山西省人民政府办公厅 技术支持:某某公司",               // a site word after the line's opening
            "阅读量 1234",                                               // a counter without a colon
            "http://www.xahy.gov.cn/zwgk/zfwj/qzfwj/601f495ef8fd1c2073f3da12.html"})
    void counterCopyrightOrAddress_isFurniture(String line) {
        assertThat(PageFurniture.is(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "时间:2021-04-12",                                          // fujian-2021-changle l.7
            "来源:福建省人民政府",                                       // fujian-2021-changle l.25
            "来源:山东省人民政府网站2019-01-07 11:58",                    // shandong-2019-docs l.5
            "来源:新疆政府网 发布时间:2020年03月25日 11:31 浏览次数:",      // xinjiang-2020-jiuye l.9
            "来源:“中国杭州”政府门户网站",                                // zhejiang-2011-docs l.59, as read
            "时间:2019-05-14 10:45:55下载本文作者:会员上传"})              // hunan-2009-jiuye l.3
    void sourceOrTimeLine_isFurniture(String line) {
        assertThat(PageFurniture.is(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // wuzhou-2003-quhua l.5, 15, 17, 37, 39 and zhejiang-2011-docs l.61, as read in simplified
            "维基文库,自由的图书馆",
            "本作品收录于《中华人民共和国国务院公报/2003年/第5号",
            "收录于《国务院公报》2003年第5号",
            "注:中文维基文库社群认为,中华人民共和国公务演讲,不总是具有立法、行政、司法性质的文件。",
            "Public domainPublic domainfalsefalse",
            "延伸阅读:",
            // neimenggu-2013-guize l.47, 49
            "取消收藏成功!",
            "相关办事指南"})
    void digitalLibraryNoteOrPageLink_isFurniture(String line) {
        assertThat(PageFurniture.is(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "福建省人民政府关于福州市长乐区文武砂镇行政区划调整的批复",       // fujian-2021-changle l.9
            "闽政文〔2021〕114号",                                       // fujian-2021-changle l.11
            "各县人民政府,行署各局、委、办、处:",                          // ali-2021-guize l.17
            "2021年11月9日",                                            // ali-2021-guize l.23
            "2022128",                                                 // pudong-2022-guize l.23: a garbled date, not a counter
            "(此件公开发布)",                                            // xinjiang-2020-jiuye l.33
            "自治区文件",                                                // xinjiang-2020-jiuye l.5
            "附件:更名园区名单.pdf",                                     // shandong-2019-docs l.19
            "抄送:省委各部门,省人大常委会办公厅,省政协办公厅,省监委,省法院,省检察院。各民主党派省委,省工商联。",
            "第一章 总  则",                                             // neimenggu-2013-guize l.61
            "各部门要做好相关阅读推广工作",                                 // 相关阅读 is furniture only at a line's opening
            ""})
    void documentText_isNotFurniture(String line) {
        assertThat(PageFurniture.is(line)).isFalse();
    }
}
