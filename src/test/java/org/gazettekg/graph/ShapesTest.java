package org.gazettekg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SHACL shapes of {@code ontology/shapes.ttl} against hand-written fixtures: every valid
 * fixture conforms, and every invalid fixture breaks exactly the rule its {@code # breaks:}
 * comment names, and no other.
 */
class ShapesTest {

    static final String SHAPES_FILE = "ontology/shapes.ttl";
    static final String SHAPES_NS = "https://w3id.org/gazette-kg/shapes#";
    private static final Path FIXTURES = Path.of("src/test/resources/shapes");
    private static final Pattern BREAKS = Pattern.compile("^# breaks: gkgsh:(\\S+)", Pattern.MULTILINE);
    private static final Node SH_MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#message");
    private static final Node SH_PROPERTY_SHAPE = NodeFactory.createURI("http://www.w3.org/ns/shacl#PropertyShape");
    private static final Node SH_OR = NodeFactory.createURI("http://www.w3.org/ns/shacl#or");

    private static Shapes shapes;

    @BeforeAll
    static void loadShapes() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES_FILE));
    }

    static Stream<Path> validFixtures() throws IOException {
        return fixtures("valid");
    }

    static Stream<Path> invalidFixtures() throws IOException {
        return fixtures("invalid");
    }

    private static Stream<Path> fixtures(String folder) throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES.resolve(folder))) {
            List<Path> sorted = files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
            return sorted.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void validFixture_conforms(Path fixture) {
        ValidationReport report = validate(fixture);

        assertThat(report.conforms()).as(describe(report)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void invalidFixture_violatesExactlyTheRuleItNames(Path fixture) throws IOException {
        Node rule = brokenRule(fixture);
        assertThat(shapes.getShapeMap()).as("rule named in %s", fixture).containsKey(rule);

        ValidationReport report = validate(fixture);

        assertThat(report.conforms()).as("%s conforms", fixture).isFalse();
        assertThat(report.getEntries()).as(describe(report))
                .extracting(ReportEntry::source)
                .containsOnly(rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void invalidFixture_reportsThePathOfTheBrokenPropertyRule(Path fixture) throws IOException {
        Shape rule = shapes.getShape(brokenRule(fixture));

        ValidationReport report = validate(fixture);

        if (rule instanceof PropertyShape property) {
            assertThat(report.getEntries()).as(describe(report))
                    .extracting(ReportEntry::resultPath)
                    .containsOnly(property.getPath());
        } else {
            assertThat(report.getEntries()).as(describe(report))
                    .extracting(ReportEntry::resultPath)
                    .containsOnlyNulls();
        }
    }

    @Test
    void everyNamedPropertyRule_isBrokenBySomeInvalidFixture() throws IOException {
        Set<Node> broken;
        try (Stream<Path> invalid = invalidFixtures()) {
            broken = invalid.map(ShapesTest::brokenRuleUnchecked).collect(Collectors.toSet());
        }
        Set<Node> named = shapes.getGraph().find(Node.ANY, RDF.type.asNode(), SH_PROPERTY_SHAPE)
                .mapWith(Triple::getSubject).toSet();

        assertThat(broken).containsAll(named);
    }

    @Test
    void everyRuleThatCanBeReported_hasAnEnglishMessage() {
        Graph g = shapes.getGraph();
        Set<Node> reportable = g.find(Node.ANY, RDF.type.asNode(), SH_PROPERTY_SHAPE).mapWith(Triple::getSubject).toSet();
        reportable.addAll(g.find(Node.ANY, SH_OR, Node.ANY).mapWith(Triple::getSubject).toSet());

        assertThat(reportable).isNotEmpty().allSatisfy(rule ->
                assertThat(g.find(rule, SH_MESSAGE, Node.ANY).mapWith(Triple::getObject).toList())
                        .as("sh:message of %s", rule)
                        .anyMatch(m -> m.isLiteral() && "en".equals(m.getLiteralLanguage())));
    }

    private static ValidationReport validate(Path fixture) {
        return ShaclValidator.get().validate(shapes, RDFDataMgr.loadGraph(fixture.toString()));
    }

    private static Node brokenRule(Path fixture) throws IOException {
        Matcher m = BREAKS.matcher(Files.readString(fixture, StandardCharsets.UTF_8));
        assertThat(m.find()).as("%s has a '# breaks: gkgsh:<rule>' comment", fixture).isTrue();
        return NodeFactory.createURI(SHAPES_NS + m.group(1));
    }

    private static Node brokenRuleUnchecked(Path fixture) {
        try {
            return brokenRule(fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }
}
