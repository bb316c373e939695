package org.gazettekg.text;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexDB;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;
import org.gazettekg.graph.GKG;

/**
 * The Lucene full-text index of the gazette graph (jena-text), kept in the folder
 * {@value #FOLDER} inside the TDB2 database folder. It indexes each document's title
 * ({@code eli:title}, field {@value #TITLE_FIELD}) and full text ({@code gkg:fullText}, field
 * {@value #FULL_TEXT_FIELD}, the default of {@code text:query}) with the CJK bigram
 * {@link GazetteAnalyzer}, one index entry per triple.
 *
 * <p>Every entry carries a checksum of its graph, subject, property and value, so that a triple
 * deleted in a write transaction removes its own entry: reloading a file (delete its graph, add
 * the new triples, one transaction) leaves neither stale nor duplicate entries, and a transaction
 * that aborts leaves the index as it was.
 */
public final class GazetteTextIndex {

    /** The index folder's name inside the database folder. */
    public static final String FOLDER = "text-index";
    /** The Lucene field of {@code gkg:fullText}, searched when {@code text:query} names no property. */
    public static final String FULL_TEXT_FIELD = "fullText";
    /** The Lucene field of {@code eli:title}. */
    public static final String TITLE_FIELD = "title";
    static final String ENTITY_FIELD = "uri";
    static final String UID_FIELD = "uid";

    private GazetteTextIndex() {
    }

    /**
     * Wraps {@code dataset}, the TDB2 database of folder {@code dbDir}, so that its writes keep
     * the index in {@code dbDir/}{@value #FOLDER} in step and its queries can use
     * {@code text:query}. An index created here for a database that already holds documents (one
     * built before the index existed) is filled from it first. Closing the returned dataset
     * closes the index (TDB2 itself is released with {@code TDBInternal.expel(indexed(dataset))}).
     */
    public static DatasetGraph wrap(DatasetGraph dataset, Path dbDir) {
        requireNonNull(dataset, "dataset");
        requireNonNull(dbDir, "dbDir");
        Path folder = dbDir.resolve(FOLDER);
        boolean fresh = !Files.isDirectory(folder);
        TextIndexLucene index = open(folder);
        forgetEarlierIndex(dataset);
        if (fresh) {
            indexExisting(dataset, index);
        }
        return TextDatasetFactory.create(dataset, index, true);
    }

    /**
     * The database that {@link #wrap} wrapped ({@code dataset} itself if it is not a wrapper):
     * what TDB2's own operations (such as releasing the database) need.
     */
    public static DatasetGraph indexed(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        return dataset instanceof DatasetGraphText text ? text.getWrapped() : dataset;
    }

    /**
     * Builds a new full-text index of the indexed triples of {@code dataset} in the empty folder
     * {@code folder}, on the calling thread, and closes it: what a load spends on the index alone,
     * which the benchmark measures. Returns the number of entries written.
     */
    public static long build(DatasetGraph dataset, Path folder) {
        requireNonNull(dataset, "dataset");
        requireNonNull(folder, "folder");
        TextIndexLucene index = open(folder);
        try {
            indexExisting(indexed(dataset), index);
            return index.getIndexWriter().getDocStats().numDocs;
        } finally {
            index.close();
        }
    }

    /**
     * An indexer for a bulk load that writes to TDB2 past the wrapper {@link #wrap} returned:
     * each stored graph is indexed as it is loaded, from any thread, and the entries become
     * visible with {@link BulkIndexer#commit()} once the load has committed, or are dropped with
     * {@link BulkIndexer#rollback()} if it failed. For a dataset without an index, an indexer that
     * does nothing.
     */
    public static BulkIndexer bulkIndexer(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        if (dataset instanceof DatasetGraphText text && text.getTextIndex() instanceof TextIndexLucene index) {
            return new LuceneBulkIndexer(index);
        }
        return BulkIndexer.NONE;
    }

    /** The properties the index covers. */
    public static List<Resource> indexedProperties() {
        return List.of(GKG.fullText, GKG.eliTitle);
    }

    private static TextIndexLucene open(Path folder) {
        try {
            Files.createDirectories(folder);
            return new HanPhraseTextIndex(FSDirectory.open(folder), config());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + folder, e);
        }
    }

    static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        config.setAnalyzer(new GazetteAnalyzer());
        config.setQueryAnalyzer(new GazetteAnalyzer());
        config.setValueStored(false);
        return config;
    }

    static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, FULL_TEXT_FIELD, GKG.fullText);
        def.set(TITLE_FIELD, GKG.eliTitle.asNode());
        def.setUidField(UID_FIELD);
        return def;
    }

    /**
     * The text index joins the TDB2 transactions as a component. TDB2 keeps a database open for
     * the life of the JVM, so a database opened again (a test, a second command) still holds
     * the component of its earlier, closed, index: it goes before the new one joins.
     */
    private static void forgetEarlierIndex(DatasetGraph dataset) {
        if (!TDBInternal.isTDB2(dataset)) {
            return;
        }
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dataset);
        coordinator.modifyConfig(() -> coordinator.listExternals().stream()
                .filter(TextIndexDB.class::isInstance)
                .forEach(coordinator::removeExternal));
    }

    private static void indexExisting(DatasetGraph dataset, TextIndexLucene index) {
        EntityDefinition def = index.getDocDef();
        Txn.executeRead(dataset, () -> {
            for (Resource property : indexedProperties()) {
                dataset.find(Node.ANY, Node.ANY, property.asNode(), Node.ANY).forEachRemaining(q -> add(index, def, q));
            }
        });
        index.commit();
    }

    static void add(TextIndexLucene index, EntityDefinition def, Quad quad) {
        Entity entity = TextQueryFuncs.entityFromQuad(def, quad);
        if (entity != null) {
            index.addEntity(entity);
        }
    }
}
