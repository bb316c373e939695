package org.gazettekg.support;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists and reads the files of a folder that ships on the classpath (in {@code target/classes}
 * during the build, inside the jar when run), such as the built-in corpus and the queries.
 */
public final class ClasspathFolder {

    private final String folder;

    /** A folder such as {@code gazettekg/corpus} (no leading slash). */
    public ClasspathFolder(String folder) {
        this.folder = requireNonNull(folder, "folder");
    }

    /** The names of the files directly in the folder with the given suffix, sorted. */
    public List<String> list(String suffix) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return names(fs.getPath(folder), suffix);
            }
            return names(Path.of(uri), suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }

    /** The bytes of {@code name} in the folder, or null when there is no such file. */
    public byte[] read(String name) {
        try (InputStream in = ClasspathFolder.class.getClassLoader().getResourceAsStream(folder + "/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
