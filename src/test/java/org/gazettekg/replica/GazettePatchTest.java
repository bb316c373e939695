package org.gazettekg.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gazettekg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A gazette travels as one RDF Patch: written, read back whole, and anything else refused. */
class GazettePatchTest {

    private static final String SOURCE = "changzhi-2020-02.txt";
    private static final String GRAPH = Iris.graph(SOURCE);
    private static final String DOC = "https://w3id.org/gazette-kg/id/doc/长政办发〔2020〕10号";
    private static final String GKG = "https://w3id.org/gazette-kg/ontology#";

    private static Graph sample() {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = NodeFactory.createURI(DOC);
        Node cell = NodeFactory.createBlankNode();
        g.add(doc, NodeFactory.createURI(GKG + "fullText"),
                NodeFactory.createLiteralString("第一行\n第二行 \"引号\" 〔2020〕"));
        g.add(doc, NodeFactory.createURI(GKG + "issuers"), cell);
        g.add(cell, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#first"),
                NodeFactory.createLiteralLang("长治市人民政府办公室", "zh"));
        return g;
    }

    @Test
    void patchWrittenAndReadBack_carriesTheSameGraphSourceAndId() {
        GazettePatch patch = new GazettePatch("uuid:0b0e3a8e-0000-4000-8000-000000000001", SOURCE, sample());

        GazettePatch read = GazettePatch.parse(patch.toBytes());

        assertThat(read.source()).isEqualTo(SOURCE);
        assertThat(read.id()).isEqualTo(patch.id());
        assertThat(read.graphName().getURI()).isEqualTo(GRAPH);
        assertThat(read.graph().isIsomorphicWith(sample())).isTrue();
    }

    @Test
    void patchText_namesSourceGraphAndIdInHeadersAndAddsEveryQuadInOneTransaction() {
        String text = new String(new GazettePatch("uuid:x", SOURCE, sample()).toBytes(), StandardCharsets.UTF_8);

        assertThat(text).contains("H source \"" + SOURCE + "\"", "H graph <" + GRAPH + ">", "H id <uuid:x>", "TX", "TC");
        assertThat(text.lines().filter(l -> l.startsWith("A "))).hasSize(3).allMatch(l -> l.contains("<" + GRAPH + ">"));
        assertThat(text.lines().filter(l -> l.startsWith("D "))).isEmpty();
    }

    static Stream<Arguments> brokenPatches() {
        String header = "H source \"" + SOURCE + "\" .\nH graph <" + GRAPH + "> .\n";
        String quad = "<" + DOC + "> <" + GKG + "p> \"x\"";
        return Stream.of(
                Arguments.of("empty record", ""),
                Arguments.of("not RDF Patch", "not an RDF patch <"),
                Arguments.of("binary noise", "\u0000\u00ff\u0001PK"),
                Arguments.of("no source header", "H graph <" + GRAPH + "> .\nTX .\nA " + quad + " <" + GRAPH + "> .\nTC .\n"),
                Arguments.of("graph of another file", "H source \"" + SOURCE + "\" .\nH graph <" + Iris.graph("other.txt") + "> .\nTX .\nTC .\n"),
                Arguments.of("quad in another graph", header + "TX .\nA " + quad + " <" + Iris.graph("other.txt") + "> .\nTC .\n"),
                Arguments.of("a deletion", header + "TX .\nD " + quad + " <" + GRAPH + "> .\nTC .\n"),
                Arguments.of("an aborted transaction", header + "TX .\nA " + quad + " <" + GRAPH + "> .\nTA .\n"),
                Arguments.of("truncated quad", header + "TX .\nA <" + DOC + "> <" + GKG + "p> \n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPatches")
    void recordThatIsNotAGazettePatch_isRefusedAsMalformed(String name, String text) {
        assertThatThrownBy(() -> GazettePatch.parse(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedPatchException.class);
    }
}
