package org.gazettekg.cli;

import java.nio.file.Path;

import org.gazettekg.store.GazetteStore;

import picocli.CommandLine.Option;

/**
 * The {@code --db} option of the commands that only read a database ({@code query}, {@code show},
 * {@code export}, {@code validate}, {@code verify}): the database must exist and is opened
 * read-only, so that none of them changes a file of it.
 */
final class ExistingDatabase {

    @Option(names = "--db", required = true, description = "TDB2 database folder (opened read-only)")
    Path db;

    /** The database, opened read-only. */
    GazetteStore open() {
        return GazetteStore.existing(db);
    }

    @Override
    public String toString() {
        return String.valueOf(db);
    }
}
