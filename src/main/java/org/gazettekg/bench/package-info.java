/**
 * The performance benchmark: a generator of larger, realistic corpora from the sample, and the
 * {@code bench} runner that measures parsing, loading (against Jena's own bulk loader), database
 * size, heap and query latency through the HTTP endpoint.
 */
package org.gazettekg.bench;
