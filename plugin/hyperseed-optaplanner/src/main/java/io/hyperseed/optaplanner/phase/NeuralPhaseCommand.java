package io.hyperseed.optaplanner.phase;

import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.neural.NeuralPhaseProperties;
import io.hyperseed.optaplanner.domain.BinarySolution;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HGNN+ construction phase for OptaPlanner: builds the PUBO from the working solution, runs the seeder of
 * {@link NeuralPhaseProperties#createSeeder} (HGNN+, or one warning and the greedy construction when it fails) and
 * writes the assignment through the {@link ScoreDirector} (before/after notifications, then
 * {@code triggerVariableListeners}), so the score stays consistent. Configure it in XML:
 *
 * <pre>{@code
 * <customPhase>
 *   <customPhaseCommandClass>io.hyperseed.optaplanner.phase.NeuralPhaseCommand</customPhaseCommandClass>
 *   <customProperties><property name="timeLimit" value="10s"/></customProperties>
 * </customPhase>
 * }</pre>
 *
 * <p>Properties: those of {@link NeuralPhaseProperties} plus {@code logEvery} (default
 * {@value #DEFAULT_LOG_EVERY}), as in the Timefold phase. Stops on its {@code timeLimit} property, a thread
 * interrupt, and, when a {@link PhaseBridge} is attached to the solver, on the phase's termination and
 * {@code terminateEarly()}. Random seed: the {@code seed} property, else one drawn from the solver's working random
 * (bridge), else 0. Cost: the seeder's, plus {@code O(sum deg v)} to apply the seed ({@link SeedingStep}).
 */
public class NeuralPhaseCommand extends NeuralPhaseProperties implements CustomPhaseCommand<BinarySolution> {

    private static final Logger LOG = LoggerFactory.getLogger(NeuralPhaseCommand.class);

    /** The default of {@code logEvery}. */
    public static final int DEFAULT_LOG_EVERY = 100;

    private int logEvery = DEFAULT_LOG_EVERY;

    /** Logs training progress at INFO every {@code logEvery} epochs (every event at DEBUG). */
    public void setLogEvery(int logEvery) {
        if (logEvery <= 0) {
            throw new IllegalArgumentException("The logEvery (" + logEvery + ") must be positive. Maybe 100?");
        }
        this.logEvery = logEvery;
    }

    /** The neural properties plus {@code logEvery}. */
    @Override
    public void applyProperty(String name, String value) {
        if (!name.equals("logEvery")) {
            super.applyProperty(name, value);
            return;
        }
        try {
            setLogEvery(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The logEvery (" + value + ") is not a whole number. Maybe 100?", e);
        }
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<BinarySolution> scoreDirector) {
        NeuralPhaseContext context = PhaseBridge.current().orElseGet(NeuralPhaseContext::standalone);
        long deadline = System.nanoTime() + toConfig().timeLimit().toNanos();
        BooleanSupplier stop = () -> context.stopRequested().getAsBoolean() || System.nanoTime() - deadline >= 0;
        long randomSeed = seedOverride().orElseGet(context.randomSeed());
        Seed seed = SeedingStep.run(
                scoreDirector,
                createSeeder(LOG::warn),
                new SeedingContext(randomSeed, stop, logging(context.progress())),
                context);
        LOG.info(
                "Neural phase: seed from {} in {} ms, objective {}, violation {}.",
                seed.producer(),
                seed.elapsed().toMillis(),
                seed.solution().objective(),
                seed.solution().violation());
    }

    private Consumer<SeedProgress> logging(Consumer<SeedProgress> sink) {
        return progress -> {
            if (progress.epoch() % logEvery == 0) {
                LOG.info(
                        "Neural phase: epoch {}, loss {}, rounded objective {}, violation {}.",
                        progress.epoch(),
                        progress.loss(),
                        progress.roundedObjective(),
                        progress.roundedViolation());
            } else {
                LOG.debug("Neural phase: {}", progress);
            }
            sink.accept(progress);
        };
    }
}
