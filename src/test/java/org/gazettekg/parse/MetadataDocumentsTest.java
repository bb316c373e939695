package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.gazettekg.parse.DocumentLocator.Located;
import org.junit.jupiter.api.Test;

/**
 * Page metadata blocks matched to the documents found, on the block of nanjing-2023-docs l.23-35 (shared/outside):
 * a block goes to the document it stands next to, or, within a wider reach, to the one whose title it gives; a
 * block that stands by no document and gives a title and a 文号 makes one.
 */
class MetadataDocumentsTest {

    /** nanjing-2023-docs l.23-35: the block; its 信息名称 on l.11 here, its 文号 on l.13. */
    private static final List<String> BLOCK = List.of(
            "| 索 引 号: | 012947031/2026-12388 | 信息分类: | 综合政务 / 宁政发 / 通知 |",
            "",
            "| 发布机构: | 南京市人民政府 | 生成日期: | 2026-02-08 |",
            "",
            "| 生效日期: | 失效日期: | ||",
            "",
            "| 废止日期: | 是否修改: | 否 | |",
            "",
            "| 信息名称: | 市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知 | ||",
            "",
            "| 文 号: | 宁政发〔2026〕16号 | 关 键 词: | 2026年;工作目标任务;分解落实方案;通知 |",
            "",
            "| 内容概览: | |||");
    private static final String TITLE = "关于印发《2026年市政府主要工作目标任务分解落实方案》的通知";
    /** nanjing-2023-docs l.46: the first line of the body. */
    private static final String PROSE = "市第十七届人大五次会议审议通过的《政府工作报告》,明确了2026年全市经济社会发展的主要目标、总体要求和重点任务。";

    /** The block, then {@code blanks} blank lines, then {@code prose} lines of body text, then the heading. */
    private static SourceText page(int blanks, int prose) {
        List<String> lines = new ArrayList<>(BLOCK);
        lines.addAll(Collections.nCopies(blanks, ""));
        lines.addAll(Collections.nCopies(prose, PROSE));
        lines.add("市政府" + TITLE);
        return SourceText.of("nanjing.txt", lines);
    }

    private static Located document(int line, String title) {
        return new Located(new HeadingReader.Heading(line, line, List.of("市政府"), title), line, null, null, false, null);
    }

    private static PageMetadata attachedTo(SourceText source, String title) {
        List<PageMetadata> blocks = MetadataBlock.read(source);
        assertThat(blocks).hasSize(1);
        List<Located> found = new ArrayList<>(List.of(document(source.lines().size(), title)));
        MetadataDocuments.attach(source, found, blocks);
        return found.get(0).metadata();
    }

    @Test
    void blockRightAboveAHeadingOfAnotherTitle_isItsMetadata_andGivesItsNumber() {
        SourceText source = page(1, 0);
        List<PageMetadata> blocks = MetadataBlock.read(source);
        List<Located> found = new ArrayList<>(List.of(document(source.lines().size(), "关于印发分解落实方案的通知")));

        MetadataDocuments.attach(source, found, blocks);

        assertThat(found).singleElement().satisfies(l -> {
            assertThat(l.metadata()).isSameAs(blocks.get(0));
            assertThat(l.number().canonical()).isEqualTo(blocks.get(0).number().canonical());
        });
    }

    @Test
    void blankLinesUpToTheReach_stillJoinTheBlockToAHeadingOfAnotherTitle() {
        // twelve blank lines between them are in reach, thirteen are not
        assertThat(attachedTo(page(12, 0), "关于印发分解落实方案的通知")).isNotNull();
        assertThat(attachedTo(page(13, 0), "关于印发分解落实方案的通知")).isNull();
    }

    @Test
    void bodyTextBetweenBlockAndAHeadingOfAnotherTitle_keepsThemApart() {
        assertThat(attachedTo(page(1, 1), "关于印发分解落实方案的通知")).isNull();
    }

    @Test
    void blockThatGivesTheHeadingsTitle_reachesItOverBodyText_butNotBeyondItsReach() {
        // the heading is the last line; the block ends on l.13: 24 lines apart is in reach, 25 is not
        assertThat(attachedTo(page(0, 10), TITLE)).isNotNull();
        assertThat(attachedTo(page(0, 23), TITLE)).isNotNull();
        assertThat(attachedTo(page(0, 24), TITLE)).isNull();
        assertThat(attachedTo(page(0, 10), "关于印发分解落实方案的通知")).isNull();
    }

    @Test
    void blockBelowTheHeading_isItsMetadataWhenOnlyBlankLinesStandBetween() {
        List<String> lines = new ArrayList<>(List.of("市政府关于印发分解落实方案的通知", ""));
        lines.addAll(BLOCK);
        SourceText source = SourceText.of("nanjing.txt", lines);
        List<PageMetadata> blocks = MetadataBlock.read(source);
        List<Located> found = new ArrayList<>(List.of(document(1, "关于印发分解落实方案的通知")));

        MetadataDocuments.attach(source, found, blocks);

        assertThat(found.get(0).metadata()).isSameAs(blocks.get(0));
    }

    @Test
    void blockBelowTheHeadingAfterBodyText_isNotItsMetadata() {
        List<String> lines = new ArrayList<>(List.of("市政府关于印发分解落实方案的通知", PROSE));
        lines.addAll(BLOCK);
        SourceText source = SourceText.of("nanjing.txt", lines);
        List<Located> found = new ArrayList<>(List.of(document(1, "关于印发分解落实方案的通知")));

        MetadataDocuments.attach(source, found, MetadataBlock.read(source));

        assertThat(found.get(0).metadata()).isNull();
    }

    @Test
    void blockGoesToOneDocumentOnly_theFirstWithoutMetadata() {
        SourceText source = page(1, 0);
        List<PageMetadata> blocks = MetadataBlock.read(source);
        int heading = source.lines().size();
        List<Located> found = new ArrayList<>(List.of(document(heading, TITLE), document(heading, TITLE)));

        MetadataDocuments.attach(source, found, blocks);

        assertThat(found.get(0).metadata()).isSameAs(blocks.get(0));
        assertThat(found.get(1).metadata()).isNull();
    }

    @Test
    void pageCutAfterItsMetadata_givesTheDocumentOfTheBlocksTitleRow() {
        SourceText source = SourceText.of("nanjing.txt", BLOCK);
        List<PageMetadata> blocks = MetadataBlock.read(source);
        List<Located> found = new ArrayList<>();

        MetadataDocuments.addByTitle(source, found, blocks);

        assertThat(found).singleElement().satisfies(l -> {
            assertThat(l.heading().title()).isEqualTo(TITLE);
            assertThat(l.heading().issuers()).containsExactly("市政府");
            assertThat(l.heading().startLine()).isEqualTo(9);
            assertThat(l.numberLine()).isEqualTo(9);
            assertThat(l.number().canonical()).isEqualTo(blocks.get(0).number().canonical());
            assertThat(l.metadata()).isSameAs(blocks.get(0));
        });
    }

    @Test
    void blockWithoutTitleRow_givesADocumentAtItsFirstLine() {
        PageMetadata block = MetadataBlock.read(SourceText.of("nanjing.txt", BLOCK)).get(0);
        PageMetadata untitledRow = new PageMetadata(1, 13, block.number(), block.printedNumber(), null,
                block.publisher(), block.title(), 0, null, null);
        List<Located> found = new ArrayList<>();

        MetadataDocuments.addByTitle(SourceText.of("nanjing.txt", BLOCK), found, List.of(untitledRow));

        assertThat(found).singleElement().satisfies(l -> assertThat(l.heading().startLine()).isEqualTo(1));
    }

    @Test
    void blockAlreadyGiven_orWhoseNumberIsADocumentsAlready_makesNoDocument() {
        SourceText source = page(1, 0);
        List<PageMetadata> blocks = MetadataBlock.read(source);
        int heading = source.lines().size();
        List<Located> given = new ArrayList<>(List.of(document(heading, TITLE).withMetadata(blocks.get(0))));
        MetadataDocuments.addByTitle(source, given, blocks);
        assertThat(given).hasSize(1);

        Located numbered = new Located(new HeadingReader.Heading(heading, heading, List.of("市政府"), TITLE), heading,
                blocks.get(0).number(), blocks.get(0).printedNumber(), false, null);
        List<Located> known = new ArrayList<>(List.of(numbered));
        MetadataDocuments.addByTitle(source, known, blocks);
        assertThat(known).hasSize(1);
    }

    @Test
    void blockWithoutNumber_orOfAnInterpretation_makesNoDocument() {
        PageMetadata block = MetadataBlock.read(SourceText.of("nanjing.txt", BLOCK)).get(0);
        PageMetadata noNumber = new PageMetadata(1, 13, null, null, null, block.publisher(), block.title(), 9,
                null, null);
        PageMetadata noKind = new PageMetadata(1, 13, block.number(), block.printedNumber(), null, block.publisher(),
                "《2026年市政府主要工作目标任务分解落实方案》解读", 9, null, null);
        List<Located> found = new ArrayList<>();

        MetadataDocuments.addByTitle(SourceText.of("nanjing.txt", BLOCK), found, List.of(noNumber, noKind));

        assertThat(found).isEmpty();
    }

    @Test
    void blockWithOnlyAPrintedNumber_makesTheDocument() {
        PageMetadata block = MetadataBlock.read(SourceText.of("nanjing.txt", BLOCK)).get(0);
        PageMetadata printedOnly = new PageMetadata(1, 13, null, "宁政发〔2026〕", null, block.publisher(),
                block.title(), 9, null, null);
        List<Located> found = new ArrayList<>(List.of(document(40, "关于另一件事的通知")));

        MetadataDocuments.addByTitle(SourceText.of("nanjing.txt", BLOCK), found, List.of(printedOnly));

        assertThat(found).hasSize(2);
        assertThat(found.get(1).printedNumber()).isEqualTo("宁政发〔2026〕");
    }

    @Test
    void blockWithoutTitleRowOutOfReach_isNoDocumentsMetadata() {
        List<String> lines = new ArrayList<>(BLOCK.subList(0, 8));
        lines.addAll(BLOCK.subList(10, 13));
        lines.addAll(Collections.nCopies(13, ""));
        lines.add("市政府" + TITLE);
        SourceText source = SourceText.of("nanjing.txt", lines);
        List<PageMetadata> blocks = MetadataBlock.read(source);
        assertThat(blocks).singleElement().satisfies(b -> assertThat(b.title()).isNull());
        List<Located> found = new ArrayList<>(List.of(document(lines.size(), TITLE)));

        MetadataDocuments.attach(source, found, blocks);

        assertThat(found.get(0).metadata()).isNull();
    }

    @Test
    void blockWhoseNumberNoDocumentHas_makesItsDocumentBesideTheOthers() {
        SourceText source = SourceText.of("nanjing.txt", BLOCK);
        List<PageMetadata> blocks = MetadataBlock.read(source);
        DocNumber other = DocNumber.parse("宁政发〔2026〕15号").orElseThrow();
        List<Located> found = new ArrayList<>(List.of(new Located(
                new HeadingReader.Heading(40, 40, List.of("市政府"), "关于另一件事的通知"), 40, other, other.printed(), false, null)));

        MetadataDocuments.addByTitle(source, found, blocks);

        assertThat(found).hasSize(2);
        assertThat(found.get(1).metadata()).isSameAs(blocks.get(0));
    }
}
