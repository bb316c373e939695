package org.gazettekg.text;

import static java.util.Objects.requireNonNull;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.LiveIndexWriterConfig;

/**
 * The {@link BulkIndexer} of a Lucene index: entries go straight to its index writer, which
 * takes documents from several threads at once; a larger in-memory buffer than Lucene's default
 * while the load lasts means fewer, larger segments to write and merge.
 */
final class LuceneBulkIndexer implements BulkIndexer {

    /** Lucene's default is 16 MB: a bulk load flushes a segment far too often with it. */
    static final double BULK_RAM_BUFFER_MB = 64;

    private final TextIndexLucene index;
    private final EntityDefinition definition;
    private final double ramBufferBefore;
    private final boolean compoundBefore;

    LuceneBulkIndexer(TextIndexLucene index) {
        this.index = requireNonNull(index, "index");
        this.definition = index.getDocDef();
        LiveIndexWriterConfig config = index.getIndexWriter().getConfig();
        this.ramBufferBefore = config.getRAMBufferSizeMB();
        this.compoundBefore = config.getUseCompoundFile();
        config.setRAMBufferSizeMB(BULK_RAM_BUFFER_MB);
        // Segments flushed as plain files: packing each into a compound file copies it once more.
        config.setUseCompoundFile(false);
    }

    @Override
    public void add(Node graphName, Graph graph) {
        for (Resource property : GazetteTextIndex.indexedProperties()) {
            graph.find(Node.ANY, property.asNode(), Node.ANY)
                    .forEachRemaining(t -> GazetteTextIndex.add(index, definition, Quad.create(graphName, t)));
        }
    }

    @Override
    public void prepareCommit() {
        index.prepareCommit();
    }

    @Override
    public void commit() {
        index.commit();
        restoreBuffer();
    }

    @Override
    public void rollback() {
        // Rolling back reopens Lucene's writer with a fresh configuration: nothing to restore.
        index.rollback();
    }

    private void restoreBuffer() {
        LiveIndexWriterConfig config = index.getIndexWriter().getConfig();
        config.setRAMBufferSizeMB(ramBufferBefore);
        config.setUseCompoundFile(compoundBefore);
    }
}
