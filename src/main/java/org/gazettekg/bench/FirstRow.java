package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a SPARQL JSON results stream only as far as its first row: what an analyst waiting for a
 * table sees first. A streamed answer shows its first row long before its last; an answer computed
 * whole (sorted, grouped) shows it only at the end.
 */
final class FirstRow {

    private static final String BINDINGS = "bindings";

    private FirstRow() {
    }

    /**
     * Reads {@code in} up to the end of the first binding of {@code results.bindings}; whether there
     * was one (false when the bindings are empty).
     *
     * @throws IOException when the stream ends before the bindings, or before the first binding ends
     */
    static boolean read(InputStream in) throws IOException {
        requireNonNull(in, "in");
        Scanner s = new Scanner(in);
        s.skipTo(BINDINGS);
        return s.firstElementOfArray();
    }

    /** A character scanner that knows JSON strings (braces and brackets inside them are text). */
    private static final class Scanner {
        private final java.io.Reader reader;
        private final StringBuilder lastString = new StringBuilder();

        Scanner(InputStream in) {
            this.reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }

        /** Reads past the key {@code key} and its colon (a string value that reads the same is not the key). */
        void skipTo(String key) throws IOException {
            for (int c = next(); ; c = next()) {
                if (c == '"' && readString().equals(key)) {
                    c = nextNonSpace();
                    if (c == ':') {
                        return;
                    }
                }
            }
        }

        private int nextNonSpace() throws IOException {
            int c = next();
            while (Character.isWhitespace(c)) {
                c = next();
            }
            return c;
        }

        /** After a key: reads to its array's '[' and through its first element; false when the array is empty. */
        boolean firstElementOfArray() throws IOException {
            int c = next();
            while (c != '[') {
                c = next();
            }
            int depth = 0;
            for (c = next(); ; c = next()) {
                if (c == '"') {
                    readString();
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        return false;
                    }
                    depth--;
                    if (depth == 0) {
                        return true;
                    }
                }
            }
        }

        private String readString() throws IOException {
            lastString.setLength(0);
            for (int c = next(); c != '"'; c = next()) {
                if (c == '\\') {
                    c = next();
                }
                lastString.append((char) c);
            }
            return lastString.toString();
        }

        private int next() throws IOException {
            int c = reader.read();
            if (c < 0) {
                throw new IOException("SPARQL JSON results ended before their first row");
            }
            return c;
        }
    }
}
