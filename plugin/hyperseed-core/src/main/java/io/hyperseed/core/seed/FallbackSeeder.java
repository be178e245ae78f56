package io.hyperseed.core.seed;

import io.hyperseed.core.model.PuboProblem;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs a primary seeder and, if it fails for any reason (a {@link SeedingException}, a runtime error, a missing
 * native library, out of memory), reports one warning and runs the fallback instead, so that solving continues.
 */
public final class FallbackSeeder implements Seeder {

    private final Seeder primary;
    private final Seeder fallback;
    private final Consumer<String> warning;

    /**
     * @param primary the seeder tried first
     * @param fallback the seeder used when the primary fails (should not fail itself)
     * @param warning receives one line describing the failure (e.g. a logger's warn)
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
            warning.accept("The seeder failed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); falling back to a plain construction.");
            return fallback.seed(problem, context);
        }
    }
}
