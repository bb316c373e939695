package org.gazettekg.resolve;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gazettekg.parse.Gazetteer;

/**
 * Replaces or extends the built-in reference data from a folder without a rebuild: every file the
 * folder holds under a built-in file's name (divisions.tsv, agency-codes.tsv, city-codes.tsv,
 * provinces.tsv, laws.tsv …, see the reference README) is read instead of the built-in one, for the
 * whole process. What {@code load --reference DIR} and {@code serve --reference DIR} do.
 */
public final class ReferenceFolder {

    private ReferenceFolder() {
    }

    /** Uses the reference files of {@code dir} from now on; null goes back to the built-in data. */
    public static synchronized void use(Path dir) {
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("reference folder " + dir + " is not a folder");
        }
        Gazetteer.useFolder(dir);
        ReferenceData.useFolder(dir);
        Resolution.useFolder(dir);
    }
}
