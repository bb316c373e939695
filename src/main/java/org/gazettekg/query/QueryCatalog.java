package org.gazettekg.query;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazettekg.support.ClasspathFolder;

/**
 * The named SPARQL queries of {@code queries/}: the four table queries and the analysts'
 * {@code NN_name.rq} queries, each with a {@code #+ summary:} header. They ship in the jar; a
 * {@code queries/} folder in the working directory, when present, is looked at first.
 */
public final class QueryCatalog {

    /** The folder, on disk and on the classpath. */
    public static final String FOLDER = "queries";
    private static final ClasspathFolder BUILT_IN = new ClasspathFolder("gazettekg/queries");
    private static final Pattern SUMMARY = Pattern.compile("(?m)^#\\+\\s*summary:\\s*(.+)$");

    /**
     * A named query.
     *
     * @param name    the file name without .rq
     * @param summary its {@code #+ summary:} line, or empty
     * @param text    the SPARQL text
     */
    public record NamedQuery(String name, String summary, String text) {
    }

    private QueryCatalog() {
    }

    /**
     * The query {@code ref} names: a path to a .rq file, or the name of one in {@code queries/}
     * with or without {@code .rq}.
     *
     * @throws IllegalArgumentException naming the reference when there is no such query
     */
    public static NamedQuery resolve(String ref) {
        requireNonNull(ref, "ref");
        Path path = Path.of(ref);
        if (Files.isRegularFile(path)) {
            return named(stem(path.getFileName().toString()), read(path));
        }
        String file = ref.endsWith(".rq") ? ref : ref + ".rq";
        Path local = Path.of(FOLDER, file);
        if (Files.isRegularFile(local)) {
            return named(stem(file), read(local));
        }
        byte[] bytes = BUILT_IN.read(file);
        if (bytes != null) {
            return named(stem(file), new String(bytes, StandardCharsets.UTF_8));
        }
        throw new IllegalArgumentException("no query '" + ref + "': not a .rq file and not a name in " + FOLDER + "/ ("
                + String.join(", ", names()) + ")");
    }

    /** The names of the built-in queries, sorted. */
    public static List<String> names() {
        return BUILT_IN.list(".rq").stream().map(QueryCatalog::stem).toList();
    }

    /** Every built-in query. */
    public static List<NamedQuery> all() {
        List<NamedQuery> out = new ArrayList<>();
        for (String name : names()) {
            out.add(named(name, new String(BUILT_IN.read(name + ".rq"), StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static NamedQuery named(String name, String text) {
        Matcher m = SUMMARY.matcher(text);
        return new NamedQuery(name, m.find() ? m.group(1).strip() : "", text);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + path + ": " + e.getMessage(), e);
        }
    }

    private static String stem(String file) {
        return file.endsWith(".rq") ? file.substring(0, file.length() - 3) : file;
    }
}
