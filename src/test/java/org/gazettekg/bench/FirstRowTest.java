package org.gazettekg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FirstRowTest {

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void resultsWithRows_readOnlyUpToTheEndOfTheFirstRow() throws IOException {
        String first = "{ \"x\": { \"type\": \"literal\", \"value\": \"a } ] \\\" { [\" } }";
        String json = "{ \"head\": { \"vars\": [ \"x\" ] }, \"results\": { \"bindings\": [ " + first + ", { \"x\": 1 } ] } }";
        String upToFirstRow = json.substring(0, json.indexOf(first) + first.length());
        InputStream beyond = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("read past the first row");
            }
        };

        assertThat(FirstRow.read(new SequenceInputStream(stream(upToFirstRow), beyond))).isTrue();
    }

    @Test
    void resultsWithNoRows_isFalse() throws IOException {
        assertThat(FirstRow.read(stream("{ \"head\": { \"vars\": [ \"bindings\" ] }, \"results\": { \"bindings\": [ ] } }"))).isFalse();
    }

    @Test
    void streamCutInTheFirstRow_isAnError() {
        assertThatThrownBy(() -> FirstRow.read(stream("{ \"head\": { \"vars\": [] }, \"results\": { \"bindings\": [ { \"x\": ")))
                .isInstanceOf(IOException.class).hasMessageContaining("first row");
    }
}
