package org.gazettekg.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything measured at one scale of the corpus.
 *
 * @param scale               how many times the sample corpus
 * @param files               gazette files
 * @param corpusBytes         their size
 * @param documents           documents loaded
 * @param parseMbPerS         parsing to triples on one thread, MB of text per second
 * @param triples             quads in the store after loading (source graphs and gazetteer)
 * @param loadSeconds         our end-to-end load (read, parse, validate, store, link)
 * @param loadTriplesPerS     triples per second of our load
 * @param jenaLoadSeconds     Jena's tools on the same quads as N-Quads: the phased bulk loader, then jena-text's indexer
 * @param jenaTdb2LoadSeconds the phased bulk loader alone
 * @param jenaTextIndexSeconds jena-text's indexer ({@code jena.textindexer}) alone, after the loader
 * @param jenaTriplesPerS     triples per second of Jena's loader
 * @param loadRatio           our time over Jena's
 * @param loadCpuSeconds      processor time of our load, all threads (garbage collection included)
 * @param jenaLoadCpuSeconds  processor time of Jena's load, measured the same way
 * @param loadCpuRatio        our processor time over Jena's: the ratio on a machine shared with other work
 * @param textIndexSeconds    building our full-text index alone, from the loaded store, on one thread
 * @param tdb2Bytes           our database on disk, its text index included
 * @param textIndexBytes      our text index on disk
 * @param jenaTdb2Bytes       Jena's database on disk, its text index included
 * @param jenaTextIndexBytes  Jena's text index on disk
 * @param peakHeapLoadBytes   most heap in use while loading
 * @param peakLiveLoadBytes   most heap live after a collection while loading
 * @param peakHeapQueryBytes  most heap in use while serving the queries
 * @param oneMore             adding one more gazette to the loaded store ({@code load}, {@code POST /$/load}) against it alone
 * @param queryP95Ms          each query's p95 latency with the most clients
 * @param queries             each query's figures
 */
public record ScaleFigures(int scale, int files, long corpusBytes, long documents, double parseMbPerS, long triples,
                           double loadSeconds, double loadTriplesPerS, double jenaLoadSeconds, double jenaTdb2LoadSeconds,
                           double jenaTextIndexSeconds, double jenaTriplesPerS,
                           double loadRatio, double loadCpuSeconds, double jenaLoadCpuSeconds,
                           double loadCpuRatio, double textIndexSeconds, long tdb2Bytes, long textIndexBytes,
                           long jenaTdb2Bytes, long jenaTextIndexBytes, long peakHeapLoadBytes,
                           long peakLiveLoadBytes, long peakHeapQueryBytes, OneMoreGazette.Figures oneMore,
                           Map<String, Double> queryP95Ms,
                           List<QueryFigures> queries) {
}
