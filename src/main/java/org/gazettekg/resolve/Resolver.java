package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
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

    /** A short form of a government or its office: 市政府, 市政府办公厅, 区政府, 县人民政府办公室, 地区行署. */
    private static final Pattern SHORT_FORM = Pattern.compile(
            "^(省|自治区|市|自治州|州|盟|地区|区|自治县|县|旗)(人民政府|政府|行政公署|行署)(办公厅|办公室)?$");

    private static final Pattern JOINT = Pattern.compile("\\s+");
    private static final Pattern ORDER = Pattern.compile("^(\\p{IsHan}{2,20}?)令\\s*第");
    private static final Pattern LOCAL_STANDARD = Pattern.compile("^DB\\s*(\\d{2})");
    private static final Pattern STANDARD = Pattern.compile("^(?!DB)[A-Z]{2,4}(?:/[A-Z])?\\s*\\d");
    private static final Pattern PROVINCE_SCOPE = Pattern.compile("全省|省级|省(?:人民)?政府|省委");
    private static final Pattern CITY_SCOPE = Pattern.compile("全市|市级|市(?:人民)?政府|市委");

    private final Resolution resolution;
    private final ResolvedSink out;
    private final List<DocumentRecord> documents = new ArrayList<>();
    private String source;
    private String mastheadCity;
    private String mastheadPlace;

    /** A resolver handing its records to {@code out} (null for one that only answers questions). */
    Resolver(Resolution resolution, ResolvedSink out) {
        this.resolution = requireNonNull(resolution, "resolution");
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
        mastheadPlace = mastheadCity == null ? null : placeOf(mastheadCity, null).map(Place::division).orElse(null);
        out.issue(issue);
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
     * citations disagree on is left empty.
     */
    private static List<ResolvedDocument> consistentPolicies(List<ResolvedDocument> resolved) {
        Map<String, Set<PolicyFacts>> byPolicy = new HashMap<>();
        for (ResolvedDocument r : resolved) {
            for (int i = 0; i < r.cited().size(); i++) {
                byPolicy.computeIfAbsent(policyKey(r.record().citations().get(i)), k -> new HashSet<>()).add(r.cited().get(i));
            }
        }
        return resolved.stream().map(r -> {
            List<PolicyFacts> facts = new ArrayList<>();
            for (int i = 0; i < r.cited().size(); i++) {
                Set<PolicyFacts> all = byPolicy.get(policyKey(r.record().citations().get(i)));
                facts.add(all.size() == 1 ? r.cited().get(i) : agreed(all));
            }
            return new ResolvedDocument(r.record(), r.issuers(), r.jurisdiction(), r.level(), r.city(), facts);
        }).toList();
    }

    private static PolicyFacts agreed(Set<PolicyFacts> all) {
        Set<String> issuers = all.stream().map(PolicyFacts::issuer).collect(Collectors.toSet());
        Set<Level> levels = all.stream().map(PolicyFacts::level).collect(Collectors.toSet());
        Set<Basis> bases = all.stream().map(PolicyFacts::basis).collect(Collectors.toSet());
        if (levels.size() != 1 || levels.contains(null)) {
            return PolicyFacts.UNKNOWN;
        }
        Set<LegalForce> forces = all.stream().map(PolicyFacts::legalForce).collect(Collectors.toSet());
        return new PolicyFacts(issuers.size() == 1 ? issuers.iterator().next() : null, levels.iterator().next(),
                bases.size() == 1 ? bases.iterator().next() : Basis.TITLE,
                forces.size() == 1 ? forces.iterator().next() : null, null, null);
    }

    /** One key per policy node of the graph: its 文号, or its title compared as the graph compares titles (NFKC). */
    private static String policyKey(Citation c) {
        return c.number() != null ? "n:" + Simplified.of(c.number())
                : "t:" + Normalizer.normalize(Simplified.of(c.title()), Normalizer.Form.NFKC).replaceAll("\\s+", "");
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
        if (isFull(name) && AgencyCode.parse(code(number)).office() == office) {
            learned.learn(code(number), name, source, line);
        }
    }

    // ---- one document -----------------------------------------------------------------------------

    private ResolvedDocument resolve(DocumentRecord d, String context, LearnedCodes learned) {
        String printedPlace = placeFromPrinted(d, context).orElse(null);
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
        String city = mastheadCity != null ? cityOf(mastheadPlace).orElse(null) : cityOf(jurisdiction).orElse(null);
        String place = jurisdiction;
        List<PolicyFacts> cited = d.citations().stream().map(c -> policy(c, place, learned)).toList();
        return new ResolvedDocument(d, issuers, jurisdiction, level, city, cited);
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
            Optional<Place> p = placeOf(name, context).filter(x -> x.division() != null);
            if (p.isPresent()) {
                return p.map(Place::division);
            }
        }
        return Optional.empty();
    }

    private List<ResolvedBody> issuers(DocumentRecord d, String jurisdiction, Optional<Issuer> byCode) {
        if (!d.issuers().isEmpty()) {
            return d.issuers().stream().map(name -> printed(name, jurisdiction, Basis.PRINTED)).toList();
        }
        if (!d.signers().isEmpty()) {
            return d.signers().stream().map(name -> printed(name, jurisdiction, Basis.SIGNATURE)).toList();
        }
        if (d.metadata() != null && d.metadata().issuer() != null) {
            return List.of(printed(d.metadata().issuer(), jurisdiction, Basis.METADATA));
        }
        // A code of joint bodies (长办发: 中共长治市委办公室 长治市人民政府办公室) names each of them.
        return byCode.map(i -> JOINT.splitAsStream(i.body().strip())
                        .map(body -> new ResolvedBody(body, i.division(), i.level(), Basis.ofCode(i.method()))).toList())
                .orElse(List.of());
    }

    /** A body printed with the document: in full, or in a short form completed with the place it governs. */
    private ResolvedBody printed(String name, String jurisdiction, Basis basis) {
        Matcher shortForm = SHORT_FORM.matcher(simplified(name));
        if (shortForm.matches()) {
            return expand(name, shortForm, jurisdiction);
        }
        Optional<Place> place = placeOf(name, jurisdiction);
        return new ResolvedBody(name, place.map(Place::division).orElse(null), place.map(Place::level).orElse(null), basis);
    }

    /**
     * 市政府办公厅 in a 南京 document is 南京市人民政府办公厅: the nearest unit of the document's place
     * whose name ends as the short form's place word does. Without such a unit the short form stays as printed.
     */
    private ResolvedBody expand(String printed, Matcher shortForm, String jurisdiction) {
        String placeWord = shortForm.group(1);
        Gazetteer gazetteer = resolution.data().gazetteer();
        List<Gazetteer.Unit> chain = jurisdiction == null ? List.of() : gazetteer.parentChain(jurisdiction);
        for (Gazetteer.Unit unit : chain) {
            if (unit.name().endsWith(placeWord) && Level.ofUnit(unit).isPresent()) {
                boolean commissioner = shortForm.group(2).startsWith("行");
                String office = shortForm.group(3) == null ? "" : shortForm.group(3);
                // A district is named with its city (长治市上党区人民政府), as its own documents print it.
                String place = "区".equals(placeWord) ? cityOf(unit.code()).map(c -> c + unit.name()).orElse(unit.name())
                        : unit.name();
                String full = place + (commissioner ? "行政公署" : "人民政府") + office;
                return new ResolvedBody(full, unit.code(), Level.ofUnit(unit).get(), Basis.PRINTED_SHORT);
            }
        }
        return new ResolvedBody(printed, null, null, Basis.PRINTED_SHORT);
    }

    // ---- a cited policy ---------------------------------------------------------------------------

    private PolicyFacts policy(Citation c, String jurisdiction, LearnedCodes learned) {
        PolicyFacts facts = issuerAndLevel(c, jurisdiction, learned);
        if (c.number() != null) {
            facts = facts.withForce(LegalForceRules.forceOfNumber(simplified(c.number())).orElse(null));
        }
        return c.title() == null ? facts : withTitleForce(facts, c.title());
    }

    /** The facts with the legal force the issuer and title state (山西省…条例 is a 地方性法规), where none was decided. */
    private PolicyFacts withTitleForce(PolicyFacts facts, String title) {
        PolicyFacts f = facts.withForce(LegalForceRules.forceOfIssuer(facts.issuer() == null ? "" : facts.issuer(),
                simplified(title)).orElse(null));
        return f.withForce(LegalForceRules.forceOfTitle(simplified(title), resolution.data()).orElse(null));
    }

    private PolicyFacts issuerAndLevel(Citation c, String jurisdiction, LearnedCodes learned) {
        Optional<DocNumber> number = c.number() == null ? Optional.empty() : DocNumber.parse(c.number());
        if (number.isPresent()) {
            Optional<Issuer> issuer = resolution.codes().resolve(code(number.get()), jurisdiction, learned);
            if (issuer.isPresent()) {
                return new PolicyFacts(issuer.get().body(), issuer.get().level(), Basis.ofCode(issuer.get().method()));
            }
        }
        if (c.number() != null && number.isEmpty()) {
            Optional<PolicyFacts> byNumber = numberFacts(simplified(c.number()), jurisdiction);
            if (byNumber.isPresent()) {
                return byNumber.get();
            }
        }
        PolicyFacts byTitle = c.title() == null ? PolicyFacts.UNKNOWN : titleFacts(c.title(), jurisdiction);
        if (byTitle.level() == null && number.isPresent()) {
            return levelOfPlaceCode(code(number.get()), jurisdiction)
                    .map(level -> new PolicyFacts(null, level, Basis.CODE_DERIVED)).orElse(byTitle);
        }
        return byTitle;
    }

    /**
     * What an order or standard number says of its issuer: 国务院令第713号 is the State Council's;
     * 山西省人民政府令第262号 the province's; a local standard DB14/… the province whose code follows DB;
     * any other standard (GB, GB/T, HJ, JGJ …) is issued nationally.
     */
    private Optional<PolicyFacts> numberFacts(String number, String jurisdiction) {
        Matcher order = ORDER.matcher(number);
        if (order.lookingAt()) {
            ResolvedBody body = printed(order.group(1), jurisdiction, Basis.TITLE);
            return body.level() == null ? Optional.empty()
                    : Optional.of(new PolicyFacts(body.name(), body.level(), Basis.CODE_DERIVED));
        }
        Matcher local = LOCAL_STANDARD.matcher(number);
        if (local.lookingAt()) {
            return resolution.data().provinces().byCode(local.group(1))
                    .map(p -> new PolicyFacts(null, Level.PROVINCIAL, Basis.CODE_DERIVED));
        }
        if (STANDARD.matcher(number).lookingAt()) {
            return Optional.of(new PolicyFacts(null, Level.NATIONAL, Basis.CODE_DERIVED));
        }
        return Optional.empty();
    }

    /**
     * The level a 机关代字 states by the place it opens with, where the body behind the rest cannot be
     * named (长人社函 in a 长治 document: a 长治 body, municipal; 晋科规: a Shanxi body, provincial). The
     * place must be the citing document's own or one above it, whose 代字 character the tables or the
     * name give; a place code that several of them share decides nothing.
     */
    private Optional<Level> levelOfPlaceCode(String code, String jurisdiction) {
        if (jurisdiction == null) {
            return Optional.empty();
        }
        // The longest place code wins: 晋市卫字 is 晋城's (晋市), not Shanxi's (晋).
        Set<Level> levels = new HashSet<>();
        int longest = 0;
        for (Gazetteer.Unit unit : resolution.data().gazetteer().parentChain(jurisdiction)) {
            Optional<Level> level = Level.ofUnit(unit);
            for (String placeCode : placeCodes(unit)) {
                if (level.isEmpty() || code.length() <= placeCode.length() || !code.startsWith(placeCode)
                        || placeCode.length() < longest) {
                    continue;
                }
                if (placeCode.length() > longest) {
                    levels.clear();
                    longest = placeCode.length();
                }
                levels.add(level.get());
            }
        }
        return levels.size() == 1 ? Optional.of(levels.iterator().next()) : Optional.empty();
    }

    /** The characters a unit's 机关代字 open with: its province's 简称, the city codes' entry, the first character of its name. */
    private Set<String> placeCodes(Gazetteer.Unit unit) {
        Set<String> codes = new HashSet<>();
        resolution.data().provinces().byCode(unit.code()).map(Provinces.Province::abbr).ifPresent(codes::add);
        resolution.data().cityCodes().byDivision(unit.code()).map(CityCodes.CityCode::agencyCode).ifPresent(codes::add);
        if (!Gazetteer.PROVINCE.equals(unit.level())) {
            codes.add(unit.name().substring(0, 1));
        }
        codes.removeIf(String::isBlank);
        return codes;
    }

    /**
     * The issuer and level a cited title states: the national law or regulation of the catalog it
     * names (全称, 简称, a conversion typo), or the names it opens with (山西省人民政府关于…, 中华人民共和国…法).
     */
    PolicyFacts titleFacts(String title, String jurisdiction) {
        Optional<LawMatch> law = resolution.laws().match(simplified(title));
        if (law.isPresent()) {
            LawMatch m = law.get();
            return new PolicyFacts(null, Level.NATIONAL, Basis.TITLE, m.force(), m.superseded() ? "repealed" : "in-force", m);
        }
        List<String> bodies = BodyNames.leading(title);
        if (bodies.size() == 1) {
            ResolvedBody body = printed(bodies.get(0), jurisdiction, Basis.TITLE);
            if (body.level() != null) {
                return withTitleForce(new PolicyFacts(body.name(), body.level(), Basis.TITLE), title);
            }
        }
        Optional<Level> byScope = scopeWord(simplified(title), jurisdiction);
        if (byScope.isPresent()) {
            return withTitleForce(new PolicyFacts(null, byScope.get(), Basis.TITLE), title);
        }
        return withTitleForce(placeOf(title, jurisdiction).map(p -> new PolicyFacts(null, p.level(), Basis.TITLE))
                .orElse(PolicyFacts.UNKNOWN), title);
    }

    /**
     * The level a title states by the scope it opens with: 全国… is national; 全省…, 省级…, 省政府… the
     * province's; 全市…, 市级…, 市政府… the city's, where the citing document lies in a city (a 市 of a
     * county document may be its own county-level city: then nothing is decided).
     */
    private Optional<Level> scopeWord(String title, String jurisdiction) {
        if (title.startsWith("全国")) {
            return Optional.of(Level.NATIONAL);
        }
        if (jurisdiction == null) {
            return Optional.empty();
        }
        if (PROVINCE_SCOPE.matcher(title).lookingAt()) {
            return Optional.of(Level.PROVINCIAL);
        }
        if (CITY_SCOPE.matcher(title).lookingAt() && jurisdiction.length() == 4) {
            return Optional.of(Level.MUNICIPAL);
        }
        return Optional.empty();
    }

    // ---- places -----------------------------------------------------------------------------------

    private record Place(Level level, String division) {
    }

    private Optional<Place> placeOf(String text, String jurisdiction) {
        return resolution.places().place(simplified(text), jurisdiction).map(p -> new Place(p.level(), p.division()));
    }

    /** True when {@code name} names its place (长治市人民政府, 国务院), not a short form (市政府). */
    private boolean isFull(String name) {
        return !SHORT_FORM.matcher(simplified(name)).matches() && placeOf(name, null).isPresent();
    }

    /** The prefecture-level city of a division: itself, or the city it lies in; empty for provinces. */
    private Optional<String> cityOf(String division) {
        if (division == null) {
            return Optional.empty();
        }
        return resolution.data().gazetteer().parentChain(division).stream()
                .filter(u -> Gazetteer.CITY.equals(u.level())).map(Gazetteer.Unit::name).findFirst();
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
