package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The server's options: named defaults, and combinations that do not fit refused with a reason. */
class ServerOptionsTest {

    @Test
    void nothingSet_givesAReadOnlyServerOnPort3030WithA30SecondTimeoutAndNoLogins() {
        ServerOptions options = ServerOptions.builder().build();

        assertThat(options.port()).isEqualTo(3030);
        assertThat(options.timeoutMillis()).isEqualTo(30_000);
        assertThat(options.allowUpdate()).isFalse();
        assertThat(options.allowUpdateLoad()).isFalse();
        assertThat(options.hasPasswords()).isFalse();
        assertThat(options.maxRequestBytes()).isEqualTo(1L << 20);
    }

    @Test
    void settingsGiven_areKeptAndTheOthersStayAtTheirDefaults() {
        ServerOptions options = ServerOptions.builder().port(0).timeoutMillis(500).maxRequestBytes(4096).build();

        assertThat(options.port()).isZero();
        assertThat(options.timeoutMillis()).isEqualTo(500);
        assertThat(options.maxRequestBytes()).isEqualTo(4096);
        assertThat(options.allowUpdate()).isFalse();
    }

    @Test
    void loadWithoutUpdate_isRefused() {
        assertThatThrownBy(() -> ServerOptions.builder().allowUpdateLoad(true).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage(ServerOptions.LOAD_NEEDS_UPDATE);
    }

    @Test
    void zeroTimeout_isRefused() {
        assertThatThrownBy(() -> ServerOptions.builder().timeoutMillis(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    }

    @Test
    void serverBuilderPortAndTimeout_changeOnlyThoseOptions() {
        var server = GazetteServer.create(org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem())
                .port(0).timeoutMillis(1234).build();
        try {
            server.start();
            assertThat(server.getHttpPort()).isPositive().isNotEqualTo(3030);
        } finally {
            server.stop();
        }
    }
}
