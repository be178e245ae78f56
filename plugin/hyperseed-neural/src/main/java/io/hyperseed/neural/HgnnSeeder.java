package io.hyperseed.neural;

import ai.djl.Device;
import ai.djl.engine.EngineException;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.Seeder;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.seed.SeedingException;
import io.hyperseed.neural.model.NetworkSizing;
import io.hyperseed.neural.train.HgnnTrainer;
import io.hyperseed.neural.train.TimeBudget;
import io.hyperseed.neural.train.TrainingLock;
import io.hyperseed.neural.train.TrainingResult;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The BIPNN neural seeder (arXiv 2505.20997): trains an HGNN+ network on one instance, unsupervised, to minimise
 * the relaxed PUBO loss, then rounds (threshold, Bernoulli samples) and repairs with one-flip local search
 * ({@link HgnnTrainer}). The seed's producer is {@code "hgnn+"}; its details hold {@code epochs},
 * {@code timeMillis}, {@code finalLoss}, {@code thresholdObjective}, {@code thresholdViolation},
 * {@code stopReason}, {@code recoveries}, {@code restarts} (how many trainings ran), {@code bestRestart} (the
 * 0-based restart that won), {@code device}, and the network actually trained ({@code network},
 * {@code inputDim}, {@code hiddenSizes}: narrowed by {@link NetworkSizing} when the configured widths would not
 * fit {@link NeuralConfig#memoryLimit()}). With {@link NeuralConfig#restarts()} > 1 up to that many
 * independent trainings run within the one time limit and the best rounded solution wins.
 *
 * <p>Only one training runs per JVM at a time (DJL's gradient collector is global): concurrent calls wait in
 * arrival order, or fail with a {@link SeedingException} when their stop signal is raised while waiting. A
 * missing native library or GPU fails with a {@link NativeLibraryException}; a training without any finite,
 * evaluated output with a {@link io.hyperseed.neural.train.TrainingFailedException}. This seeder never falls back
 * by itself: {@link GuardedSeeder} adds the greedy comparison and fallback. Cost: see {@link HgnnTrainer}.
 */
public final class HgnnSeeder implements Seeder {

    /** The producer name of the seeds. */
    public static final String PRODUCER = "hgnn+";

    private final NeuralConfig config;

    public HgnnSeeder(NeuralConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The settings. */
    public NeuralConfig config() {
        return config;
    }

    @Override
    public Seed seed(PuboProblem problem, SeedingContext context) throws SeedingException {
        return seed(problem, context, TimeBudget.startingNow(config.timeLimit(), context::shouldStop));
    }

    /** Seeds within {@code budget} (instead of {@link NeuralConfig#timeLimit()} from now). */
    public Seed seed(PuboProblem problem, SeedingContext context, TimeBudget budget) throws SeedingException {
        Device device = NeuralEngine.device(config.device());
        NeuralConfig sized = NetworkSizing.fit(config, problem);
        return toSeed(train(problem, context, budget, device, sized), device.toString(), sized);
    }

    /** Trains and rounds without wrapping: the full {@link TrainingResult}. */
    public TrainingResult train(PuboProblem problem, SeedingContext context) throws SeedingException {
        return train(
                problem,
                context,
                TimeBudget.startingNow(config.timeLimit(), context::shouldStop),
                NeuralEngine.device(config.device()),
                NetworkSizing.fit(config, problem));
    }

    private TrainingResult train(
            PuboProblem problem, SeedingContext context, TimeBudget budget, Device device, NeuralConfig sized)
            throws SeedingException {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(context, "context");
        TrainingLock.acquire(budget::stopRequested);
        try {
            return new HgnnTrainer(sized, device).train(problem, context, budget);
        } catch (EngineException e) {
            throw new NativeLibraryException(
                    "The PyTorch engine failed during training (" + e.getMessage()
                            + "). Maybe the native library does not match this machine? Try device cpu.",
                    e);
        } finally {
            TrainingLock.release();
        }
    }

    /** Wraps a training result into a core {@link Seed}. */
    public static Seed toSeed(TrainingResult result, String device) {
        return toSeed(result, device, null);
    }

    private static Seed toSeed(TrainingResult result, String device, NeuralConfig sized) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("epochs", result.epochs());
        details.put("timeMillis", result.time().toMillis());
        details.put("finalLoss", result.finalLoss());
        details.put("thresholdObjective", result.thresholdRounded().objective());
        details.put("thresholdViolation", result.thresholdRounded().violation());
        details.put("stopReason", result.stopReason().name());
        details.put("recoveries", result.recoveries());
        details.put("restarts", result.restarts());
        details.put("bestRestart", result.bestRestart());
        details.put("device", device);
        if (sized != null) {
            details.put("network", sized.network());
            details.put("inputDim", sized.inputDim());
            details.put("hiddenSizes", Arrays.toString(sized.hiddenSizes()));
        }
        return new Seed(result.solution(), PRODUCER, result.time(), details);
    }
}
