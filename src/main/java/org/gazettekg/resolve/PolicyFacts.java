package org.gazettekg.resolve;

/**
 * What the resolve stage decides about a policy a document cites: who issued it, at what level, how
 * binding it is, whether it is still in force, and which entry of the law catalog it is.
 *
 * @param issuer     the issuing body, or null where neither its 文号 nor its title says
 * @param level      its level, or null where it cannot be decided
 * @param basis      what the level was decided from, or null without a level
 * @param legalForce its legal force (效力级别), or null where it cannot be decided
 * @param validity   its validity's notation (in-force, repealed), or null where nothing says
 * @param law        the catalog entry its title names, or null
 */
public record PolicyFacts(String issuer, Level level, Basis basis, LegalForce legalForce, String validity,
                          LawMatch law) {

    /** Nothing decided. */
    public static final PolicyFacts UNKNOWN = new PolicyFacts(null, null, null);

    /** Issuer and level only. */
    public PolicyFacts(String issuer, Level level, Basis basis) {
        this(issuer, level, basis, null, null, null);
    }

    /** The same facts with the validity {@code status} (in-force, repealed). */
    PolicyFacts withValidity(String status) {
        return new PolicyFacts(issuer, level, basis, legalForce, status, law);
    }

    /** The same facts with the legal force {@code force} where none was decided. */
    PolicyFacts withForce(LegalForce force) {
        return legalForce != null || force == null ? this : new PolicyFacts(issuer, level, basis, force, validity, law);
    }
}
