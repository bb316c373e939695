package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The date a page's metadata gives as the document's own: 成文日期, failing that 生成日期. */
class PageMetadataTest {

    private static final DocNumber NUMBER = DocNumber.parse("宁政发〔2026〕16号").orElseThrow();

    @Test
    void writtenDate_isTheDocumentDateEvenWhereAGenerationDateIsGiven() {
        // a block that gives both: the 成文日期 of neimenggu-2013-guize l.41, the 生成日期 of nanjing-2023-docs l.25
        PageMetadata block = new PageMetadata(37, 41, NUMBER, NUMBER.printed(), null, "自治区人民政府", null, 0,
                LocalDate.of(2013, 7, 2), LocalDate.of(2026, 2, 8));

        assertThat(block.documentDate()).isEqualTo(LocalDate.of(2013, 7, 2));
    }

    @Test
    void generationDateAlone_isTheDocumentDate() {
        // nanjing-2023-docs l.25: 生成日期 2026-02-08, no 成文日期
        PageMetadata block = new PageMetadata(23, 35, NUMBER, NUMBER.printed(), null, "南京市人民政府", null, 0,
                null, LocalDate.of(2026, 2, 8));

        assertThat(block.documentDate()).isEqualTo(LocalDate.of(2026, 2, 8));
    }

    @Test
    void neitherDate_givesNoDocumentDate() {
        PageMetadata block = new PageMetadata(3, 3, NUMBER, NUMBER.printed(), null, null, null, 0, null, null);

        assertThat(block.documentDate()).isNull();
    }
}
