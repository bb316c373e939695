package org.gazettekg.cli;

import picocli.CommandLine;

/** The {@code gazette-kg} command line. */
public final class Main {

    private Main() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(GazetteKgCommand.commandLine().execute(args));
    }
}
