package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.cmd.textindexer;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.store.FSDirectory;
import org.gazettekg.text.GazetteAnalyzer;
import org.gazettekg.text.GazetteTextIndex;

/**
 * jena-text's own indexer ({@code jena.textindexer}, here without its assembler file): every quad
 * of the indexed properties of a database written into a new Lucene index, with the same fields
 * and analyzer as ours, so that the yardstick indexes what our load indexes.
 */
final class JenaTextIndexer extends textindexer {

    private JenaTextIndexer(DatasetGraphText dataset, TextIndex index, EntityDefinition definition) {
        super(new String[0]);
        this.dataset = dataset;
        this.textIndex = index;
        this.entityDefinition = definition;
    }

    /** Indexes {@code dataset} (a TDB2 database) into the new folder {@code folder}; closes both index and wrapper. */
    static void index(DatasetGraph dataset, Path folder) {
        requireNonNull(dataset, "dataset");
        EntityDefinition definition = entityDefinition();
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(new GazetteAnalyzer());
        config.setQueryAnalyzer(new GazetteAnalyzer());
        config.setValueStored(false);
        try {
            Files.createDirectories(folder);
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(folder), config);
            DatasetGraphText text = (DatasetGraphText) TextDatasetFactory.create(dataset, index, true);
            new JenaTextIndexer(text, index, definition).exec();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a text index in " + folder, e);
        }
    }

    /** Our index's fields: the first indexed property is the full text, the next ones are stored under their local name. */
    private static EntityDefinition entityDefinition() {
        List<Resource> properties = GazetteTextIndex.indexedProperties();
        EntityDefinition def = new EntityDefinition("uri", GazetteTextIndex.FULL_TEXT_FIELD, properties.get(0));
        def.set(GazetteTextIndex.TITLE_FIELD, properties.get(1).asNode());
        def.setUidField("uid");
        return def;
    }
}
