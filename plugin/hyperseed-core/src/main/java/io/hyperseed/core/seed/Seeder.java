package io.hyperseed.core.seed;

import io.hyperseed.core.model.PuboProblem;

/**
 * Produces a {@link Seed} for a problem: a construction heuristic. Implementations must return within about a
 * second of {@link SeedingContext#shouldStop()} becoming true, with the best assignment found so far.
 */
@FunctionalInterface
public interface Seeder {

    /**
     * Seeds {@code problem}.
     *
     * @throws SeedingException when no seed can be made (native library missing, numerical failure, ...); callers
     *         fall back to a plain construction
     */
    Seed seed(PuboProblem problem, SeedingContext context) throws SeedingException;
}
