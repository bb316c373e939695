package org.gazettekg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.gazettekg.parse.GazetteParser;
import org.gazettekg.parse.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole graph {@link GazetteRdfWriter} writes for real text (a gazette's masthead, table of
 * contents and first documents; document pages of other provinces with division changes, citations
 * and traditional characters) against golden files: every triple the writer adds or drops shows up
 * as a difference, where the other tests check the properties of the graph one at a time.
 * Run with {@code -Dgolden.update=true} to write the golden files again after a deliberate change,
 * then read their diff before committing them.
 */
class GazetteRdfWriterGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/graph/golden");

    private static final Map<String, String> PREFIXES = Map.of(
            "gkg", "https://w3id.org/gazette-kg/ontology#",
            "id", "https://w3id.org/gazette-kg/id/",
            "eli", "http://data.europa.eu/eli/ontology#",
            "dct", "http://purl.org/dc/terms/",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "org", "http://www.w3.org/ns/org#",
            "xsd", "http://www.w3.org/2001/XMLSchema#");

    static Stream<Path> inputs() {
        return Stream.of(
                Path.of("src/test/resources/graph/input/changzhi-2020-02-head.txt"),
                Path.of("src/test/resources/outside/corpus/ningxia-2003-zhongwei.txt"),
                Path.of("src/test/resources/outside/corpus/zhejiang-2011-docs.txt"),
                Path.of("src/test/resources/outside/corpus/guangdong-2012-nansha.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void writtenGraph_isTheGoldenGraph(Path input) throws IOException {
        DatasetGraph written = write(input);
        Path golden = GOLDEN.resolve(input.getFileName().toString().replaceFirst("\\.txt$", ".trig"));
        if (Boolean.getBoolean("golden.update")) {
            try (OutputStream out = Files.newOutputStream(golden)) {
                PREFIXES.forEach(written.prefixes()::add);
                RDFDataMgr.write(out, written, RDFFormat.TRIG_BLOCKS);
            }
        }
        DatasetGraph expected = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(expected, golden.toString(), Lang.TRIG);

        assertThat(lines(written.getUnionGraph())).as("triples of %s", input)
                .containsExactlyInAnyOrderElementsOf(lines(expected.getUnionGraph()));
        assertThat(written.getUnionGraph().isIsomorphicWith(expected.getUnionGraph())).isTrue();
    }

    private static DatasetGraph write(Path input) throws IOException {
        List<String> lines = Files.readAllLines(input);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        StreamRDF stream = StreamRDFLib.dataset(dsg);
        stream.start();
        new GazetteParser().parse(SourceText.of(input.getFileName().toString(), lines),
                new GazetteRdfWriter(stream).resolving());
        stream.finish();
        return dsg;
    }

    /** The triples as N-Triples lines (blank nodes as _:b), so that a failure lists what differs. */
    private static Set<String> lines(Graph graph) {
        Set<String> out = new TreeSet<>();
        graph.find().forEachRemaining(t -> out.add(
                (FmtUtils.stringForNode(t.getSubject()) + " " + FmtUtils.stringForNode(t.getPredicate()) + " "
                        + FmtUtils.stringForNode(t.getObject())).replaceAll("_:\\S+", "_:b")));
        return out;
    }
}
