package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gazettekg.parse.BodyNames;
import org.gazettekg.parse.Citation;
import org.gazettekg.parse.DivisionChange;
import org.gazettekg.parse.DivisionMention;
import org.gazettekg.parse.DocNumber;
import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.GazetteSink;
import org.gazettekg.parse.Gazetteer;
import org.gazettekg.parse.IssueRecord;
import org.gazettekg.parse.PageMetadata;
import org.gazettekg.parse.Simplified;
import org.gazettekg.parse.TocEntry;

/**
 * The resolve stage of one file: receives what the parser read ({@link GazetteSink}) and hands
 * {@link ResolvedDocument}s on to a {@link ResolvedSink}, having decided from the reference data who
 * issued each document, for which place, at what level, and the issuer and level of each policy it cites.
 *
 * <p>A file's documents are resolved together, once the parser has read them all: the text is
 * evidence for itself (a heading printed with its 文号 says what that 机关代字 stands for, a
 * signature names the place a short heading leaves out), and a page that holds several documents of
 * one city lets a document that names no place be read in that city. What cannot be decided is left
 * empty, never guessed.
 */
public final class Resolver implements GazetteSink {

    private static final Pattern JOINT = Pattern.compile("\\s+");
    /** What a body's formal name may print before its common one (中华人民共和国国务院). */
    private static final String FORMAL_PREFIX = "中华人民共和国";

    private final Resolution resolution;
    private final PrintedBodies bodies;
    private final PolicyResolver policies;
    private final LocalUnits localUnits;
    private final ResolvedSink out;
    private final List<DocumentRecord> documents = new ArrayList<>();
    private final List<PendingEntry> tocEntries = new ArrayList<>();
    private String source;
    private String mastheadCity;
    private String mastheadPlace;

    /** A resolver handing its records to {@code out} (null for one that only answers questions). */
    Resolver(Resolution resolution, ResolvedSink out) {
        this.resolution = requireNonNull(resolution, "resolution");
        this.bodies = new PrintedBodies(resolution);
        this.policies = new PolicyResolver(resolution, bodies);
        this.localUnits = resolution.codes().localUnits();
        this.out = out;
    }

    @Override
    public void start(String source, int lineCount) {
        this.source = requireNonNull(source, "source");
        documents.clear();
        tocEntries.clear();
        mastheadCity = null;
        mastheadPlace = null;
        out.start(source, lineCount);
    }

    @Override
    public void issue(IssueRecord issue) {
        mastheadCity = issue.city();
        Optional<PrintedBodies.Place> place = mastheadCity == null ? Optional.empty() : placeOf(mastheadCity, null);
        mastheadPlace = place.map(PrintedBodies.Place::division).orElse(null);
        Optional<Gazetteer.Unit> unit = Optional.ofNullable(mastheadPlace).flatMap(resolution.data().gazetteer()::byCode);
        out.issue(new ResolvedIssue(issue, mastheadPlace, unit.map(Gazetteer.Unit::name).orElse(mastheadCity),
                unit.map(Gazetteer.Unit::level).orElse(null), place.map(PrintedBodies.Place::level).orElse(null)));
    }

    @Override
    public void document(DocumentRecord document) {
        documents.add(requireNonNull(document, "document"));
    }

    /** A file's TOC entries wait for its documents, which are resolved together at its end. */
    @Override
    public void tocEntry(TocEntry entry, DocumentRecord announced) {
        tocEntries.add(new PendingEntry(requireNonNull(entry, "entry"), announced));
    }

    @Override
    public void end() {
        flush();
        tocEntries.forEach(e -> out.tocEntry(e.entry(), e.announced()));
        tocEntries.clear();
        out.end();
    }

    private record PendingEntry(TocEntry entry, DocumentRecord announced) {
    }

    /** Resolves and hands on the file's documents, all together. */
    private void flush() {
        if (documents.isEmpty()) {
            return;
        }
        LearnedCodes learned = learn();
        String masthead = mastheadPlace;
        List<ResolvedDocument> first = new ArrayList<>();
        for (DocumentRecord d : documents) {
            first.add(resolve(d, masthead, learned));
        }
        String context = masthead != null ? masthead : commonCity(first);
        List<ResolvedDocument> resolved = first.stream()
                .map(r -> context != null && isUndecided(r) ? resolve(r.record(), context, learned) : r).toList();
        FilePolicies.consistent(resolved).forEach(out::document);
        documents.clear();
    }

    // ---- evidence from the text itself ----------------------------------------------------------

    /** What this file's headings, metadata blocks and cited titles print beside their 文号. */
    private LearnedCodes learn() {
        LearnedCodes learned = new LearnedCodes();
        for (DocumentRecord d : documents) {
            if (d.docNumber() != null) {
                if (d.issuers().size() == 1) {
                    learn(learned, d.docNumber(), d.issuers().get(0), d.startLine());
                }
                PageMetadata m = d.metadata();
                if (m != null && m.issuer() != null) {
                    learn(learned, d.docNumber(), m.issuer(), m.startLine());
                }
            }
            for (Citation c : d.citations()) {
                Optional<DocNumber> number = PolicyResolver.docNumberOf(c.number());
                List<String> bodies = c.title() == null ? List.of() : BodyNames.leading(c.title());
                if (number.isPresent() && bodies.size() == 1) {
                    learn(learned, number.get(), bodies.get(0), c.line());
                }
            }
        }
        return learned;
    }

    /**
     * Learns that {@code number}'s 代字 stands for {@code body}, where the body is named in full and is an
     * office exactly when the 代字 says so (晋市政办 with 晋城市人民政府办公室): a government's code printed
     * over its office's letter (晋市政发 with 晋城市人民政府办公室) says nothing of the code.
     */
    private void learn(LearnedCodes learned, DocNumber number, String body, int line) {
        String name = simplified(body);
        boolean office = name.endsWith("办公室") || name.endsWith("办公厅");
        if (bodies.isFull(name) && AgencyCode.parse(code(number)).office() == office) {
            learned.learn(code(number), name, source, line);
        }
    }

    // ---- one document -----------------------------------------------------------------------------

    private ResolvedDocument resolve(DocumentRecord d, String context, LearnedCodes learned) {
        String printedPlace = placeFromPrinted(d, context)
                .or(() -> context == null ? placeOfCodeNamedInText(d) : Optional.empty()).orElse(null);
        Optional<Issuer> byCode = d.docNumber() == null ? Optional.empty()
                : resolution.codes().resolve(code(d.docNumber()), printedPlace != null ? printedPlace : context, learned);
        String jurisdiction = printedPlace != null ? printedPlace
                : byCode.map(Issuer::division).orElse(context);
        List<ResolvedBody> issuers = issuers(d, jurisdiction, byCode);
        ResolvedBody lead = issuers.isEmpty() ? null : issuers.get(0);
        if (lead != null && lead.division() != null) {
            jurisdiction = lead.division();
        } else if (lead != null && lead.level() == Level.NATIONAL) {
            jurisdiction = null; // a national body governs no division, whatever gazette reprints it
        }
        Level level = lead != null && lead.level() != null ? lead.level()
                : byCode.map(Issuer::level).orElse(null);
        Optional<Gazetteer.Unit> city = bodies.cityUnitOf(mastheadCity != null ? mastheadPlace : jurisdiction);
        String place = jurisdiction;
        List<PolicyFacts> cited = d.citations().stream().map(c -> policies.policy(c, place, learned)).toList();
        return new ResolvedDocument(d, issuers, jurisdiction, level, city.map(Gazetteer.Unit::name).orElse(null),
                city.map(Gazetteer.Unit::code).orElse(null), cited, divisionNames(d));
    }

    /** The place the bodies printed with the document name in full: heading, signature, metadata. */
    private Optional<String> placeFromPrinted(DocumentRecord d, String context) {
        List<String> names = new ArrayList<>(d.issuers());
        names.addAll(d.signers());
        if (d.metadata() != null) {
            if (d.metadata().issuer() != null) {
                names.add(d.metadata().issuer());
            }
            if (d.metadata().publisher() != null) {
                names.add(d.metadata().publisher());
            }
        }
        for (String name : names) {
            Optional<PrintedBodies.Place> p = placeOf(name, context).filter(x -> x.division() != null);
            if (p.isPresent()) {
                return p.map(PrintedBodies.Place::division);
            }
        }
        return Optional.empty();
    }

    /**
     * The place of a document that prints its issuer in a short form (县人民政府办公室) in a file with no
     * place of its own, where three pieces of evidence agree on one unit: its 文号's 代字 opens with the
     * unit's code (嘉政办发: 嘉), the short form's place word is the unit's kind (县: 嘉鱼县), and the
     * document's text names that unit (嘉鱼). Several such units, or none, decide nothing.
     */
    private Optional<String> placeOfCodeNamedInText(DocumentRecord d) {
        Optional<String> placeWord = d.issuers().stream().map(name -> PrintedBodies.SHORT_FORM.matcher(simplified(name)))
                .filter(Matcher::matches).map(m -> m.group(1)).findFirst();
        Optional<String> placeCode = d.docNumber() == null ? Optional.empty() : AgencyCode.parse(code(d.docNumber())).place();
        if (placeWord.isEmpty() || placeCode.isEmpty()) {
            return Optional.empty();
        }
        String text = simplified(d.text());
        Set<String> named = localUnits.at(placeCode.get()).stream()
                .filter(u -> u.name().endsWith(placeWord.get()) && namesUnit(text, u.name()))
                .map(LocalUnits.LocalUnit::code).collect(Collectors.toSet());
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /**
     * True when {@code text} names the unit in full or by its short name of two characters or more (嘉鱼), or,
     * for an autonomous unit, by the place name its printed short form opens with (凉山 of 凉山州).
     */
    private boolean namesUnit(String text, String name) {
        String shortName = Gazetteer.shortForm(name);
        if (text.contains(name) || shortName.length() >= 2 && text.contains(shortName)) {
            return true;
        }
        return resolution.data().gazetteer().autonomousShortForm(name)
                .map(a -> a.substring(0, a.length() - 1)).filter(place -> place.length() >= 2 && text.contains(place))
                .isPresent();
    }

    /**
     * The body of the 文号's code where the one signature prints that body's formal name (中华人民共和国国务院
     * under 国函〔2015〕73号 is 国务院): the body is named as its code names it, as a heading would.
     */
    private static Optional<ResolvedBody> formallySigned(List<String> signers, Optional<Issuer> byCode) {
        if (signers.size() != 1 || byCode.isEmpty()) {
            return Optional.empty();
        }
        Issuer i = byCode.get();
        String signer = Simplified.of(signers.get(0).strip());
        String body = i.body().strip();
        boolean formalName = signer.length() > body.length() && signer.endsWith(body)
                && FORMAL_PREFIX.equals(signer.substring(0, signer.length() - body.length()));
        return formalName ? Optional.of(new ResolvedBody(body, i.division(), i.level(), Basis.SIGNATURE)) : Optional.empty();
    }

    private List<ResolvedBody> issuers(DocumentRecord d, String jurisdiction, Optional<Issuer> byCode) {
        if (!d.issuers().isEmpty()) {
            return d.issuers().stream().map(name -> bodies.printed(name, jurisdiction, Basis.PRINTED)).toList();
        }
        if (!d.signers().isEmpty()) {
            Optional<ResolvedBody> formal = formallySigned(d.signers(), byCode);
            if (formal.isPresent()) {
                return List.of(formal.get());
            }
            return d.signers().stream().map(name -> bodies.printed(name, jurisdiction, Basis.SIGNATURE)).toList();
        }
        if (d.metadata() != null && d.metadata().issuer() != null) {
            return List.of(bodies.printed(d.metadata().issuer(), jurisdiction, Basis.METADATA));
        }
        // A code of joint bodies (长办发: 中共长治市委办公室 长治市人民政府办公室) names each of them.
        return byCode.map(i -> JOINT.splitAsStream(i.body().strip())
                        .map(body -> new ResolvedBody(body, i.division(), i.level(), Basis.ofCode(i.method()))).toList())
                .orElse(List.of());
    }

    /** The gazetteer's name of each division code the document's mentions and changes carry, for the graph's labels. */
    private Map<String, String> divisionNames(DocumentRecord d) {
        List<DivisionMention> all = new ArrayList<>(d.divisions());
        for (DivisionChange change : d.divisionChanges()) {
            if (change.within() != null) {
                all.add(change.within());
            }
            all.addAll(change.abolished());
            all.addAll(change.established());
            for (DivisionChange.VillageMove move : change.villageMoves()) {
                all.add(move.village());
                all.add(move.from());
                if (move.to() != null) {
                    all.add(move.to());
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        for (DivisionMention m : all) {
            if (m.code() != null) {
                names.put(m.code(), resolution.data().gazetteer().byCode(m.code()).map(Gazetteer.Unit::name).orElse(m.name()));
            }
        }
        return names;
    }

    // ---- places ----------------------------------------------------------------------------------

    private Optional<PrintedBodies.Place> placeOf(String text, String jurisdiction) {
        return bodies.placeOf(text, jurisdiction);
    }

    /** The city all resolved documents of a page lie in, where they agree on one; else null. */
    private static String commonCity(List<ResolvedDocument> resolved) {
        Set<String> cities = resolved.stream().map(ResolvedDocument::jurisdiction)
                .filter(j -> j != null && j.length() >= 4).map(j -> j.substring(0, 4)).collect(Collectors.toSet());
        boolean allPlaced = resolved.stream().filter(r -> !isUndecided(r)).count() > 0;
        return cities.size() == 1 && allPlaced ? cities.iterator().next() : null;
    }

    private static boolean isUndecided(ResolvedDocument r) {
        return r.issuers().isEmpty() || r.issuers().stream().anyMatch(b -> b.division() == null && b.level() == null);
    }

    private static String code(DocNumber number) {
        return simplified(number.agencyCode());
    }

    private static String simplified(String text) {
        return Simplified.of(text);
    }
}
