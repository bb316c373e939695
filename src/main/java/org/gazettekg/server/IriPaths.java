package org.gazettekg.server;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.gazettekg.graph.GKG;
import org.gazettekg.graph.Iris;

/**
 * Between a resource IRI ({@code https://w3id.org/gazette-kg/id/…}) and the paths that serve it:
 * {@code /id/…} (the IRI's own path, answered with a redirect) and {@code /doc/…} (its
 * description). A path maps to exactly one IRI under {@link GKG#ID}, spelled as {@link Iris}
 * mints it (non-ASCII letters as they are, other ASCII characters percent-encoded), whether the
 * client sent the Chinese characters percent-encoded or not; no path names another host or a file.
 */
final class IriPaths {

    /** The path prefix of resource IRIs. */
    static final String ID = "/id/";
    /** The path prefix of descriptions. */
    static final String DOC = "/doc/";

    private IriPaths() {
    }

    /**
     * The IRI a raw (still percent-encoded) request path under {@code prefix} names, or empty when
     * the path is not under it, is empty after it, or holds a dot segment or a malformed escape.
     */
    static Optional<String> iri(String rawPath, String prefix) {
        requireNonNull(rawPath, "rawPath");
        if (!rawPath.startsWith(prefix) || rawPath.length() == prefix.length()) {
            return Optional.empty();
        }
        Optional<String> tail = normalised(rawPath.substring(prefix.length()));
        return tail.filter(IriPaths::noDotSegments).map(t -> GKG.ID + t);
    }

    /** The path of the description of {@code iri} (ASCII, ready for a Location header), if the IRI is ours. */
    static Optional<String> docPath(String iri) {
        return tail(iri).map(t -> DOC + ascii(t));
    }

    /** The {@code /id/} path of {@code iri} (ASCII), if the IRI is ours. */
    static Optional<String> idPath(String iri) {
        return tail(iri).map(t -> ID + ascii(t));
    }

    private static Optional<String> tail(String iri) {
        requireNonNull(iri, "iri");
        return iri.startsWith(GKG.ID) && iri.length() > GKG.ID.length() ? Optional.of(iri.substring(GKG.ID.length())) : Optional.empty();
    }

    /**
     * The path with its escapes decoded and then re-encoded as {@link Iris#segment} encodes each
     * character; a literal {@code /} stays a separator, an encoded one ({@code %2F}) stays encoded.
     */
    static Optional<String> normalised(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%') {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                while (i < raw.length() && raw.charAt(i) == '%') {
                    if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                        return Optional.empty();
                    }
                    bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                    i += 3;
                }
                String decoded = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
                if (decoded.indexOf('\uFFFD') >= 0) {
                    return Optional.empty();
                }
                out.append(Iris.segment(decoded));
            } else if (c == '/') {
                out.append(c);
                i++;
            } else {
                int cp = raw.codePointAt(i);
                out.append(Iris.segment(new String(Character.toChars(cp))));
                i += Character.charCount(cp);
            }
        }
        return Optional.of(out.toString());
    }

    private static boolean noDotSegments(String tail) {
        for (String segment : tail.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with every non-ASCII character percent-encoded as UTF-8 (existing escapes kept). */
    static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        text.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return out.toString();
    }
}
