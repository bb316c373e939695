package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazettekg.parse.BodyNames;
import org.gazettekg.parse.Citation;
import org.gazettekg.parse.DocNumber;
import org.gazettekg.parse.Gazetteer;
import org.gazettekg.parse.Simplified;

/**
 * What the resolve stage decides of one cited policy: its issuer and level (from its 文号, an order or
 * standard number, the law catalog, the names its title opens with, or the body the citing phrase
 * prints before it) and its legal force ({@link LegalForceRules}, {@link DocumentForceRules}).
 */
final class PolicyResolver {

    /** An order number: its bodies (joint ones joined by 、) in group 1, before 令, a year at most and 第. */
    private static final Pattern ORDER = Pattern.compile("^([\\p{IsHan}、]{2,200}?)令\\s*(?:\\d{4}\\s*年|[〔(（\\[［]\\s*\\d{4}\\s*[〕)）\\]］])?\\s*第");
    /** The Party's name, as central Party regulations open with it. */
    private static final String PARTY = "中国共产党";
    /**
     * An organisation whose Party committee names it rather than a place (中国共产党某某集团有限公司委员会工作规则): its
     * rules are its own, not the centre's, though no place follows the Party's name.
     */
    private static final Pattern NON_STATE_ORGANISATION =
            Pattern.compile("公司|集团|企业|大学|学院|学校|医院|银行|协会|学会|研究院|研究所");
    /** Title marks and spaces, set aside to read a title's opening. */
    private static final Pattern TITLE_MARKS = Pattern.compile("[《》〈〉\\s]");
    private static final Pattern LOCAL_STANDARD = Pattern.compile("^DB\\s*(\\d{2})");
    private static final Pattern STANDARD = Pattern.compile("^(?!DB)[A-Z]{2,4}(?:/[A-Z])?\\s*\\d");
    private static final Pattern PROVINCE_SCOPE = Pattern.compile("全省|省级|省(?:人民)?政府|省委|省长");
    private static final Pattern CITY_SCOPE = Pattern.compile("全市|市级|市(?:人民)?政府|市委|市长");
    /** Words a citing phrase may open with before the body: 按省人民政府办公厅《…》, 经国务院《…》. */
    private static final Pattern PHRASE_LEAD = Pattern.compile("^(?:按|由|经|对|将|和|与|及|同|把)");
    /** What follows the lead bodies of a joint citing phrase: 国家发改委等五部委, 省人社厅等部门. */
    private static final Pattern PHRASE_TAIL = Pattern.compile("等\\p{IsHan}{0,5}$");
    /** A scope word the parser keeps before a title: 国家; 我/本 + the citing document's own 省, 市 or 县; a bare 省, 市 or 县. */
    private static final Pattern SCOPE_WORD = Pattern.compile("国家|[我本]([省市县])|([省市县])");
    /** A law by its name: 中华人民共和国…法, with an edition or status in brackets at most. */
    private static final Pattern NATIONAL_LAW = Pattern.compile("^中华人民共和国(\\p{IsHan}{1,30})法(?:\\([^()]*\\))*$");

    /**
     * A body a citing phrase or title names: its name (null where only its level is known), level, and the
     * lead body as printed (中办 of 中办、国办), which tells the kind of body for the legal force even where
     * it names none; null for a scope word (国家, 我市).
     */
    private record Phrase(String name, Level level, String printed) {
    }

    private final Resolution resolution;
    private final PrintedBodies bodies;

    PolicyResolver(Resolution resolution, PrintedBodies bodies) {
        this.resolution = requireNonNull(resolution, "resolution");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** The facts of a policy cited by {@code c} in a document of {@code jurisdiction}. */
    PolicyFacts policy(Citation c, String jurisdiction, LearnedCodes learned) {
        return decide(c, jurisdiction, learned);
    }

    /**
     * The issuer and level a cited title states: the national law or regulation of the catalog it
     * names (全称, 简称, a conversion typo), or the names it opens with (山西省人民政府关于…, 中华人民共和国…法);
     * and its legal force, as {@link #policy} decides it for a citation by that title alone.
     */
    PolicyFacts titleFacts(String title, String jurisdiction) {
        return decide(new Citation(0, title, null, title, null, Citation.Relation.CITES), jurisdiction, new LearnedCodes());
    }

    private PolicyFacts decide(Citation c, String jurisdiction, LearnedCodes learned) {
        PolicyFacts facts = issuerAndLevel(c, jurisdiction, learned);
        Optional<Phrase> phrase = citingBody(c, jurisdiction);
        if (phrase.isPresent() && facts.issuer() == null && (facts.level() == null || facts.level() == phrase.get().level())) {
            Phrase b = phrase.get();
            facts = new PolicyFacts(b.name(), b.level(), Basis.CITING_PHRASE, facts.legalForce(), facts.validity(), facts.law());
        }
        Optional<DocNumber> number = docNumberOf(c.number());
        if (c.number() != null) {
            facts = facts.withForce(LegalForceRules.forceOfNumber(simplified(c.number())).orElse(null));
        }
        if (c.title() != null) {
            facts = withTitleForce(facts, c.title());
        }
        // The lead issuer for the 文种 rules: the one decided, else the phrase's, else the first a joint title opens with.
        Optional<Phrase> lead = facts.issuer() != null ? Optional.empty()
                : phrase.filter(b -> b.name() != null).or(() -> titleLead(c.title(), jurisdiction));
        // A short form that names no body (中办) still says what kind of body leads, which the 文种 rules weigh.
        Level decided = facts.level();
        Optional<Phrase> kindOnly = facts.issuer() != null ? Optional.empty()
                : phrase.filter(b -> b.name() == null && b.printed() != null && b.level() == decided);
        String issuer = facts.issuer() != null ? facts.issuer()
                : lead.map(Phrase::name).or(() -> kindOnly.map(Phrase::printed)).orElse(null);
        Level level = facts.level() != null ? facts.level() : lead.map(Phrase::level).orElse(null);
        Optional<LegalForce> byKind = DocumentForceRules.of(issuer, level, c.title(), number.isPresent());
        // Of no known issuer, only a title opening with its place is a state organ's: a Party body's opens with 中共.
        if (byKind.equals(Optional.of(LegalForce.LOCAL_INSTRUMENT)) && issuer == null
                && (c.title() == null || bodies.placeOf(c.title(), jurisdiction).isEmpty())) {
            byKind = Optional.empty();
        }
        return facts.withForce(EnvironmentalStandards.force(level, c.title()).orElse(null)).withForce(byKind.orElse(null));
    }

    /**
     * The body a citing phrase prints before the title (国务院《…》, 中办、国办《…》, 省政府办公厅《…》,
     * 国家发改委等五部委《…》), where every body it names has a level and all the levels agree; the first
     * body is the issuer, named in full where the phrase names it so or a short form completes it.
     */
    private Optional<Phrase> citingBody(Citation c, String jurisdiction) {
        if (c.issuer() == null) {
            return Optional.empty();
        }
        String phrase = PHRASE_TAIL.matcher(PHRASE_LEAD.matcher(simplified(c.issuer())).replaceFirst("")).replaceFirst("");
        Matcher scope = SCOPE_WORD.matcher(phrase);
        if (scope.matches()) {
            String own = scope.group(1);
            return (own != null || scope.group(2) == null ? scopeLevel(own, jurisdiction)
                    : nearestLevel(scope.group(2), jurisdiction)).map(level -> new Phrase(null, level, null));
        }
        Set<Level> levels = new HashSet<>();
        ResolvedBody first = null;
        for (String name : phrase.split("、")) {
            ResolvedBody body = bodies.printed(name, jurisdiction, Basis.CITING_PHRASE);
            levels.add(body.level());
            first = first == null ? body : first;
        }
        if (first == null || levels.size() != 1 || levels.contains(null)) {
            return Optional.empty();
        }
        // A two-character short form (中办, 国办) says the level, not the body's name.
        boolean named = first.basis() == Basis.PRINTED_SHORT ? first.division() != null
                : first.name().length() > 2 && bodies.isFull(first.name());
        return Optional.of(new Phrase(named ? first.name() : null, first.level(), first.name()));
    }

    /**
     * The level a scope word before the title states: 国家 the state's; 我省/本省 the province the citing
     * document lies in; 我市/本市, 我县/本县 the citing document's own city or county (where its place is one).
     */
    private Optional<Level> scopeLevel(String place, String jurisdiction) {
        if (place == null) {
            return Optional.of(Level.NATIONAL);
        }
        List<Gazetteer.Unit> chain = jurisdiction == null ? List.of() : resolution.data().gazetteer().parentChain(jurisdiction);
        List<Gazetteer.Unit> candidates = "省".equals(place) ? chain : chain.stream().limit(1).toList();
        return candidates.stream().filter(u -> u.name().endsWith(place)).findFirst().flatMap(Level::ofUnit);
    }

    /**
     * The level a bare place word before the title states (市《…》, 县《…》): the nearest unit of the citing
     * document's place, itself or above it, whose name ends with the word (市 in a 嘉鱼县 document: 咸宁市).
     */
    private Optional<Level> nearestLevel(String place, String jurisdiction) {
        List<Gazetteer.Unit> chain = jurisdiction == null ? List.of() : resolution.data().gazetteer().parentChain(jurisdiction);
        return chain.stream().filter(u -> u.name().endsWith(place)).findFirst().flatMap(Level::ofUnit);
    }

    /** The first of the bodies a title opens with (中共长治市委长治市人民政府关于…), where it names its place. */
    private Optional<Phrase> titleLead(String title, String jurisdiction) {
        List<String> leading = title == null ? List.of() : BodyNames.leading(title);
        return leading.isEmpty() ? Optional.empty()
                : Optional.of(bodies.printed(leading.get(0), jurisdiction, Basis.TITLE)).filter(b -> b.level() != null)
                        .map(b -> new Phrase(b.name(), b.level(), b.name()));
    }

    /** The facts with the legal force the issuer and title state (山西省…条例 is a 地方性法规), where none was decided. */
    private PolicyFacts withTitleForce(PolicyFacts facts, String title) {
        String t = simplified(title);
        PolicyFacts f = facts.withForce(LegalForceRules.forceOfIssuer(facts.issuer() == null ? "" : facts.issuer(), t)
                .orElse(null));
        f = f.withForce(LegalForceRules.forceOfTitle(t, resolution.data()).orElse(null));
        return f.withForce(forceOfLawName(t).orElse(null));
    }

    /**
     * 中华人民共和国…法 → 法律 (宪法 → 宪法): only acts of the National People's Congress and its Standing
     * Committee bear the state's name followed by 法 (the catalog misses laws repealed before its crawl,
     * such as 物权法 and 合同法).
     */
    static Optional<LegalForce> forceOfLawName(String title) {
        Matcher m = NATIONAL_LAW.matcher(title.replaceAll("[《》〈〉\\s]", "").replace('（', '(').replace('）', ')'));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).equals("宪") ? LegalForce.CONSTITUTION : LegalForce.LAW);
    }

    private PolicyFacts issuerAndLevel(Citation c, String jurisdiction, LearnedCodes learned) {
        Optional<DocNumber> number = docNumberOf(c.number());
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
        PolicyFacts byTitle = c.title() == null ? PolicyFacts.UNKNOWN : titleOnly(c.title(), jurisdiction);
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
            return orderFacts(order.group(1), jurisdiction);
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
     * The 文号 a cited number is, or empty: an order number is none, though a year in brackets
     * (交通运输部令〔2019〕第29号) gives it a 文号's shape.
     */
    static Optional<DocNumber> docNumberOf(String number) {
        return number == null || ORDER.matcher(simplified(number)).lookingAt() ? Optional.empty() : DocNumber.parse(number);
    }

    /**
     * The issuer and level of an order's bodies (交通运输部; 监察部、人力资源社会保障部、国家税务总局): the first
     * body leads a joint order; every body must be known to the reference data and all of one level.
     */
    private Optional<PolicyFacts> orderFacts(String printedBodies, String jurisdiction) {
        Set<Level> levels = new HashSet<>();
        ResolvedBody lead = null;
        for (String name : printedBodies.split("、")) {
            ResolvedBody body = bodies.printed(name, jurisdiction, Basis.TITLE);
            levels.add(body.level());
            lead = lead == null ? body : lead;
        }
        return lead == null || levels.size() != 1 || levels.contains(null) ? Optional.empty()
                : Optional.of(new PolicyFacts(lead.name(), lead.level(), Basis.CODE_DERIVED));
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

    /** The issuer and level the title states, with the legal force the catalog or the title's names give. */
    private PolicyFacts titleOnly(String title, String jurisdiction) {
        Optional<LawMatch> law = resolution.laws().match(simplified(title));
        if (law.isPresent()) {
            LawMatch m = law.get();
            return new PolicyFacts(null, Level.NATIONAL, Basis.TITLE, m.force(), m.superseded() ? "repealed" : "in-force", m);
        }
        List<String> leading = BodyNames.leading(title);
        if (leading.size() == 1) {
            ResolvedBody body = bodies.printed(leading.get(0), jurisdiction, Basis.TITLE);
            if (body.level() != null) {
                return withTitleForce(new PolicyFacts(body.name(), body.level(), Basis.TITLE), title);
            }
        }
        Optional<Level> byScope = scopeWord(simplified(title), jurisdiction);
        if (byScope.isPresent()) {
            return withTitleForce(new PolicyFacts(null, byScope.get(), Basis.TITLE), title);
        }
        return withTitleForce(bodies.placeOf(title, jurisdiction).map(p -> new PolicyFacts(null, p.level(), Basis.TITLE))
                .orElse(PolicyFacts.UNKNOWN), title);
    }

    /**
     * The level a title states by the scope it opens with: 全国… and 国家… ({@link NationalScope}) are national; 全省…, 省级…, 省政府… the
     * province's; 全市…, 市级…, 市政府… the city's, where the citing document lies in a city (a 市 of a
     * county document may be its own county-level city: then nothing is decided).
     */
    private Optional<Level> scopeWord(String title, String jurisdiction) {
        if (NationalScope.of(title) || isCentralPartyRegulation(title, jurisdiction)) {
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

    /**
     * 中国共产党…条例/准则/规定/办法/规则/细则 with no place after the Party's name (中国共产党党内监督条例): a Party
     * regulation ({@link LegalForceRules#forceOfTitle}) made by the Party's central organs, the only makers of
     * Party regulations that name no place (党内法规制定条例 art. 4: besides them, only the committees of
     * provinces, which are named: 中国共产党山西省委员会…, 中共山西省委…). A title naming a company, school,
     * hospital or association is that organisation's committee's, never national.
     */
    private boolean isCentralPartyRegulation(String title, String jurisdiction) {
        String t = TITLE_MARKS.matcher(title).replaceAll("");
        return t.startsWith(PARTY) && !NON_STATE_ORGANISATION.matcher(t).find()
                && bodies.placeOf(t.substring(PARTY.length()), jurisdiction).isEmpty()
                && LegalForceRules.forceOfTitle(t, resolution.data()).equals(Optional.of(LegalForce.PARTY_REGULATION));
    }

    private static String code(DocNumber number) {
        return simplified(number.agencyCode());
    }

    private static String simplified(String text) {
        return Simplified.of(text);
    }
}
