package io.hyperseed.core.seed;

import io.hyperseed.core.model.PuboProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a primary seeder and, if it fails for any reason (a {@link SeedingException}, a runtime error, a missing
 * native library, out of memory), reports one warning and runs the fallback instead, so that solving continues.
 *
 * <p>The failure is never dropped: its stack trace goes to this class's logger at debug level, and the fallback's
 * seed carries the {@link Throwable} itself under {@link #PRIMARY_FAILURE} in its details (read it with
 * {@link #primaryFailure(Seed)}). When the fallback fails too, its exception propagates with the primary's failure
 * attached as suppressed. Overhead: one extra map copy of the fallback seed's details, only on failure.
 */
public final class FallbackSeeder implements Seeder {

    /** The details key under which a fallback seed carries the primary seeder's failure (a {@link Throwable}). */
    public static final String PRIMARY_FAILURE = "primaryFailure";

    private static final Logger LOG = LoggerFactory.getLogger(FallbackSeeder.class);

    private final Seeder primary;
    private final Seeder fallback;
    private final Consumer<String> warning;

    /**
     * @param primary the seeder tried first
     * @param fallback the seeder used when the primary fails (should not fail itself)
     * @param warning receives one line describing the failure (e.g. a logger's warn); the stack trace is logged
     *        at debug level and carried in the seed
     */
    public FallbackSeeder(Seeder primary, Seeder fallback, Consumer<String> warning) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.warning = Objects.requireNonNull(warning, "warning");
    }

    @Override
    public Seed seed(PuboProblem problem, SeedingContext context) throws SeedingException {
        try {
            return primary.seed(problem, context);
        } catch (SeedingException | RuntimeException | LinkageError | OutOfMemoryError e) {
            String line = "The seeder failed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); falling back to a plain construction.";
            LOG.debug("{} Cause:", line, e);
            warning.accept(line);
            return withFailure(runFallback(problem, context, e), e);
        }
    }

    /** The primary seeder's failure that {@code seed} was made after, if it is a fallback seed. */
    public static Optional<Throwable> primaryFailure(Seed seed) {
        return seed.details().get(PRIMARY_FAILURE) instanceof Throwable t ? Optional.of(t) : Optional.empty();
    }

    private Seed runFallback(PuboProblem problem, SeedingContext context, Throwable primaryFailure)
            throws SeedingException {
        try {
            return fallback.seed(problem, context);
        } catch (SeedingException | RuntimeException | Error e) {
            e.addSuppressed(primaryFailure);
            throw e;
        }
    }

    private static Seed withFailure(Seed seed, Throwable failure) {
        Map<String, Object> details = new LinkedHashMap<>(seed.details());
        details.put(PRIMARY_FAILURE, failure);
        return new Seed(seed.solution(), seed.producer(), seed.elapsed(), details);
    }
}
