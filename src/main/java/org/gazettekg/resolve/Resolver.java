package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
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
import org.gazettekg.parse.TitleKey;
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

    @Override
    public void tocEntry(TocEntry entry, DocumentRecord announced) {
        flush();
        out.tocEntry(entry, announced);
    }

    @Override
    public void end() {
        flush();
        out.end();
    }

    /** Resolves and hands on the documents read so far (all of them: the parser sends documents before TOC entries). */
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
        consistentPolicies(resolved).forEach(out::document);
        documents.clear();
    }

    /**
     * A policy cited from documents of different places may resolve differently from each (宁政办发 in
     * a 南京 and a 宁夏 document): one file says one thing of each policy, so an issuer or level the
     * citations disagree on is left empty. A policy
     * a document of the file repeals (废止) is repealed wherever the file cites it, unless the law catalog
     * knows it: the repealing document is the evidence ({@code eli:repeals}).
     */
    private static List<ResolvedDocument> consistentPolicies(List<ResolvedDocument> resolved) {
        Map<String, Set<PolicyFacts>> byPolicy = new HashMap<>();
        Set<String> repealed = new HashSet<>();
        for (ResolvedDocument r : resolved) {
            for (int i = 0; i < r.cited().size(); i++) {
                Citation c = r.record().citations().get(i);
                byPolicy.computeIfAbsent(policyKey(c), k -> new HashSet<>()).add(r.cited().get(i));
                if (c.relation() == Citation.Relation.REPEALS) {
                    repealed.add(policyKey(c));
                }
            }
        }
        Map<String, Level> documentLevels = new HashMap<>();
        for (ResolvedDocument r : resolved) {
            if (r.record().docNumber() != null && r.level() != null) {
                documentLevels.merge(numberKey(r.record().docNumber().canonical()), r.level(), (a, b) -> a);
            }
        }
        return resolved.stream().map(r -> {
            List<PolicyFacts> facts = new ArrayList<>();
            for (int i = 0; i < r.cited().size(); i++) {
                String key = policyKey(r.record().citations().get(i));
                Set<PolicyFacts> all = byPolicy.get(key);
                PolicyFacts f = all.size() == 1 ? r.cited().get(i) : agreed(all);
                f = withoutLevelOtherThan(f, documentLevels.get(key));
                facts.add(repealed.contains(key) && f.law() == null ? f.withValidity("repealed") : f);
            }
            return new ResolvedDocument(r.record(), r.issuers(), r.jurisdiction(), r.level(), r.city(), r.cityDivision(),
                    facts, r.divisionNames());
        }).toList();
    }

    private static PolicyFacts agreed(Set<PolicyFacts> all) {
        // A citation that decides no level says nothing against what another's title or citing phrase states;
        // against a 文号 read in another place it does (交政办发 is 交城's in a 交城 document, no one's in a 长治 one).
        Set<PolicyFacts> deciding = all.stream().filter(f -> f.level() != null).collect(Collectors.toSet());
        boolean byWords = deciding.stream().allMatch(f -> f.basis() == Basis.TITLE || f.basis() == Basis.CITING_PHRASE);
        if (!byWords) {
            deciding = all;
        }
        Set<String> issuers = deciding.stream().map(PolicyFacts::issuer).collect(Collectors.toSet());
        Set<Level> levels = deciding.stream().map(PolicyFacts::level).collect(Collectors.toSet());
        Set<Basis> bases = deciding.stream().map(PolicyFacts::basis).collect(Collectors.toSet());
        LegalForce force = LegalForce.agreed(all.stream().map(PolicyFacts::legalForce).toList());
        String validity = onlyOne(all.stream().map(PolicyFacts::validity).collect(Collectors.toSet()));
        LawMatch law = onlyOne(all.stream().map(PolicyFacts::law).collect(Collectors.toSet()));
        if (levels.size() != 1) {
            return new PolicyFacts(null, null, null, force, validity, law);
        }
        return new PolicyFacts(onlyOne(issuers), levels.iterator().next(),
                bases.size() == 1 ? bases.iterator().next() : Basis.TITLE, force, validity, law);
    }

    /**
     * A cited policy that is a document of the same file is one node: its level is the one its own
     * heading gives. A citation that reads another level from its 文号 or its sentence (a city's
     * 鄂政发 cited as 省政府《…》) contradicts the printed heading, so the citation's level is dropped.
     */
    private static PolicyFacts withoutLevelOtherThan(PolicyFacts f, Level documentLevel) {
        if (documentLevel == null || f.level() == null || f.level() == documentLevel) {
            return f;
        }
        return new PolicyFacts(null, null, null, f.legalForce(), f.validity(), f.law());
    }

    /** The one value all agree on (none counting as a value), else null. */
    private static <T> T onlyOne(Set<T> values) {
        return values.size() == 1 ? values.iterator().next() : null;
    }

    /** One key per policy node of the graph: its 文号, or its title's {@link TitleKey}, as the graph keys a title-only policy. */
    private static String policyKey(Citation c) {
        return c.number() != null ? numberKey(c.number())
                : "t:" + TitleKey.of(Simplified.of(c.title()));
    }

    private static String numberKey(String number) {
        return "n:" + Simplified.of(number);
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
                Optional<DocNumber> number = c.number() == null ? Optional.empty() : DocNumber.parse(c.number());
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

    /** True when {@code text} names the unit in full or by its short name of two characters or more (嘉鱼). */
    private static boolean namesUnit(String text, String name) {
        String shortName = Gazetteer.shortForm(name);
        return text.contains(name) || shortName.length() >= 2 && text.contains(shortName);
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
