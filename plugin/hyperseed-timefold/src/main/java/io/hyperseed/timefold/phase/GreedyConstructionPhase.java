package io.hyperseed.timefold.phase;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import io.hyperseed.core.seed.GreedySeeder;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.timefold.domain.BinarySolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plain construction as a custom phase: the core's {@link GreedySeeder} (greedy assignment, then one-flip
 * local search to a 1-flip optimum), written into the working solution. It is the same construction the neural
 * phase falls back to, so "Tabu from a plain construction" and "neural + Tabu" differ only in the seed.
 * Deterministic. Cost: that of {@link GreedySeeder}; it stops with the phase (the solver's time limit or an interrupt)
 * and writes the assignment reached by then.
 *
 * @param <S> the planning solution type
 */
public class GreedyConstructionPhase<S extends BinarySolution> implements PhaseCommand<S> {

    private static final Logger LOG = LoggerFactory.getLogger(GreedyConstructionPhase.class);

    private SeedingListener listener = SeedingListener.NONE;

    /** Receives the seed (not settable from XML). */
    public void setListener(SeedingListener listener) {
        this.listener = listener == null ? SeedingListener.NONE : listener;
    }

    @Override
    public void changeWorkingSolution(PhaseCommandContext<S> context) {
        SeedingContext seeding = SeedingContext.of(0L).withStop(context::isPhaseTerminated);
        Seed seed = SeedWriter.seedAndWrite(context, new GreedySeeder(), seeding);
        LOG.info(
                "Greedy construction: objective {}, violation {}, {} ms.",
                seed.solution().objective(),
                seed.solution().violation(),
                seed.elapsed().toMillis());
        listener.onSeed(seed);
    }
}
