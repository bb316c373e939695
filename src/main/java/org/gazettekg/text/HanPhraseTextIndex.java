package org.gazettekg.text;

import java.util.List;

import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.store.Directory;

/** A Lucene text index whose queries search a bare Han word as a phrase ({@link HanPhrases}). */
final class HanPhraseTextIndex extends TextIndexLucene {

    HanPhraseTextIndex(Directory directory, TextIndexConfig config) {
        super(directory, config);
    }

    // Every other query overload of TextIndexLucene ends here.
    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang,
                               int limit, String highlight) {
        return super.query(subjectUri, props, HanPhrases.quote(qs), graphURI, lang, limit, highlight);
    }
}
