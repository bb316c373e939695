package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The resolve stage's reference data and the resolvers built over it, shared by every file and
 * thread (all read-only); {@link #over} starts the stage for one file.
 */
public final class Resolution {

    private static volatile Resolution standard;

    private final ReferenceData data;
    private final AgencyCodeResolver codes;
    private final TitleLevel places;
    private final LawCatalog laws;

    /** The stage over {@code data}. */
    public Resolution(ReferenceData data) {
        this(data, LawCatalog.standard());
    }

    /** The stage over {@code data} and the law catalog {@code laws}. */
    public Resolution(ReferenceData data, LawCatalog laws) {
        this.data = requireNonNull(data, "data");
        this.codes = new AgencyCodeResolver(data);
        this.places = new TitleLevel(data);
        this.laws = requireNonNull(laws, "laws");
    }

    /** Makes the stage over the reference files of {@code folder} the standard one, or the built-in one again for null. */
    public static synchronized void useFolder(Path folder) {
        standard = folder == null ? null : new Resolution(ReferenceData.standard(), LawCatalog.load(Optional.of(folder)));
    }

    /** The stage over the built-in reference data, built once (or what {@link #useFolder} set). */
    public static Resolution standard() {
        Resolution r = standard;
        if (r == null) {
            synchronized (Resolution.class) {
                r = standard;
                if (r == null) {
                    r = new Resolution(ReferenceData.standard());
                    standard = r;
                }
            }
        }
        return r;
    }

    /** The stage over the reference files of {@code folder} where it holds them, the built-in ones otherwise. */
    public static Resolution from(Optional<Path> folder) {
        return folder.isEmpty() ? standard() : new Resolution(ReferenceData.load(folder), LawCatalog.load(folder));
    }

    /** A resolver for one file, handing its resolved records to {@code out}. */
    public Resolver over(ResolvedSink out) {
        return new Resolver(this, out);
    }

    /**
     * What a policy cited by {@code title} alone is, as the resolve stage decides it for a document of
     * {@code jurisdiction} (a division code, or null) in a file that says nothing else of it (a file
     * whose citations disagree on an issuer or level is written as {@code FilePolicies} decides).
     */
    public PolicyFacts titleFacts(String title, String jurisdiction) {
        requireNonNull(title, "title");
        return new PolicyResolver(this, new PrintedBodies(this)).titleFacts(title, jurisdiction);
    }

    ReferenceData data() {
        return data;
    }

    AgencyCodeResolver codes() {
        return codes;
    }

    LawCatalog laws() {
        return laws;
    }

    TitleLevel places() {
        return places;
    }
}
