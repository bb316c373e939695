package org.gazettekg.cli;

/** The exit statuses of the commands. */
final class ExitCodes {

    /** Everything worked. */
    static final int OK = 0;
    /** Something failed (a file that did not load, a query that did not run, a store that does not validate). */
    static final int FAILURE = 1;
    /** The command line was wrong (picocli's own usage status). */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
