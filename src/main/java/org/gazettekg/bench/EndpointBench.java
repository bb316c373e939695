package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gazettekg.replica.ReplicaStatus;

/**
 * The benchmark against a running endpoint ({@code bench --endpoint URL}): the latency of every
 * query of {@code queries/} over HTTP with one and several clients, as {@link Bench} measures its
 * own embedded server. When the server is a replica ({@code serve --replica}) it first waits until
 * the replica has caught up with its topic and reports how long that took; given a Kafka cluster,
 * it also loads and publishes a generated corpus and measures how long each gazette takes to
 * become visible on the replica ({@link PublishLag}).
 */
public final class EndpointBench {


    /**
     * What to publish to measure a replica's lag.
     *
     * @param bootstrap the Kafka cluster the replica follows
     * @param topic     the replica's topic
     * @param corpus    the folder of sample gazettes the corpus is generated from
     * @param scale     multiple of the sample corpus published
     * @param seed      the seed of the corpus generator
     * @param work      where the corpus and the loader's database are written
     * @param keep      keep them afterwards
     */
    public record Publication(String bootstrap, String topic, Path corpus, int scale, long seed, Path work,
                              boolean keep) {
        /** Checks the parts. */
        public Publication {
            requireNonNull(bootstrap, "bootstrap");
            requireNonNull(topic, "topic");
            requireNonNull(corpus, "corpus");
            requireNonNull(work, "work");
            if (scale < 1) {
                throw new IllegalArgumentException("scale must be at least 1");
            }
        }
    }

    /**
     * What to run.
     *
     * @param endpoint          the SPARQL endpoint, e.g. {@code http://host:3030/gazette/sparql}
     * @param requestsPerClient requests each query client sends at most
     * @param budget            time after which a query client stops sending
     * @param clients           concurrent clients of the concurrent run
     * @param catchUpTimeout    how long to wait for the server to answer and a replica to catch up
     * @param publication       what to publish to measure a replica's lag, or null
     */
    public record Options(URI endpoint, int requestsPerClient, Duration budget, int clients, Duration catchUpTimeout,
                          Publication publication) {
        /** Checks the options. */
        public Options {
            requireNonNull(endpoint, "endpoint");
            requireNonNull(budget, "budget");
            requireNonNull(catchUpTimeout, "catchUpTimeout");
            if (requestsPerClient < 1 || clients < 1) {
                throw new IllegalArgumentException("requests and clients must be at least 1");
            }
        }
    }

    private final Options options;
    private final PrintWriter progress;
    private final ReplicaProbe probe;

    /** A benchmark that reports its progress to {@code progress}. */
    public EndpointBench(Options options, PrintWriter progress) {
        this.options = requireNonNull(options, "options");
        this.progress = requireNonNull(progress, "progress");
        this.probe = new ReplicaProbe(options.endpoint());
    }

    /** The queries timed: every {@code NN_…} query, then the four table queries (documents, citations, divisions, issues). */
    public static List<String> queryNames() {
        return TimedQueries.names();
    }

    /** Waits for a replica to catch up, measures its publishing lag if asked, then times every query. */
    public EndpointReport run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Optional<ReplicaStatus> first = probe.statusOnceUp(options.catchUpTimeout());
        if (first.isEmpty() && options.publication() != null) {
            throw new IllegalArgumentException(options.endpoint() + " is not a replica (no /replica/status): "
                    + "publishing measures a replica's lag");
        }
        CatchUp catchUp = null;
        PublishLagFigures lag = null;
        if (first.isPresent()) {
            say("replica of topic %s, %s, lag %d; waiting for lag 0 …", first.get().topic(), first.get().state(),
                    first.get().lag());
            catchUp = probe.awaitCaughtUp(first.get(), start, options.catchUpTimeout());
            say("caught up after %.1f s: offset %d, %d record(s) applied at %.1f/s", catchUp.waitedSeconds(),
                    catchUp.caughtUp().appliedOffset(), catchUp.records(), catchUp.recordsPerS());
            if (options.publication() != null) {
                lag = publish(options.publication());
            }
        }
        List<QueryFigures> queries = timeQueries();
        ReplicaStatus after = first.isPresent() ? probe.status().orElse(null) : null;
        return new EndpointReport(options.endpoint().toString(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), options.clients(), catchUp, lag, after, queries);
    }

    private PublishLagFigures publish(Publication p) throws IOException, InterruptedException {
        Path corpus = p.work().resolve("corpus-x" + p.scale());
        Path loaderDb = p.work().resolve("loader-x" + p.scale());
        TimedQueries.deleteAll(corpus, loaderDb);
        say("generating %d× the sample corpus …", p.scale());
        List<Path> files = new CorpusGenerator(CorpusGenerator.gazettesIn(p.corpus()), p.seed()).generate(p.scale(), corpus);
        long textBytes = Bench.sizeOf(corpus);
        say("loading %d files (%.1f MB) and publishing them to %s at %s …", files.size(), textBytes / 1e6, p.topic(),
                p.bootstrap());
        PublishLagFigures lag = new PublishLag(probe, options.catchUpTimeout())
                .measure(files, textBytes, loaderDb, p.bootstrap(), p.topic());
        say("published %d gazettes in %.1f s; visible on the replica after p50 %.0f / p95 %.0f / max %.0f ms; "
                + "all applied %.0f ms after the last acknowledgement", lag.gazettes(), lag.publishSeconds(),
                lag.visibleP50Ms(), lag.visibleP95Ms(), lag.visibleMaxMs(), lag.drainMs());
        if (!p.keep()) {
            TimedQueries.deleteAll(corpus, loaderDb);
        }
        return lag;
    }

    private List<QueryFigures> timeQueries() throws InterruptedException {
        return TimedQueries.time(new HttpQueryLoad(options.endpoint(), options.requestsPerClient(), options.budget()),
                options.clients(), progress);
    }


    private void say(String format, Object... args) {
        progress.printf(format + "%n", args);
        progress.flush();
    }
}
