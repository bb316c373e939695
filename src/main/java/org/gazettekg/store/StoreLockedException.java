package org.gazettekg.store;

import java.nio.file.Path;

/**
 * The database is held by another process (a running {@code serve}, another {@code load}): TDB2
 * allows one process per database, so the second one is refused before it can touch anything.
 */
public class StoreLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreLockedException(Path dir, Throwable cause) {
        super("database " + dir + " is in use by another process (" + cause.getMessage()
                + "); stop that process (e.g. a running serve) or use another --db", cause);
    }
}
