package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything it is sent, and the order of the calls. */
final class RecordingSink implements GazetteSink {

    final List<String> calls = new ArrayList<>();
    final List<IssueRecord> issues = new ArrayList<>();
    final List<DocumentRecord> documents = new ArrayList<>();
    final List<TocEntry> tocEntries = new ArrayList<>();
    final List<DocumentRecord> announced = new ArrayList<>();

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
        RecordingSink sink = new RecordingSink();
        new GazetteParser().parse(SourceText.of(name, text.lines().toList()), sink);
        return sink;
    }

    /** Parses {@code source} into a new sink. */
    static RecordingSink parse(SourceText source) {
        RecordingSink sink = new RecordingSink();
        new GazetteParser().parse(source, sink);
        return sink;
    }
}
