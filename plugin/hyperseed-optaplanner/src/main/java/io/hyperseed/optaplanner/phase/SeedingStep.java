package io.hyperseed.optaplanner.phase;

import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.Seeder;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.seed.SeedingException;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * The one step of a seeding phase: runs a {@link Seeder} on the working solution's problem and writes the seed
 * through the {@link ScoreDirector} (before/after notifications per changed variable, then
 * {@code triggerVariableListeners}), then hands the seed to the bridge's sink. Cost: the seeder's plus
 * {@code O(sum deg v)} for the changed variables.
 */
final class SeedingStep {

    private SeedingStep() {}

    static Seed run(
            ScoreDirector<BinarySolution> scoreDirector,
            Seeder seeder,
            SeedingContext seeding,
            NeuralPhaseContext context) {
        BinarySolution solution = scoreDirector.getWorkingSolution();
        Seed seed;
        try {
            seed = seeder.seed(solution.getProblem(), seeding);
        } catch (SeedingException e) {
            throw new IllegalStateException(
                    "The seeder failed (" + e.getMessage() + ") and has no fallback. "
                            + "Maybe wrap it in a FallbackSeeder?",
                    e);
        }
        boolean[] values = seed.values();
        for (BinaryVariable variable : solution.getVariables()) {
            variable.assign(scoreDirector, values[variable.getIndex()]);
        }
        scoreDirector.triggerVariableListeners();
        context.seeds().accept(seed);
        return seed;
    }
}
