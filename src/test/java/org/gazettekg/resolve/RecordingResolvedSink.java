package org.gazettekg.resolve;

import java.util.ArrayList;
import java.util.List;

import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.GazetteParser;
import org.gazettekg.parse.IssueRecord;
import org.gazettekg.parse.SourceText;
import org.gazettekg.parse.TocEntry;

/** A {@link ResolvedSink} that keeps everything it is sent, and the order of the calls. */
final class RecordingResolvedSink implements ResolvedSink {

    final List<String> calls = new ArrayList<>();
    final List<IssueRecord> issues = new ArrayList<>();
    final List<ResolvedIssue> resolvedIssues = new ArrayList<>();
    final List<ResolvedDocument> documents = new ArrayList<>();
    final List<TocEntry> tocEntries = new ArrayList<>();
    String source;
    int lineCount = -1;

    /** Parses {@code text} (lines separated by newlines) named {@code name} through the standard resolve stage. */
    static RecordingResolvedSink parse(String name, String text) {
        RecordingResolvedSink sink = new RecordingResolvedSink();
        new GazetteParser().parse(SourceText.of(name, text.lines().toList()), Resolution.standard().over(sink));
        return sink;
    }

    /** The one document resolved; fails when there are none or several. */
    ResolvedDocument only() {
        if (documents.size() != 1) {
            throw new AssertionError("expected one resolved document, got " + documents.size() + ": "
                    + documents.stream().map(d -> d.record().title()).toList());
        }
        return documents.get(0);
    }

    /** The resolved document whose title contains {@code words}; fails when none or several do. */
    ResolvedDocument titled(String words) {
        List<ResolvedDocument> found = documents.stream().filter(d -> d.record().title().contains(words)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one document titled …" + words + "…, got " + found.size() + " among "
                    + documents.stream().map(d -> d.record().title()).toList());
        }
        return found.get(0);
    }

    /** The facts of the citation of {@code document} whose number or title contains {@code key}. */
    static PolicyFacts cited(ResolvedDocument document, String key) {
        return basic(citedFully(document, key));
    }

    /** Issuer, level and basis only: what the resolver decides of who issued a policy. */
    static PolicyFacts basic(PolicyFacts f) {
        return new PolicyFacts(f.issuer(), f.level(), f.basis());
    }

    /** All the facts of the citation of {@code document} whose number or title contains {@code key}. */
    static PolicyFacts citedFully(ResolvedDocument document, String key) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < document.record().citations().size(); i++) {
            var c = document.record().citations().get(i);
            if ((c.number() != null && c.number().contains(key)) || (c.title() != null && c.title().contains(key))) {
                found.add(i);
            }
        }
        if (found.size() != 1) {
            throw new AssertionError("expected one citation matching " + key + ", got " + found.size() + " among "
                    + document.record().citations());
        }
        return document.cited().get(found.get(0));
    }

    @Override
    public void start(String source, int lineCount) {
        calls.add("start");
        this.source = source;
        this.lineCount = lineCount;
    }

    @Override
    public void issue(ResolvedIssue issue) {
        calls.add("issue");
        issues.add(issue.record());
        resolvedIssues.add(issue);
    }

    @Override
    public void document(ResolvedDocument document) {
        calls.add("document");
        documents.add(document);
    }

    @Override
    public void tocEntry(TocEntry entry, DocumentRecord announced) {
        calls.add("toc");
        tocEntries.add(entry);
    }

    @Override
    public void end() {
        calls.add("end");
    }
}
