package org.gazettekg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Lets the analyst page name a WebJar's file without its version
 * ({@code /webjars/echarts/dist/echarts.min.js}): the version is the one on the classpath, read
 * from the WebJar's Maven properties, so a version change in {@code pom.xml} needs no page edit.
 */
final class WebJars {

    private static final String GROUP = "org.webjars.npm";

    private WebJars() {
    }

    /**
     * {@code /LIB/REST} as {@code /LIB/VERSION/REST} for the WebJar LIB on the classpath, or
     * {@code path} itself when there is no such WebJar.
     */
    static String withVersion(String path) {
        int slash = path.indexOf('/', 1);
        if (!path.startsWith("/") || slash < 0) {
            return path;
        }
        String library = path.substring(1, slash);
        String version = version(library);
        return version == null ? path : "/" + library + "/" + version + path.substring(slash);
    }

    static String version(String library) {
        String resource = "META-INF/maven/" + GROUP + "/" + library + "/pom.properties";
        try (InputStream in = WebJars.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
