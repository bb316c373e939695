package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.gazettekg.parse.SourceText;

/**
 * A gazette to load: its file name and how to read its text (from disk or from bytes in memory),
 * read only when a parser thread gets to it.
 *
 * @param name   the file name
 * @param reader reads and decodes the text; may throw naming the file
 */
record SourceFile(String name, Supplier<SourceText> reader) {

    SourceFile {
        requireNonNull(name, "name");
        requireNonNull(reader, "reader");
    }

    static SourceFile of(Path file) {
        requireNonNull(file, "file");
        return new SourceFile(file.getFileName().toString(), () -> SourceText.read(file));
    }

    static SourceFile of(String name, byte[] bytes) {
        requireNonNull(bytes, "bytes");
        return new SourceFile(name, () -> SourceText.decode(name, bytes));
    }
}
