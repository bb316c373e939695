package org.gazettekg.parse;

/** A gazette that cannot be read or parsed; the message names the file and, where known, the line. */
public class GazetteParseException extends RuntimeException {

    private final String source;
    private final int line;

    /**
     * @param source the file name
     * @param line   the 1-based line, or 0 when the problem is not on one line
     * @param reason what is wrong
     */
    public GazetteParseException(String source, int line, String reason) {
        this(source, line, reason, null);
    }

    public GazetteParseException(String source, int line, String reason, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.source = source;
        this.line = line;
    }

    /** The file name. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0. */
    public int line() {
        return line;
    }
}
