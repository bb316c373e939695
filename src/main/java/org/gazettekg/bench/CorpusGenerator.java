package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.GazetteParser;
import org.gazettekg.parse.GazetteSink;
import org.gazettekg.parse.Gazetteer;
import org.gazettekg.parse.SourceText;

/**
 * Writes N× a sample corpus as realistic variants from the national reference data, for benchmarks:
 * each variant of a gazette is moved to another city, one province after another ({@link NationalCities}:
 * every prefecture-level unit and municipality), its city, county and province names and the codes of
 * its 机关代字 (长政办发 → 穗政办发, 晋政办发 → 粤政办发) replaced by the target's, its years shifted, the
 * sequence numbers of its 文号 shifted and some neighbouring documents swapped; about one in five is
 * written in traditional characters ({@link TraditionalText}) and about one in five as document pages,
 * a metadata block (发文机关, 发文字号, 成文日期) printed before each document. Variant 0 is the original.
 * The output depends only on the inputs and the seed.
 */
public final class CorpusGenerator {

    /** Years are shifted by multiples of four so that 2月29日 stays a date. */
    private static final int[] YEAR_SHIFTS = {-4, -8, -12, 4};
    private static final int MAX_NUMBER_SHIFT = 40;
    /** One variant in this many is traditional; one in this many is laid out as document pages. */
    private static final int LAYOUT_SHARE = 5;
    private static final Pattern YEAR = Pattern.compile("(?<![0-9０-９])(19[5-9][0-9]|20[0-4][0-9])(?![0-9０-９])");
    /** A 文号's sequence number after its bracketed year: 〔2020〕10号. */
    private static final Pattern SEQUENCE = Pattern.compile("([〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*)(\\d{1,4})(\\s*号)");
    /** What follows a government's code in its 机关代字, up to the year of the 文号: 政办发〔, 政通字〔, 府规〔. */
    private static final String CODE_FORM = "([政府]\\p{IsHan}{0,3}?)(?=\\s*[〔\\[［(（]\\s*\\d{4})";

    private final List<Path> originals;
    private final long seed;
    private final NationalCities cities;
    private final List<NationalCities.City> targets;
    private final GazetteParser parser = new GazetteParser();
    /** The documents of each original read so far. */
    private final Map<Path, List<DocumentRecord>> read = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A generator over the gazettes {@code originals} (their order matters for determinism).
     *
     * @param seed the seed of every random choice
     */
    public CorpusGenerator(List<Path> originals, long seed) {
        this.originals = List.copyOf(requireNonNull(originals, "originals"));
        this.seed = seed;
        this.cities = NationalCities.standard();
        this.targets = cities.interleaved();
    }

    /** The .txt files of {@code folder}, sorted. */
    public static List<Path> gazettesIn(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * Writes {@code scale} variants of every original into {@code out} (created if needed) and
     * returns the files written, in a shuffled order that is the same for the same seed.
     */
    public List<Path> generate(int scale, Path out) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1: " + scale);
        }
        requireNonNull(out, "out");
        try {
            Files.createDirectories(out);
            List<Path> written = new ArrayList<>();
            for (Path original : originals) {
                SourceText text = SourceText.read(original);
                List<DocumentRecord> docs = documents(text);
                written.add(Files.copy(original, out.resolve(original.getFileName().toString()),
                        StandardCopyOption.REPLACE_EXISTING));
                for (int v = 1; v < scale; v++) {
                    Variant variant = variant(original, text, docs, v);
                    Path file = out.resolve(variant.fileName());
                    Files.writeString(file, variant.text(), StandardCharsets.UTF_8);
                    written.add(file);
                }
            }
            java.util.Collections.shuffle(written, new Random(seed));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + out, e);
        }
    }

    /**
     * A generated gazette.
     *
     * @param fileName       its unique file name
     * @param sourceCity     the city the original belongs to
     * @param targetCity     the city the variant was moved to
     * @param targetProvince the province of that city
     * @param traditional    whether it is written in traditional characters
     * @param documentPages  whether each document is printed after a metadata block, as on a web page
     * @param text           its text
     */
    public record Variant(String fileName, String sourceCity, String targetCity, String targetProvince,
                          boolean traditional, boolean documentPages, String text) {
    }

    /** Variant {@code index} of {@code original} (0 is the original text, as lines). */
    public Variant variant(Path original, int index) {
        SourceText text = SourceText.read(original);
        return variant(original, text, read.computeIfAbsent(original, p -> documents(text)), index);
    }

    private Variant variant(Path original, SourceText text, List<DocumentRecord> docs, int index) {
        String name = original.getFileName().toString();
        String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        NationalCities.City source = sourceCity(text);
        if (index == 0) {
            return new Variant(name, source.name(), source.name(), source.province().name(), false, false,
                    String.join("\n", text.lines()) + "\n");
        }
        Random random = new Random(seed * 1_000_003L + stem.hashCode() * 31L + index);
        NationalCities.City target = targetCity(original, source, index);
        boolean traditional = random.nextInt(LAYOUT_SHARE) == 0;
        boolean pages = random.nextInt(LAYOUT_SHARE) == 0;
        List<List<String>> segments = segments(text.lines(), docs, pages);
        String body = String.join("\n", reorder(segments, random)) + "\n";
        body = renameCity(body, source, target);
        body = shiftSequenceNumbers(body, 1 + random.nextInt(MAX_NUMBER_SHIFT));
        body = shiftYears(body, YEAR_SHIFTS[random.nextInt(YEAR_SHIFTS.length)]);
        if (traditional) {
            body = TraditionalText.of(body);
        }
        return new Variant(String.format("%s-v%04d-%s.txt", stem, index, target.code()), source.name(), target.name(),
                target.province().name(), traditional, pages, body);
    }

    /** The city of {@code text}: the city whose full name it prints most often. */
    private NationalCities.City sourceCity(SourceText text) {
        String all = String.join("\n", text.lines());
        return cities.printedMost(all)
                .orElseThrow(() -> new IllegalArgumentException(text.name() + " names no city of the reference data"));
    }

    /**
     * The city of variant {@code index}: the variants of all originals walk the interleaved city list
     * together (variant 1 of each original, then variant 2 …), so N× covers N × originals cities.
     */
    private NationalCities.City targetCity(Path original, NationalCities.City source, int index) {
        int position = (index - 1) * Math.max(1, originals.size()) + Math.max(0, originals.indexOf(original));
        for (int i = 0; ; i++) {
            NationalCities.City c = targets.get(Math.floorMod(position + i, targets.size()));
            if (!c.code().equals(source.code()) || i >= targets.size()) {
                return c;
            }
        }
    }

    private List<DocumentRecord> documents(SourceText text) {
        List<DocumentRecord> docs = new ArrayList<>();
        parser.parse(text, new GazetteSink() {
            @Override
            public void document(DocumentRecord document) {
                docs.add(document);
            }
        });
        return docs;
    }

    /**
     * The text as its head, each document but the last, and the rest (the last document and the issue's
     * end matter); with {@code pages}, each document opens with its metadata block.
     */
    private static List<List<String>> segments(List<String> lines, List<DocumentRecord> docs, boolean pages) {
        List<List<String>> out = new ArrayList<>();
        int from = 1;
        for (DocumentRecord d : docs) {
            out.add(new ArrayList<>(lines.subList(from - 1, Math.max(from, d.startLine()) - 1)));
            from = Math.max(from, d.startLine());
        }
        out.add(new ArrayList<>(lines.subList(from - 1, lines.size())));
        if (pages) {
            for (int i = 0; i < docs.size(); i++) {
                out.get(i + 1).addAll(0, DocumentPage.metadata(docs.get(i)));
            }
        }
        return out;
    }

    /** The segments' lines, some pairs of neighbouring documents (never the head or the rest) swapped. */
    private static List<String> reorder(List<List<String>> segments, Random random) {
        List<String> out = new ArrayList<>(segments.get(0));
        int last = segments.size() - 1;
        int i = 1;
        while (i < last) {
            if (i + 1 < last && random.nextBoolean()) {
                out.addAll(segments.get(i + 1));
                out.addAll(segments.get(i));
                i += 2;
            } else {
                out.addAll(segments.get(i));
                i++;
            }
        }
        if (last > 0) {
            out.addAll(segments.get(last));
        }
        return out;
    }

    /** Replaces the source's county, city and province names and its governments' codes by the target's. */
    String renameCity(String text, NationalCities.City source, NationalCities.City target) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> toCounties = target.counties();
        for (int i = 0; i < source.counties().size() && !toCounties.isEmpty(); i++) {
            names.put(source.counties().get(i), toCounties.get(i % toCounties.size()));
        }
        String fromProvince = source.province().name();
        String toProvince = target.province().name();
        names.put(fromProvince + source.name(), target.isMunicipality() ? target.name() : toProvince + target.name());
        names.put(source.name(), target.name());
        names.put(Gazetteer.shortForm(source.name()), Gazetteer.shortForm(target.name()));
        names.put(fromProvince, toProvince);
        names.put(Gazetteer.shortForm(fromProvince), Gazetteer.shortForm(toProvince));
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(source.province().abbr(), target.province().abbr());
        codes.put(source.agencyCode(), target.agencyCode());
        return replaceCodes(replaceAll(text, names), codes);
    }

    /** Replaces every key by its value in one left-to-right pass, longest key first at each position. */
    private static String replaceAll(String text, Map<String, String> replacements) {
        Matcher m = alternatives(replacements, "").matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacements.get(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Replaces the code of each printed 机关代字 (长 of 长政办发〔2020〕) by its value. */
    private static String replaceCodes(String text, Map<String, String> codes) {
        Matcher m = alternatives(codes, CODE_FORM).matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(codes.get(m.group(1)) + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Pattern alternatives(Map<String, String> replacements, String after) {
        List<String> keys = new ArrayList<>(replacements.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        String any = String.join("|", keys.stream().map(Pattern::quote).toList());
        return Pattern.compile(after.isEmpty() ? any : "(" + any + ")" + after);
    }

    static String shiftYears(String text, int shift) {
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(Integer.parseInt(m.group(1)) + shift));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String shiftSequenceNumbers(String text, int shift) {
        Matcher m = SEQUENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            int number = Integer.parseInt(m.group(2)) + shift;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + number + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The seed. */
    public long seed() {
        return seed;
    }
}
