package org.gazettekg.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazettekg.graph.LoadCounts;
import org.gazettekg.store.LoadResult;

/** Sends gazette files to a running server's {@code /$/load} and reads back its answer as a {@link LoadResult}. */
final class ServerLoader {

    private static final String LOAD_PATH = "/$/load";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** A large gazette takes seconds to parse and store; a stuck server should not hang the client for ever. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(30);
    /** The server's answer line: "NAME: D documents, C citations, M divisions, T triples". */
    private static final Pattern COUNTS = Pattern.compile(
            ": (\\d+) documents, (\\d+) citations, (\\d+) divisions, (\\d+) triples\\s*$");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final URI server;
    private final String authorization;

    /** A loader for {@code server} (its base URL), sending {@code authorization} (null for none). */
    ServerLoader(URI server, String authorization) {
        this.server = requireNonNull(server, "server");
        this.authorization = authorization;
    }

    /** Sends {@code file}; any failure (unreadable file, refused, server down) is a failed result. */
    LoadResult load(Path file) {
        String name = file.getFileName().toString();
        try {
            HttpRequest.Builder req = HttpRequest.newBuilder(loadUri(name))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file)));
            if (authorization != null) {
                req.header("Authorization", authorization);
            }
            HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return resultOf(name, r.statusCode(), r.body().strip());
        } catch (IOException e) {
            return LoadResult.failed(name, name + ": cannot send to " + server + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LoadResult.failed(name, name + ": interrupted");
        }
    }

    private URI loadUri(String name) {
        String base = server.toString().replaceAll("/+$", "");
        return URI.create(base + LOAD_PATH + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    static LoadResult resultOf(String name, int status, String body) {
        Matcher m = COUNTS.matcher(body);
        if (status == 200 && m.find()) {
            return LoadResult.loaded(name, new LoadCounts(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Long.parseLong(m.group(4))));
        }
        String reason = switch (status) {
            case 401 -> "login required (give --user and --password-file)";
            case 403 -> body;
            default -> "HTTP " + status + (body.isEmpty() ? "" : ": " + body);
        };
        return LoadResult.failed(name, status == 422 ? body : name + ": server refused: " + reason);
    }
}
