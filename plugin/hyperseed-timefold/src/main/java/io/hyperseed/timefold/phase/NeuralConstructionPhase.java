package io.hyperseed.timefold.phase;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.seed.Seeder;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.neural.NeuralConfig;
import io.hyperseed.neural.NeuralPhaseProperties;
import io.hyperseed.timefold.domain.BinarySolution;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The neural construction heuristic as a Timefold custom phase: trains the HGNN+ seeder (BIPNN, arXiv 2505.20997)
 * on the working solution's problem, rounds it, and writes the assignment through the phase context, so that the
 * following Tabu Search starts from it.
 *
 * <p>Configured from solver XML: {@code <customPhase><customPhaseCommandClass>
 * io.hyperseed.timefold.phase.NeuralConstructionPhase</customPhaseCommandClass><customProperties>
 * <property name="epochs" value="2000"/>...}. Every property of {@link NeuralPhaseProperties} is accepted, plus
 * {@code logEvery} (log progress every this many epochs, default {@value #DEFAULT_LOG_EVERY}). The phase stops
 * training when the solver's phase termination fires or the {@code timeLimit} property elapses, whichever is
 * first, and keeps the best rounded solution so far.
 *
 * <p>Randomness: the {@code seed} property, else {@value #DEFAULT_SEED} (Timefold's default {@code randomSeed}).
 * Timefold's phase context does not expose the solver's random generator, so a solver XML that sets
 * {@code <randomSeed>} should set the same {@code seed} here; {@code TimefoldHybridSolver} does so.
 *
 * <p>Failure: if the neural part fails (native library missing, NaN, out of memory, not implemented), one warning
 * is logged and the plain construction ({@link io.hyperseed.core.seed.GreedySeeder}) runs instead; solving
 * continues.
 *
 * @param <S> the planning solution type
 */
public class NeuralConstructionPhase<S extends BinarySolution> extends NeuralPhaseProperties
        implements PhaseCommand<S> {

    /** The seed used when the {@code seed} property is not set: Timefold's default random seed. */
    public static final long DEFAULT_SEED = 0L;
    /** The default of {@code logEvery}. */
    public static final int DEFAULT_LOG_EVERY = 100;

    private static final Logger LOG = LoggerFactory.getLogger(NeuralConstructionPhase.class);

    private int logEvery = DEFAULT_LOG_EVERY;
    private SeedingListener listener = SeedingListener.NONE;

    /** Logs training progress every {@code logEvery} epochs (SLF4J, info). */
    public void setLogEvery(int logEvery) {
        if (logEvery <= 0) {
            throw new IllegalArgumentException("The logEvery (" + logEvery + ") must be positive. Maybe 100?");
        }
        this.logEvery = logEvery;
    }

    /** Receives progress, the fallback warning and the seed (constructor-style injection, not settable from XML). */
    public void setListener(SeedingListener listener) {
        this.listener = listener == null ? SeedingListener.NONE : listener;
    }

    @Override
    public void applyProperty(String name, String value) {
        if (name.equals("logEvery")) {
            try {
                setLogEvery(Integer.parseInt(value.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The logEvery (" + value + ") is not an integer. Maybe 100?", e);
            }
        } else {
            super.applyProperty(name, value);
        }
    }

    @Override
    public void changeWorkingSolution(PhaseCommandContext<S> context) {
        NeuralConfig config = toConfig();
        long seed = seedOverride().orElse(DEFAULT_SEED);
        long deadline = System.nanoTime() + config.timeLimit().toNanos();
        BooleanSupplier stop = () -> context.isPhaseTerminated() || System.nanoTime() - deadline > 0;
        Seeder seeder = createSeeder(this::warn);
        LOG.info(
                "Neural construction: {} on {} (seed {}).",
                config,
                context.getWorkingSolution().getProblem(),
                seed);
        Seed result = SeedWriter.seedAndWrite(context, seeder, new SeedingContext(seed, stop, this::progress));
        LOG.info(
                "Neural construction ({}): objective {}, violation {}, {} ms.",
                result.producer(),
                result.solution().objective(),
                result.solution().violation(),
                result.elapsed().toMillis());
        listener.onSeed(result);
    }

    private void progress(SeedProgress progress) {
        if (progress.epoch() % logEvery == 0 && LOG.isInfoEnabled()) {
            LOG.info(
                    "Epoch {}: loss {}, rounded objective {}, violation {}, undecided {}%, {} ms.",
                    progress.epoch(),
                    progress.loss(),
                    progress.roundedObjective(),
                    progress.roundedViolation(),
                    Math.round(100 * progress.undecidedShare()),
                    progress.elapsed().toMillis());
        }
        listener.onProgress(progress);
    }

    private void warn(String message) {
        LOG.warn(message);
        listener.onWarning(message);
    }
}
