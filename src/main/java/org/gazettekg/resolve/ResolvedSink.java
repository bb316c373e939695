package org.gazettekg.resolve;

import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.TocEntry;

/**
 * Receives one file's resolved records, in the order of {@link org.gazettekg.parse.GazetteSink}:
 * {@link #start}, the masthead, every document, the table-of-contents entries, {@link #end}.
 */
public interface ResolvedSink {

    /** The file {@code source} of {@code lineCount} lines begins. */
    void start(String source, int lineCount);

    /** The masthead, where the file prints one. */
    void issue(ResolvedIssue issue);

    /** One resolved document. */
    void document(ResolvedDocument document);

    /** One table-of-contents entry; {@code announced} is the body document it announces, or null. */
    void tocEntry(TocEntry entry, DocumentRecord announced);

    /** The file ends. */
    void end();
}
