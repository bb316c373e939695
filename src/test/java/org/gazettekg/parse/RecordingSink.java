package org.gazettekg.parse;

import org.gazettekg.resolve.Resolution;
import org.gazettekg.resolve.ResolvedBody;
import org.gazettekg.resolve.ResolvedDocument;
import org.gazettekg.resolve.ResolvedSink;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything it is sent, and the order of the calls. */
final class RecordingSink implements GazetteSink {

    final List<String> calls = new ArrayList<>();
    final List<IssueRecord> issues = new ArrayList<>();
    final List<DocumentRecord> documents = new ArrayList<>();
    final List<TocEntry> tocEntries = new ArrayList<>();
    final List<DocumentRecord> announced = new ArrayList<>();
    /** The documents as the resolve stage completes them (issuers from short forms, signatures, 机关代字). */
    final List<ResolvedDocument> resolved = new ArrayList<>();

    /** The issuers the resolve stage gives document {@code i}. */
    List<String> resolvedIssuers(int i) {
        return resolved.get(i).issuers().stream().map(ResolvedBody::name).toList();
    }

    @Override
    public void start(String source, int lineCount) {
        calls.add("start");
    }

    @Override
    public void issue(IssueRecord issue) {
        calls.add("issue");
        issues.add(issue);
    }

    @Override
    public void tocEntry(TocEntry entry, DocumentRecord document) {
        calls.add("toc");
        tocEntries.add(entry);
        announced.add(document);
    }

    @Override
    public void document(DocumentRecord document) {
        calls.add("document");
        documents.add(document);
    }

    @Override
    public void end() {
        calls.add("end");
    }

    /** Parses {@code text} (lines separated by newlines) named {@code name} into a new sink. */
    static RecordingSink parse(String name, String text) {
        return parse(SourceText.of(name, text.lines().toList()));
    }

    /** Parses {@code source} into a new sink, and resolves what it read. */
    static RecordingSink parse(SourceText source) {
        RecordingSink sink = new RecordingSink();
        new GazetteParser().parse(source, sink);
        GazetteSink resolver = Resolution.standard().over(new ResolvedSink() {
            @Override
            public void start(String name, int lineCount) {
            }

            @Override
            public void issue(org.gazettekg.resolve.ResolvedIssue issue) {
            }

            @Override
            public void document(ResolvedDocument document) {
                sink.resolved.add(document);
            }

            @Override
            public void tocEntry(TocEntry entry, DocumentRecord announced) {
            }

            @Override
            public void end() {
            }
        });
        resolver.start(source.name(), source.lineCount());
        sink.issues.forEach(resolver::issue);
        sink.documents.forEach(resolver::document);
        resolver.end();
        return sink;
    }
}
