package org.gazettekg.resolve;

/**
 * What the resolve stage decides about a policy a document cites: who issued it and at what level.
 *
 * @param issuer the issuing body, or null where neither its 文号 nor its title says
 * @param level  its level, or null where it cannot be decided
 * @param basis  what the level was decided from, or null without a level
 */
public record PolicyFacts(String issuer, Level level, Basis basis) {

    /** Nothing decided. */
    public static final PolicyFacts UNKNOWN = new PolicyFacts(null, null, null);
}
