package org.gazettekg.server;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.gazettekg.export.ExportServlet;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.DerivingDataset;

/**
 * The embedded Fuseki server of {@code serve}.
 * <ul>
 * <li>{@code /} — the Fuseki UI (query editor, dataset info), with a link to the analyst page;
 * its admin API under {@code /$/} (Fuseki's admin module, which keeps its files in {@code run/}).</li>
 * <li>{@code /gazette/sparql}, {@code /gazette/query} — SPARQL query (results as JSON, XML, CSV or
 * TSV by content negotiation), {@code /gazette/get} — Graph Store Protocol reads; every query
 * bounded by the timeout; {@code text:query} searches titles and full texts.</li>
 * <li>{@code /gazette/update} — SPARQL Update, only with {@link ServerOptions#allowUpdate()} and a
 * password file, to users who log in.</li>
 * <li>{@code /analyst/} — the analyst page (example queries, search, graph, overview charts),
 * {@code /analyst/api/queries} its list of named queries, {@code /analyst/api/number} a printed 文号 as the parser reads it, {@code /source} a document's
 * numbered source lines, {@code /webjars/} its scripts.</li>
 * <li>{@code /export} — graph subsets and query results in graph formats ({@link ExportServlet}).</li>
 * <li>Linked Data: {@code /id/…} dereferences resource IRIs, {@code /doc/…} describes them
 * ({@link LinkedDataServlet}); {@code GET /gazette/sparql} without a query gives the Service
 * Description, {@code /.well-known/void} the VoID description, {@code /ontology} the ontology
 * ({@link DescriptionFilter}).</li>
 * </ul>
 * {@code /$/load} — loads a gazette into the running server ({@link LoadServlet}, with {@link #create(GazetteStore)}).
 * Queries cannot call other services ({@code SERVICE} is off); query strings and bodies are size-limited ({@link RequestLimits}).
 * CORS is on for every path; the admin API answers this machine only, or logged-in users when
 * a password file is given ({@link AccessGuard}).
 */
public final class GazetteServer {

    /** The dataset's path on the server. */
    public static final String DATASET = "/gazette";
    /** The default port. */
    public static final int DEFAULT_PORT = 3030;
    /** The default query timeout in milliseconds. */
    public static final long DEFAULT_TIMEOUT_MS = 30_000;
    /** The analyst page. */
    public static final String ANALYST_PATH = "/analyst/";
    /** The source view. */
    public static final String SOURCE_PATH = "/source";
    /** Graph and query exports (GraphML, GEXF, DOT, Cytoscape.js, JSON-LD …). */
    public static final String EXPORT_PATH = "/export";
    /** Why a query with {@code SERVICE} is refused. */
    static final String SERVICE_OFF = "SERVICE is off on this endpoint: queries cannot call other services or read files";
    /** The realm of the password prompt. */
    static final String REALM = "gazette-kg";
    /** The endpoint name of SPARQL Update, when it is on. */
    static final String UPDATE_ENDPOINT = "update";
    private static final String WEB_FOLDER = "gazettekg/web/analyst";
    private static final String WEBJARS_FOLDER = "META-INF/resources/webjars";
    /** WebJar paths carry the library's version: a browser may keep them a day. */
    private static final String WEBJARS_CACHE = "public, max-age=86400";
    private static final String PAGE_CACHE = "no-cache";

    private GazetteServer() {
    }

    /**
     * A server for {@code dataset} (whose context should already make the default graph the union),
     * without {@code POST /$/load}.
     */
    public static Builder create(DatasetGraph dataset) {
        return new Builder(requireNonNull(dataset, "dataset"), null);
    }

    /**
     * A server for {@code store}, with {@code POST /$/load?name=FILE.txt} loading gazettes into it
     * while it serves ({@link LoadServlet}).
     */
    public static Builder create(GazetteStore store) {
        requireNonNull(store, "store");
        return new Builder(store.dataset(), store);
    }

    /** Builds the server; its options have named defaults ({@link ServerOptions#builder()}). */
    public static final class Builder {
        private final DatasetGraph dataset;
        private final GazetteStore store;
        private ServerOptions options = ServerOptions.builder().build();

        private Builder(DatasetGraph dataset, GazetteStore store) {
            this.dataset = dataset;
            this.store = store;
        }

        /** All options at once (default {@link ServerOptions#builder()}'s). */
        public Builder options(ServerOptions options) {
            this.options = requireNonNull(options, "options");
            return this;
        }

        /** The HTTP port, 0 for any free port (default {@value GazetteServer#DEFAULT_PORT}). */
        public Builder port(int port) {
            return options(new ServerOptions(port, options.timeoutMillis(), options.allowUpdate(), options.passwordFile(),
                    options.maxRequestBytes(), options.allowUpdateLoad()));
        }

        /** The longest a query may run (default {@value GazetteServer#DEFAULT_TIMEOUT_MS} ms). */
        public Builder timeoutMillis(long timeoutMillis) {
            return options(new ServerOptions(options.port(), timeoutMillis, options.allowUpdate(), options.passwordFile(),
                    options.maxRequestBytes(), options.allowUpdateLoad()));
        }

        /** The server, not started. */
        public FusekiServer build() {
            FusekiServer.Builder builder = builder(dataset, options);
            if (store != null) {
                builder.addServlet(LoadServlet.PATH, new LoadServlet(store, ServerOptions.MAX_LOAD_BYTES));
            }
            return EncodedSlashes.allow(builder.build());
        }
    }

    private static FusekiServer.Builder builder(DatasetGraph dataset, ServerOptions options) {
        requireNonNull(dataset, "dataset");
        requireNonNull(options, "options");
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.timeoutMillis()));
        closeToOtherSources(dataset.getContext());
        JsonResultsWriter.register();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .enableCors(true)
                .enablePing(true)
                .enableStats(true)
                // What SPARQL Update changes, the links and views that most analyst queries read follow.
                .add(DATASET, options.allowUpdate() ? DerivingDataset.wrap(dataset) : dataset, false)
                .addFilter("/*", new RequestLimits(options.maxRequestBytes(), ServerOptions.MAX_LOAD_BYTES))
                .addFilter("/*", new AccessGuard(DATASET, options))
                .addFilter("/*", new FusekiRootPage())
                .addFilter("/*", new EncodedSlashes())
                .addFilter("/*", new DescriptionFilter(dataset, DATASET))
                .addServlet("/id/*", new LinkedDataServlet(dataset))
                .addServlet("/doc/*", new LinkedDataServlet(dataset))
                .addServlet("/analyst/api/queries", new QueryListServlet())
                .addServlet("/analyst/api/number", new NumberServlet())
                .addServlet("/analyst/*", new ClasspathResources(WEB_FOLDER, PAGE_CACHE))
                .addServlet("/webjars/*", new ClasspathResources(WEBJARS_FOLDER, WEBJARS_CACHE, WebJars::withVersion))
                .addServlet(SOURCE_PATH, new SourcePage(dataset))
                .addServlet(EXPORT_PATH, new ExportServlet(dataset))
                .addServlet(org.gazettekg.replica.ReplicaStatusServlet.PATH, new org.gazettekg.replica.ReplicaStatusServlet(dataset));
        if (options.allowUpdate() && !options.allowUpdateLoad()) {
            builder.addFilter("/*", new UpdateLoadGuard(DATASET, options.maxRequestBytes()));
        }
        if (options.allowUpdate()) {
            builder.addEndpoint(DATASET, UPDATE_ENDPOINT, Operation.Update, Auth.ANY_USER);
        }
        if (options.hasPasswords()) {
            builder.securityHandler(loginRequired(options));
        }
        return builder;
    }

    /**
     * No query reaches another host or a file: {@code SERVICE} is off (both Jena's switch and an
     * empty executor registry, so no handler, HTTP or other, is ever found).
     */
    private static void closeToOtherSources(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        // A parse exception, though raised at execution: Fuseki answers it with 400, a refusal of the
        // request, where any other exception would read as the server's failure (500).
        ServiceExecutorRegistry.set(context, new ServiceExecutorRegistry().add((op, original, binding, cxt) -> {
            throw new QueryParseException(SERVICE_OFF, -1, -1);
        }));
    }

    /** Basic authentication against the password file for the admin API and, when on, Update. */
    private static ConstraintSecurityHandler loginRequired(ServerOptions options) {
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(REALM,
                JettySecurityLib.makeUserStore(options.passwordFile().toString()), AuthScheme.BASIC);
        List<String> paths = new ArrayList<>();
        AccessGuard.ADMIN_PATHS.forEach(p -> {
            paths.add(p);
            paths.add(p + "/*");
        });
        if (options.allowUpdate()) {
            paths.add(DATASET + "/" + UPDATE_ENDPOINT);
            paths.add(DATASET + "/" + UPDATE_ENDPOINT + "/*");
        }
        paths.forEach(p -> JettySecurityLib.addPathConstraint(handler, p));
        return handler;
    }
}
