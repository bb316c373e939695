package org.gazettekg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How {@code serve} runs the endpoint.
 *
 * @param port          the HTTP port (0 for any free port)
 * @param timeoutMillis the longest a query may run, in milliseconds
 * @param allowUpdate   whether SPARQL Update is served (at {@code /gazette/update}, to logged-in users only)
 * @param passwordFile  a Jetty password file ({@code user: password} lines) guarding the admin API and
 *                      SPARQL Update, or null: then the admin API answers this machine only and Update is off
 * @param maxRequestBytes the longest query string or request body accepted (414 or 413 beyond);
 *                      gazette uploads to {@code /$/load} have their own limit, {@link #MAX_LOAD_BYTES}
 * @param allowUpdateLoad whether SPARQL Update may {@code LOAD} (from {@code file:} and {@code http:} IRIs);
 *                      only with {@code allowUpdate}
 */
public record ServerOptions(int port, long timeoutMillis, boolean allowUpdate, Path passwordFile, long maxRequestBytes,
        boolean allowUpdateLoad) {

    /** Why LOAD cannot be allowed alone. */
    public static final String LOAD_NEEDS_UPDATE = "--allow-update-load needs --allow-update";

    /** The default limit on a query string or request body: 1 MiB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;
    /** The limit on one gazette sent to {@code /$/load}: 64 MiB. */
    public static final long MAX_LOAD_BYTES = 64L << 20;

    /** Why Update is refused without a password file. */
    public static final String UPDATE_NEEDS_PASSWORD =
            "--allow-update needs --password-file FILE: SPARQL Update is only served to users who log in";

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException with a message for the command line when they do not fit
     */
    public ServerOptions {
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("timeout must be positive: " + timeoutMillis);
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("request size limit must be positive: " + maxRequestBytes);
        }
        if (allowUpdateLoad && !allowUpdate) {
            throw new IllegalArgumentException(LOAD_NEEDS_UPDATE);
        }
        if (allowUpdate && passwordFile == null) {
            throw new IllegalArgumentException(UPDATE_NEEDS_PASSWORD);
        }
        if (passwordFile != null) {
            checkPasswordFile(passwordFile);
        }
    }

    /** Options with the named defaults: port 3030, 30 s timeout, read-only, no logins, 1 MiB requests. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ServerOptions}; every setting has a named default. */
    public static final class Builder {
        private int port = GazetteServer.DEFAULT_PORT;
        private long timeoutMillis = GazetteServer.DEFAULT_TIMEOUT_MS;
        private boolean allowUpdate;
        private Path passwordFile;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private boolean allowUpdateLoad;

        private Builder() {
        }

        /** The HTTP port, 0 for any free port (default {@value GazetteServer#DEFAULT_PORT}). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The longest a query may run (default {@value GazetteServer#DEFAULT_TIMEOUT_MS} ms). */
        public Builder timeoutMillis(long timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
            return this;
        }

        /** Whether SPARQL Update is served to logged-in users (default off; needs a password file). */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** The Jetty password file guarding the admin API and Update (default none). */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        /** The longest query string or request body (default 1 MiB). */
        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** Whether SPARQL Update may {@code LOAD} (default off; needs Update). */
        public Builder allowUpdateLoad(boolean allowUpdateLoad) {
            this.allowUpdateLoad = allowUpdateLoad;
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException when they do not fit together
         */
        public ServerOptions build() {
            return new ServerOptions(port, timeoutMillis, allowUpdate, passwordFile, maxRequestBytes, allowUpdateLoad);
        }
    }

    /** Whether logins are set up (admin API and Update behind a password). */
    public boolean hasPasswords() {
        return passwordFile != null;
    }

    private static void checkPasswordFile(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("password file " + file + " is not a readable file");
        }
        try {
            boolean anyUser = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .anyMatch(line -> !line.startsWith("#") && line.indexOf(':') > 0);
            if (!anyUser) {
                throw new IllegalArgumentException("password file " + file
                        + " names no user: write one line 'user: password' per user (Jetty password file format)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read password file " + file, e);
        }
    }
}
