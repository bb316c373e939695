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

import org.gazettekg.parse.AgencyCodes;
import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.GazetteParser;
import org.gazettekg.parse.GazetteSink;
import org.gazettekg.parse.Gazetteer;
import org.gazettekg.parse.SourceText;

/**
 * Writes N× a sample corpus as realistic variants, for benchmarks: each variant of a gazette is
 * moved to another city of 山西省 (city names, the city's 机关代字 such as 长政办发 → 运政办发, and
 * its counties' names replaced by the target city's, all taken from the 机关代字 table and the
 * gazetteer), its years shifted, the sequence numbers of its 文号 shifted and some neighbouring
 * documents swapped. Variant 0 is the original. The output depends only on the inputs and the seed.
 */
public final class CorpusGenerator {

    /** The suffix of the 机关代字 of a city government, whose prefix is the city's code (长政发 → 长). */
    private static final String GOVERNMENT_FORM = "政发";
    private static final String MUNICIPAL = "municipal";
    /** Years are shifted by multiples of four so that 2月29日 stays a date. */
    private static final int[] YEAR_SHIFTS = {-4, -8, -12, 4};
    private static final int MAX_NUMBER_SHIFT = 40;
    private static final Pattern YEAR = Pattern.compile("(?<![0-9０-９])(19[5-9][0-9]|20[0-4][0-9])(?![0-9０-９])");
    /** A 文号's sequence number after its bracketed year: 〔2020〕10号. */
    private static final Pattern SEQUENCE = Pattern.compile("([〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*)(\\d{1,4})(\\s*号)");

    private final List<Path> originals;
    private final long seed;
    private final Gazetteer gazetteer;
    private final Map<String, String> cityCodes;
    private final Map<String, List<String>> cityPrefixes;
    private final GazetteParser parser = new GazetteParser();

    /**
     * A generator over the gazettes {@code originals} (their order matters for determinism).
     *
     * @param seed the seed of every random choice
     */
    public CorpusGenerator(List<Path> originals, long seed) {
        this.originals = List.copyOf(requireNonNull(originals, "originals"));
        this.seed = seed;
        this.gazetteer = Gazetteer.standard();
        this.cityPrefixes = municipalPrefixes(AgencyCodes.standard());
        this.cityCodes = cityCodes(cityPrefixes);
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
                List<int[]> blocks = documentBlocks(text);
                written.add(Files.copy(original, out.resolve(original.getFileName().toString()),
                        StandardCopyOption.REPLACE_EXISTING));
                for (int v = 1; v < scale; v++) {
                    Variant variant = variant(original, text, blocks, v);
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
     * @param fileName   its unique file name
     * @param sourceCity the city the original belongs to
     * @param targetCity the city the variant was moved to
     * @param text       its text
     */
    public record Variant(String fileName, String sourceCity, String targetCity, String text) {
    }

    /** Variant {@code index} of {@code original} (0 is the original text, as lines). */
    public Variant variant(Path original, int index) {
        SourceText text = SourceText.read(original);
        return variant(original, text, documentBlocks(text), index);
    }

    private Variant variant(Path original, SourceText text, List<int[]> blocks, int index) {
        String name = original.getFileName().toString();
        String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        String source = sourceCity(text);
        if (index == 0) {
            return new Variant(name, source, source, String.join("\n", text.lines()) + "\n");
        }
        Random random = new Random(seed * 1_000_003L + stem.hashCode() * 31L + index);
        String target = targetCity(source, random);
        List<String> lines = reorder(text.lines(), blocks, random);
        String body = String.join("\n", lines) + "\n";
        body = renameCity(body, source, target);
        body = shiftSequenceNumbers(body, 1 + random.nextInt(MAX_NUMBER_SHIFT));
        body = shiftYears(body, YEAR_SHIFTS[random.nextInt(YEAR_SHIFTS.length)]);
        return new Variant(String.format("%s-v%04d-%s.txt", stem, index, divisionCode(target)),
                source, target, body);
    }

    /** The city of {@code text}: the city of 山西省 whose full name it prints most often. */
    String sourceCity(SourceText text) {
        String all = String.join("\n", text.lines());
        return cityCodes.keySet().stream()
                .max(Comparator.comparingInt((String city) -> occurrences(all, city)).thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }

    private String targetCity(String source, Random random) {
        List<String> others = cityCodes.keySet().stream().filter(c -> !c.equals(source)).sorted().toList();
        return others.get(random.nextInt(others.size()));
    }

    /** The line ranges (1-based, inclusive) of each document but the last, which runs into the end matter. */
    private List<int[]> documentBlocks(SourceText text) {
        List<Integer> starts = new ArrayList<>();
        parser.parse(text, new GazetteSink() {
            @Override
            public void document(DocumentRecord document) {
                starts.add(document.startLine());
            }
        });
        List<int[]> blocks = new ArrayList<>();
        for (int i = 0; i + 1 < starts.size(); i++) {
            blocks.add(new int[] {starts.get(i), starts.get(i + 1) - 1});
        }
        return blocks;
    }

    /** Swaps some pairs of neighbouring document blocks. */
    private static List<String> reorder(List<String> lines, List<int[]> blocks, Random random) {
        List<String> out = new ArrayList<>(lines.subList(0, blocks.isEmpty() ? lines.size() : blocks.get(0)[0] - 1));
        int i = 0;
        while (i < blocks.size()) {
            if (i + 1 < blocks.size() && random.nextBoolean()) {
                out.addAll(slice(lines, blocks.get(i + 1)));
                out.addAll(slice(lines, blocks.get(i)));
                i += 2;
            } else {
                out.addAll(slice(lines, blocks.get(i)));
                i++;
            }
        }
        if (!blocks.isEmpty()) {
            out.addAll(lines.subList(blocks.get(blocks.size() - 1)[1], lines.size()));
        }
        return out;
    }

    private static List<String> slice(List<String> lines, int[] block) {
        return lines.subList(block[0] - 1, block[1]);
    }

    /** Replaces the source city's 机关代字, county names, full and short name by the target's. */
    String renameCity(String text, String source, String target) {
        Map<String, String> replacements = new LinkedHashMap<>();
        String sourceCode = cityCodes.get(source);
        String targetCode = cityCodes.get(target);
        for (String prefix : cityPrefixes.getOrDefault(source, List.of())) {
            String form = prefix.substring(sourceCode.length());
            replacements.put(prefix, targetCode + form);
        }
        List<String> fromCounties = counties(source);
        List<String> toCounties = counties(target);
        for (int i = 0; i < fromCounties.size() && !toCounties.isEmpty(); i++) {
            replacements.put(fromCounties.get(i), toCounties.get(i % toCounties.size()));
        }
        replacements.put(source, target);
        replacements.put(Gazetteer.shortForm(source), Gazetteer.shortForm(target));
        return replaceAll(text, replacements);
    }

    /** Replaces every key by its value in one left-to-right pass, longest key first at each position. */
    private static String replaceAll(String text, Map<String, String> replacements) {
        List<String> keys = new ArrayList<>(replacements.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        Pattern any = Pattern.compile(String.join("|", keys.stream().map(Pattern::quote).toList()));
        Matcher m = any.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacements.get(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String divisionCode(String city) {
        return gazetteer.byFullName(city).stream().map(Gazetteer.Unit::code).findFirst().orElse("14");
    }

    private List<String> counties(String city) {
        return gazetteer.byFullName(city).stream()
                .filter(u -> Gazetteer.CITY.equals(u.level()))
                .findFirst()
                .map(u -> gazetteer.children(u.code()).stream()
                        .filter(c -> Gazetteer.COUNTY.equals(c.level()))
                        .map(Gazetteer.Unit::name)
                        .sorted()
                        .toList())
                .orElse(List.of());
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

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    /** City → the 机关代字 of its bodies in the table (长治市 → 长政发, 长政办发 …). */
    private static Map<String, List<String>> municipalPrefixes(AgencyCodes codes) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (AgencyCodes.Agency a : codes.all()) {
            if (MUNICIPAL.equals(a.level())) {
                out.computeIfAbsent(a.region(), k -> new ArrayList<>()).add(a.prefix());
            }
        }
        return out;
    }

    /** City → its code: the longest prefix of a {@code X政发} 机关代字 of the city (长治市 → 长, 晋城市 → 晋市). */
    private static Map<String, String> cityCodes(Map<String, List<String>> prefixes) {
        Map<String, String> out = new java.util.TreeMap<>();
        prefixes.forEach((city, list) -> list.stream()
                .filter(p -> p.endsWith(GOVERNMENT_FORM))
                .max(Comparator.comparingInt(String::length))
                .ifPresent(p -> out.put(city, p.substring(0, p.length() - GOVERNMENT_FORM.length()))));
        // The city prefixes of the table are only kept when they start with the city's code.
        prefixes.replaceAll((city, list) -> list.stream()
                .filter(p -> out.containsKey(city) && p.startsWith(out.get(city)))
                .toList());
        return out;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }
}
