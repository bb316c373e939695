package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RdfFormatTest {

    private static final List<RdfFormat> ALL = List.of(RdfFormat.values());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/turtle|TURTLE",
            "application/ld+json|JSONLD",
            "application/n-triples|NTRIPLES",
            "application/rdf+xml|RDFXML",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8|HTML",
            "application/xhtml+xml|HTML",
            "*/*|TURTLE",
            "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,application/n-triples;q=0.8,text/turtle;q=0.6|JSONLD",
            "text/*;q=0.5,application/rdf+xml;q=0.7|RDFXML",
            "text/*|TURTLE",
            "TEXT/Turtle ; q=1|TURTLE"})
    void acceptHeader_choosesTheHeaviestFormat(String accept, RdfFormat expected) {
        assertThat(RdfFormat.negotiate(accept, ALL)).contains(expected);
    }

    @Test
    void noAcceptHeader_givesTurtle() {
        assertThat(RdfFormat.negotiate(null, ALL)).contains(RdfFormat.TURTLE);
        assertThat(RdfFormat.negotiate(" ", ALL)).contains(RdfFormat.TURTLE);
    }

    @Test
    void aSpecificRangeOverridesAWildcard() {
        assertThat(RdfFormat.negotiate("*/*;q=0.9,text/turtle;q=0", ALL)).contains(RdfFormat.JSONLD);
    }

    @Test
    void nothingAcceptable_givesNone() {
        assertThat(RdfFormat.negotiate("image/png", ALL)).isEmpty();
        assertThat(RdfFormat.negotiate("text/html", List.of(RdfFormat.TURTLE))).isEmpty();
        assertThat(RdfFormat.negotiate("text/turtle;q=0", ALL)).isEmpty();
    }

    @Test
    void formatParameter_acceptsShortNamesAndMediaTypes() {
        assertThat(RdfFormat.byName("jsonld")).contains(RdfFormat.JSONLD);
        assertThat(RdfFormat.byName("application/rdf+xml")).contains(RdfFormat.RDFXML);
        assertThat(RdfFormat.byName("file:///etc/passwd")).isEmpty();
    }
}
