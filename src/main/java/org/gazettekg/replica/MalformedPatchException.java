package org.gazettekg.replica;

/** A Kafka record that is not a gazette patch; replicas skip it, all in the same way. */
public final class MalformedPatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A malformed patch, with the reason. */
    public MalformedPatchException(String message) {
        super(message);
    }

    /** A malformed patch, with the reason and the parser's exception. */
    public MalformedPatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
