package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decoded lines of one gazette file. Reading accepts UTF-8 (with or without BOM) and the GB
 * encodings gazettes are often distributed in (GB18030, a superset of GBK and GB2312), with
 * LF or CRLF line ends; it rejects empty, binary and undecodable files with a message that
 * names the file.
 */
public final class SourceText {

    /** Longest line accepted: a PDF conversion never prints a line this long, a binary dump does. */
    public static final int MAX_LINE_LENGTH = 1_000_000;

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** A file is read as traditional when one Han character in this many is traditional-only … */
    private static final int TRADITIONAL_SHARE = 50;
    /** … and it holds at least this many of them. */
    private static final int MIN_TRADITIONAL_IN_FILE = 5;
    /** A line of a simplified file is read as traditional when it holds this many traditional-only characters. */
    private static final int MIN_TRADITIONAL_IN_LINE = 3;

    private final String name;
    /** The lines as printed. */
    private final List<String> lines;
    /** The lines without what a web copy adds to the characters ({@link ConversionDebris}); the same list where none is. */
    private final List<String> cleaned;
    /** The cleaned lines as the readers see them: in simplified characters (the same list where none differ). */
    private final List<String> reading;
    private final Charset charset;
    /** Cache of the squeezed reading and printed texts for {@link #printed(String)}; null until needed. */
    private volatile String[] squeezed;
    /** Cache of {@link #typicalBlankRun()}; -1 until computed. */
    private volatile int typicalBlankRun = -1;
    /** Answers about single lines, each computed once. */
    private final LineFacts facts = new LineFacts(this);

    private SourceText(String name, List<String> lines, Charset charset) {
        this.name = name;
        this.lines = List.copyOf(lines);
        this.cleaned = cleanedOf(this.lines);
        this.reading = readingOf(this.cleaned);
        this.charset = charset;
    }

    /** The lines without pinyin reading aids and with lost spaces given back ({@link ConversionDebris}). */
    private static List<String> cleanedOf(List<String> printed) {
        String[] out = null;
        for (int i = 0; i < printed.size(); i++) {
            String line = printed.get(i);
            String clean = ConversionDebris.clean(line);
            if (!clean.equals(line)) {
                if (out == null) {
                    out = printed.toArray(String[]::new);
                }
                out[i] = clean;
            }
        }
        return out == null ? printed : List.of(out);
    }

    /**
     * The lines as read: a file printed in traditional characters, or a line that holds several, is
     * read in simplified; a stray variant in a simplified text (史迴乡, a place's own spelling) is left as printed.
     */
    private static List<String> readingOf(List<String> printed) {
        long han = 0;
        long traditional = 0;
        int[] traditionalInLine = new int[printed.size()];
        for (int i = 0; i < printed.size(); i++) {
            han += Han.count(printed.get(i));
            traditionalInLine[i] = Simplified.traditionalCount(printed.get(i));
            traditional += traditionalInLine[i];
        }
        boolean wholeFile = traditional >= MIN_TRADITIONAL_IN_FILE && traditional * TRADITIONAL_SHARE >= han;
        String[] out = null;
        for (int i = 0; i < printed.size(); i++) {
            String line = printed.get(i);
            if (!wholeFile && traditionalInLine[i] < MIN_TRADITIONAL_IN_LINE) {
                continue;
            }
            String simplified = Simplified.of(line);
            if (!simplified.equals(line)) {
                if (out == null) {
                    out = printed.toArray(String[]::new);
                }
                out[i] = simplified;
            }
        }
        return out == null ? printed : List.of(out);
    }

    /** Wraps lines already in memory (tests, generated corpora). */
    public static SourceText of(String name, List<String> lines) {
        requireNonNull(name, "name");
        requireNonNull(lines, "lines");
        return new SourceText(name, lines, StandardCharsets.UTF_8);
    }

    /** Reads and decodes {@code file}; its name (without folders) is the source name. */
    public static SourceText read(Path file) {
        requireNonNull(file, "file");
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GazetteParseException(name, 0, "cannot read file: " + e.getMessage(), e);
        }
        return decode(name, bytes);
    }

    /** Decodes bytes that came from the file called {@code name}. */
    public static SourceText decode(String name, byte[] bytes) {
        requireNonNull(name, "name");
        requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new GazetteParseException(name, 0, "file is empty");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new GazetteParseException(name, lineAt(bytes, nul), "binary content (NUL byte at offset " + nul + "): not a text gazette");
        }
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = strictDecode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                text = strictDecode(bytes, GB18030);
                charset = GB18030;
            } catch (CharacterCodingException notGb) {
                throw new GazetteParseException(name, 0, "neither UTF-8 nor GB18030 text");
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_LINE_LENGTH) {
                throw new GazetteParseException(name, i + 1,
                        "line of " + lines.get(i).length() + " characters exceeds the limit of " + MAX_LINE_LENGTH);
            }
        }
        if (lines.stream().allMatch(String::isBlank)) {
            throw new GazetteParseException(name, 0, "file holds only whitespace");
        }
        return new SourceText(name, lines, charset);
    }

    private static String strictDecode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** What the readers ask about each line, each answer computed once. */
    LineFacts facts() {
        return facts;
    }

    /** The file name, e.g. {@code changzhi-2020-02.txt}. */
    public String name() {
        return name;
    }

    /** The charset the file was decoded with. */
    public Charset charset() {
        return charset;
    }

    /** Number of lines. */
    public int lineCount() {
        return lines.size();
    }

    /** Line {@code n}, 1-based, as the readers see it: traditional characters read as simplified. */
    public String line(int n) {
        return reading.get(n - 1);
    }

    /** Line {@code n}, 1-based, as printed. */
    public String printedLine(int n) {
        return lines.get(n - 1);
    }

    /** All lines as printed, index 0 being line 1. */
    public List<String> lines() {
        return lines;
    }

    /** True when some line is printed in traditional characters. */
    public boolean isTraditional() {
        return reading != cleaned;
    }

    /**
     * The printed form of {@code readText}, a run of this file's text as the readers see it
     * (whitespace and line ends dropped, as in a title assembled from wrapped lines): its traditional
     * characters where the file prints them, or {@code readText} itself where it is not found.
     */
    public String printed(String readText) {
        if (!isTraditional() || readText == null || readText.isEmpty()) {
            return readText;
        }
        String[] texts = squeezed;
        if (texts == null) {
            texts = new String[] {TextLines.squeeze(String.join("", reading)), TextLines.squeeze(String.join("", cleaned))};
            squeezed = texts;
        }
        String key = TextLines.squeeze(readText);
        int at = texts[0].indexOf(key);
        return at < 0 || key.length() != readText.length() ? readText : texts[1].substring(at, at + key.length());
    }

    /**
     * The number of blank lines this conversion most often prints between two lines of text: 0 for a
     * single-spaced file, 1 where every line is followed by a blank one. Computed once.
     */
    int typicalBlankRun() {
        int run = typicalBlankRun;
        if (run < 0) {
            run = mostCommonBlankRun(lines);
            typicalBlankRun = run;
        }
        return run;
    }

    private static int mostCommonBlankRun(List<String> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        int blanks = 0;
        boolean seenText = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blanks++;
                continue;
            }
            if (seenText) {
                counts.merge(blanks, 1, Integer::sum);
            }
            seenText = true;
            blanks = 0;
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(0);
    }

    /** Lines {@code from}..{@code to} (1-based, inclusive) as printed, joined with newlines. */
    public String text(int from, int to) {
        return String.join("\n", lines.subList(from - 1, to));
    }
}
