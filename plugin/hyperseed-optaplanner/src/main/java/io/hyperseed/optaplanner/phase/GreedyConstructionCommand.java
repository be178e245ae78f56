package io.hyperseed.optaplanner.phase;

import io.hyperseed.core.seed.GreedySeeder;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.optaplanner.domain.BinarySolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The plain construction as a custom phase: the core {@link GreedySeeder} (greedy assignment plus one-flip local
 * search), the same construction the neural phase falls back to, so that "Tabu from a plain construction" and
 * "neural + Tabu" differ only in the seed. Deterministic; no properties.
 */
public class GreedyConstructionCommand implements CustomPhaseCommand<BinarySolution> {

    @Override
    public void changeWorkingSolution(ScoreDirector<BinarySolution> scoreDirector) {
        NeuralPhaseContext context = PhaseBridge.current().orElseGet(NeuralPhaseContext::standalone);
        SeedingStep.run(
                scoreDirector,
                new GreedySeeder(),
                new SeedingContext(NeuralPhaseContext.DEFAULT_RANDOM_SEED, context.stopRequested(), context.progress()),
                context);
    }
}
