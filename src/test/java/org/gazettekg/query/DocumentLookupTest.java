package org.gazettekg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.file.Path;
import java.util.List;

import org.gazettekg.query.DocumentLookup.DocumentView;
import org.gazettekg.store.GazetteStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show}'s lookup: a document found by any printed form of its 文号, with what the store holds of it. */
class DocumentLookupTest {

    @TempDir
    static Path tmp;

    private static GazetteStore store;

    @BeforeAll
    static void load() {
        store = GazetteStore.open(tmp.resolve("db"));
        assertThat(store.load(Path.of("src/test/resources/query/toc-only.txt")).ok()).isTrue();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void numberAsPrintedInTheBody_findsTheDocumentWithItsMetadataAndSourceLines() {
        List<DocumentView> found = new DocumentLookup(store.dataset()).byNumber("运政办发〔2021〕3号");

        assertThat(found).hasSize(1);
        DocumentView doc = found.get(0);
        assertThat(doc.number()).isEqualTo("运政办发〔2021〕3号");
        assertThat(doc.title()).isEqualTo("关于印发运城市推进示范工作方案的通知");
        assertThat(doc.issuers()).isEqualTo("运城市人民政府办公室");
        assertThat(doc.kind()).isEqualTo("通知");
        assertThat(doc.date()).isEqualTo("2021-03-01");
        assertThat(doc.source()).isEqualTo("toc-only.txt");
        assertThat(doc.startLine()).isEqualTo(18);
        assertThat(doc.endLine()).isGreaterThanOrEqualTo(28);
        assertThat(doc.text()).contains("运政办发〔2021〕3号", "2021年3月1日").doesNotContain("防汛");
        assertThat(doc.iri()).startsWith("http");
    }

    @Test
    void numberWithSquareBracketsAndSpaces_findsTheSameDocument() {
        List<DocumentView> found = new DocumentLookup(store.dataset()).byNumber("  运政办发[2021]3号 ");

        assertThat(found).extracting(DocumentView::number).containsExactly("运政办发〔2021〕3号");
    }

    @Test
    void documentKnownOnlyFromTheTableOfContents_isNotShown_forItHasNoText() {
        assertThat(new DocumentLookup(store.dataset()).byNumber("运政办发〔2021〕5号")).isEmpty();
    }

    @Test
    void numberNotInTheStore_findsNothing() {
        assertThat(new DocumentLookup(store.dataset()).byNumber("运政办发〔2021〕4号")).isEmpty();
    }

    @Test
    void nulls_areRefusedByName() {
        assertThatNullPointerException().isThrownBy(() -> new DocumentLookup(null)).withMessage("dataset");
        assertThatNullPointerException().isThrownBy(() -> new DocumentLookup(store.dataset()).byNumber(null))
                .withMessage("number");
    }
}
