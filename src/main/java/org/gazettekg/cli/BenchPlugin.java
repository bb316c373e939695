package org.gazettekg.cli;

import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bench} command, which is not in the product jar: it is taken from the class path (the build's
 * own classes, the tests) or from {@value #JAR} beside the running jar, where {@code mvn package} puts it.
 * Without either, {@code bench} says where it would be.
 */
final class BenchPlugin {

    /** The benchmark jar that {@code mvn package} writes beside {@code gazette-kg.jar}. */
    static final String JAR = "gazette-kg-bench.jar";
    private static final String COMMAND_CLASS = "org.gazettekg.bench.BenchCommand";

    private BenchPlugin() {
    }

    /** The bench command to add to the command line: the real one when it can be found, else one that says why not. */
    static Object command() {
        return load(BenchPlugin.class.getClassLoader()).or(BenchPlugin::fromJarBeside).orElseGet(Missing::new);
    }

    private static Optional<Object> load(ClassLoader loader) {
        try {
            return Optional.of(Class.forName(COMMAND_CLASS, true, loader).getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + COMMAND_CLASS, e);
        }
    }

    private static Optional<Object> fromJarBeside() {
        Optional<Path> jar = jarBeside();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        try {
            // Parent first: the product's classes come from the product jar, only the benchmark's from its own.
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.get().toUri().toURL()}, BenchPlugin.class.getClassLoader());
            return load(loader);
        } catch (MalformedURLException e) {
            return Optional.empty();
        }
    }

    /** {@value #JAR} in the folder of the jar this class was loaded from, if there is one. */
    static Optional<Path> jarBeside() {
        try {
            Path self = Path.of(BenchPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path jar = self.resolveSibling(JAR);
            return Files.isRegularFile(self) && Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stands for the bench command when its jar is not there. */
    @Command(name = "bench", description = "Benchmark (in " + JAR + ", built beside gazette-kg.jar by mvn package).")
    static final class Missing implements Callable<Integer> {

        @CommandLine.Unmatched
        String[] ignored;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: the benchmark is not in the product jar: build it with mvn package, which writes "
                    + JAR + " beside gazette-kg.jar");
            err.flush();
            return ExitCodes.FAILURE;
        }
    }
}
