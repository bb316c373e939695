package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guard's decisions for clients the HTTP tests cannot be: other machines (every test
 * request comes from this one). Requests and responses are minimal stand-ins.
 */
class AccessGuardTest {

    @TempDir
    Path tmp;

    /** What the guard did with one request. */
    private record Outcome(boolean passed, int status, String body) {
    }

    private static Outcome filter(AccessGuard guard, String method, String path, String remote, Map<String, String> headers)
            throws Exception {
        Map<String, String> h = new HashMap<>(headers);
        HttpServletRequest req = (HttpServletRequest) Proxy.newProxyInstance(AccessGuardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getRequestURI" -> path;
                    case "getMethod" -> method;
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> h.get((String) args[0]);
                    case "getContentType" -> h.get("Content-Type");
                    case "getScheme" -> "http";
                    case "getServerName" -> "gazette.example";
                    case "getServerPort" -> 3030;
                    default -> null;
                });
        int[] status = {200};
        StringWriter body = new StringWriter();
        HttpServletResponse resp = (HttpServletResponse) Proxy.newProxyInstance(AccessGuardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "setStatus" -> {
                        status[0] = (Integer) args[0];
                        yield null;
                    }
                    case "getWriter" -> new PrintWriter(body, true);
                    default -> null;
                });
        boolean[] passed = {false};
        guard.doFilter(req, resp, (rq, rs) -> passed[0] = true);
        return new Outcome(passed[0], status[0], body.toString());
    }

    private Path passwords() throws IOException {
        return Files.writeString(tmp.resolve("passwords"), "admin: pw\n");
    }

    private static AccessGuard readOnly() {
        return new AccessGuard("/gazette", ServerOptions.builder().port(0).timeoutMillis(1000).build());
    }

    @ParameterizedTest(name = "{0} {1} from {2}")
    @CsvSource({"GET, /$/datasets, 192.0.2.7", "POST, /$/datasets, 203.0.113.9", "DELETE, /$/datasets/gazette, 2001:db8::1",
            "POST, /$/backup/gazette, 192.0.2.7", "POST, /$/compact/gazette, 192.0.2.7", "GET, /$/tasks, 192.0.2.7"})
    void adminRequestFromAnotherMachine_isRefusedWithoutPasswords(String method, String path, String remote) throws Exception {
        Outcome o = filter(readOnly(), method, path, remote, Map.of());
        assertThat(o.passed()).isFalse();
        assertThat(o.status()).isEqualTo(403);
        assertThat(o.body()).contains("this machine only").contains("--password-file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"127.0.0.1", "127.8.9.10", "0:0:0:0:0:0:0:1", "::1"})
    void adminRequestFromThisMachine_passes(String remote) throws Exception {
        assertThat(filter(readOnly(), "GET", "/$/datasets", remote, Map.of()).passed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/$/server", "/$/ping", "/$/stats/gazette", "/gazette/sparql", "/analyst/", "/", "/$/datasetsX"})
    void readingFromAnotherMachine_passes(String path) throws Exception {
        assertThat(filter(readOnly(), "GET", path, "192.0.2.7", Map.of()).passed()).isTrue();
    }

    @Test
    void adminRequestFromAnotherMachine_isLeftToTheLoginWhenPasswordsAreSet() throws Exception {
        AccessGuard guard = new AccessGuard("/gazette", ServerOptions.builder().port(0).timeoutMillis(1000).allowUpdate(false).passwordFile(passwords()).build());
        assertThat(filter(guard, "POST", "/$/datasets", "192.0.2.7", Map.of()).passed()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"/gazette/update, text/plain", "/gazette, application/sparql-update", "/gazette/sparql, application/sparql-update; charset=utf-8"})
    void update_isRefusedWhenOff(String path, String contentType) throws Exception {
        Outcome o = filter(readOnly(), "POST", path, "127.0.0.1", Map.of("Content-Type", contentType));
        assertThat(o.passed()).isFalse();
        assertThat(o.status()).isEqualTo(403);
        assertThat(o.body()).contains("--allow-update --password-file");
    }

    @Test
    void update_passesToTheLoginWhenOn() throws Exception {
        AccessGuard guard = new AccessGuard("/gazette", ServerOptions.builder().port(0).timeoutMillis(1000).allowUpdate(true).passwordFile(passwords()).build());
        assertThat(filter(guard, "POST", "/gazette/update", "192.0.2.7", Map.of("Content-Type", "application/sparql-update")).passed())
                .isTrue();
    }

    @ParameterizedTest(name = "Origin {0}")
    @CsvSource({"http://evil.example", "http://gazette.example:8080", "https://gazette.example:3030", "null"})
    void adminRequestSentByAPageOfAnotherOrigin_isRefused(String origin) throws Exception {
        Outcome o = filter(readOnly(), "DELETE", "/$/datasets/gazette", "127.0.0.1", Map.of("Origin", origin));
        assertThat(o.passed()).isFalse();
        assertThat(o.body()).contains("another origin");
    }

    @Test
    void adminRequestSentByThePageOfThisServer_passes() throws Exception {
        assertThat(filter(readOnly(), "POST", "/$/datasets", "127.0.0.1", Map.of("Origin", "http://gazette.example:3030")).passed())
                .isTrue();
    }

    @Test
    void adminRequestMarkedCrossSiteWithoutOrigin_isRefused() throws Exception {
        assertThat(filter(readOnly(), "GET", "/$/tasks", "127.0.0.1", Map.of("Sec-Fetch-Site", "cross-site")).passed()).isFalse();
    }

    @Test
    void queryFromAPageOfAnotherOrigin_passes() throws Exception {
        assertThat(filter(readOnly(), "POST", "/gazette/sparql", "192.0.2.7",
                Map.of("Origin", "http://analyst.example", "Content-Type", "application/x-www-form-urlencoded")).passed()).isTrue();
    }
}
