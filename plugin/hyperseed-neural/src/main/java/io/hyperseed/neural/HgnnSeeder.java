package io.hyperseed.neural;

import ai.djl.Device;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.Seeder;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.seed.SeedingException;
import io.hyperseed.neural.train.HgnnTrainer;
import io.hyperseed.neural.train.TrainingLock;
import io.hyperseed.neural.train.TrainingResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The BIPNN neural seeder (arXiv 2505.20997): trains an HGNN+ network on one instance, unsupervised, to minimise
 * the relaxed PUBO loss, then rounds (threshold, Bernoulli samples) and repairs with one-flip local search
 * ({@link HgnnTrainer}). The seed's producer is {@code "hgnn+"}; its details hold {@code epochs},
 * {@code timeMillis}, {@code finalLoss}, {@code thresholdObjective}, {@code thresholdViolation},
 * {@code stopReason}, {@code recoveries}, {@code restarts} (how many trainings ran), {@code bestRestart} (the
 * 0-based restart that won) and {@code device}. With {@link NeuralConfig#restarts()} > 1 up to that many
 * independent trainings run within the one time limit and the best rounded solution wins.
 *
 * <p>Only one training runs per JVM at a time (DJL's gradient collector is global): concurrent calls wait in
 * arrival order, or fail with a {@link SeedingException} when their stop signal is raised while waiting. A
 * missing native library or GPU fails with a {@link NativeLibraryException}. Cost: see {@link HgnnTrainer}.
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
        Device device = NeuralEngine.device(config.device());
        return toSeed(train(problem, context, device), device.toString());
    }

    /** Trains and rounds without wrapping: the full {@link TrainingResult}. */
    public TrainingResult train(PuboProblem problem, SeedingContext context) throws SeedingException {
        return train(problem, context, NeuralEngine.device(config.device()));
    }

    private TrainingResult train(PuboProblem problem, SeedingContext context, Device device)
            throws SeedingException {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(context, "context");
        TrainingLock.acquire(context::shouldStop);
        try {
            return new HgnnTrainer(config, device).train(problem, context);
        } catch (ai.djl.engine.EngineException e) {
            throw new NativeLibraryException("The PyTorch engine failed during training (" + e.getMessage()
                    + "). Maybe the native library does not match this machine? Try device cpu.", e);
        } finally {
            TrainingLock.release();
        }
    }

    /** Wraps a training result into a core {@link Seed}. */
    public static Seed toSeed(TrainingResult result, String device) {
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
        return new Seed(result.solution(), PRODUCER, result.time(), details);
    }
}
