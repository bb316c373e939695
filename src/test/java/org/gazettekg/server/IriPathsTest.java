package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.gazettekg.graph.GKG;
import org.gazettekg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IriPathsTest {

    @Test
    void percentEncodedChinese_givesTheMintedIri() {
        String iri = Iris.policyByNumber("长政办发〔2020〕10号");
        String raw = "/id/doc/" + URLEncoder.encode("长政办发〔2020〕10号", StandardCharsets.UTF_8);
        assertThat(IriPaths.iri(raw, IriPaths.ID)).contains(iri);
    }

    @Test
    void rawChinese_givesTheSameIri() {
        assertThat(IriPaths.iri("/doc/doc/长政办发〔2020〕10号", IriPaths.DOC)).contains(Iris.policyByNumber("长政办发〔2020〕10号"));
    }

    @Test
    void encodedSlashInANumber_staysInItsSegment() {
        String iri = Iris.policyByNumber("GB/T 1234-2020");
        assertThat(iri).contains("GB%2FT%201234-2020");
        assertThat(IriPaths.iri("/id/doc/GB%2FT%201234-2020", IriPaths.ID)).contains(iri);
        assertThat(IriPaths.iri("/id/doc/GB%2ft%201234-2020", IriPaths.ID)).contains(GKG.ID + "doc/GB%2Ft%201234-2020");
    }

    @Test
    void docPath_roundTripsThroughIri() {
        String iri = Iris.issue("长治市", 2020, "2");
        String path = IriPaths.docPath(iri).orElseThrow();
        assertThat(path).startsWith("/doc/gazette/%E9%95%BF").matches("\\p{ASCII}+");
        assertThat(IriPaths.iri(path, IriPaths.DOC)).contains(iri);
        assertThat(IriPaths.idPath(iri)).contains("/id/" + path.substring("/doc/".length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/", "/id/doc/../../etc/passwd", "/id/doc/%2E%2E/x", "/id/a//b", "/id/%E9%95", "/id/%zz", "/doc/x", "/analyst/x"})
    void malformedOrEscapingPaths_nameNoIri(String raw) {
        assertThat(IriPaths.iri(raw, IriPaths.ID)).isEmpty();
    }

    @Test
    void anotherHostInThePath_staysAPathUnderOurIris() {
        assertThat(IriPaths.iri("/id/http:%2F%2Fexample.org%2F", IriPaths.ID)).contains(GKG.ID + "http%3A%2F%2Fexample.org%2F");
        assertThat(IriPaths.docPath("http://example.org/x")).isEmpty();
        assertThat(IriPaths.docPath("file:///etc/passwd")).isEmpty();
    }
}
