package io.hyperseed.neural;

import io.hyperseed.core.seed.Seeder;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The tunables of a neural seeding phase as public setters, so that a solver's XML {@code <customProperties>}
 * reach them (Timefold and OptaPlanner both set custom properties through setters). The framework phase classes
 * extend this class. Each property is declared once, as its setter: {@link #applyProperty} finds setters by name
 * ({@link PropertySetters}), values are parsed by {@link PropertyValues}, and validation and defaults live in
 * {@link NeuralConfig.Builder}.
 *
 * <p>Besides the settings of {@link NeuralConfig} there is {@code seed} (overrides the solver's random seed).
 * {@link #createSeeder} makes the phase's seeder ({@link GuardedSeeder}). The budget policy that the adapters share
 * (which properties a phase gets in a solve, its time cap) is {@link io.hyperseed.core.solve.HybridPolicy}.
 */
public abstract class NeuralPhaseProperties {

    private NeuralConfig.Builder builder = NeuralConfig.builder();
    private Long seed;

    public void setEpochs(int epochs) {
        builder.optEpochs(epochs);
    }

    public void setLearningRate(double learningRate) {
        builder.optLearningRate(learningRate);
    }

    public void setWeightDecay(double weightDecay) {
        builder.optWeightDecay(weightDecay);
    }

    public void setInputDim(int inputDim) {
        builder.optInputDim(inputDim);
    }

    /** Comma-separated layer widths, e.g. {@code 128,64}. */
    public void setHiddenSizes(String hiddenSizes) {
        builder.optHiddenSizes(PropertyValues.widths(hiddenSizes));
    }

    public void setDropout(double dropout) {
        builder.optDropout(dropout);
    }

    public void setBatchNorm(boolean batchNorm) {
        builder.optBatchNorm(batchNorm);
    }

    /** {@code 30s}, {@code 2m}, {@code 500ms}, {@code 1h} or ISO-8601 ({@code PT30S}). */
    public void setTimeLimit(String timeLimit) {
        builder.optTimeLimit(PropertyValues.duration(timeLimit));
    }

    /** {@code auto}, {@code cpu} or {@code gpu}. */
    public void setDevice(String device) {
        builder.optDevice(device.trim().toLowerCase(Locale.ROOT));
    }

    public void setSamples(int samples) {
        builder.optSamples(samples);
    }

    public void setEvaluateEvery(int evaluateEvery) {
        builder.optEvaluateEvery(evaluateEvery);
    }

    public void setPatience(int patience) {
        builder.optPatience(patience);
    }

    public void setClipNorm(double clipNorm) {
        builder.optClipNorm(clipNorm);
    }

    public void setPenaltyStart(double penaltyStart) {
        builder.optPenaltyStart(penaltyStart);
    }

    public void setPenaltyGrowth(double penaltyGrowth) {
        builder.optPenaltyGrowth(penaltyGrowth);
    }

    public void setAnnealingStart(double annealingStart) {
        builder.optAnnealingStart(annealingStart);
    }

    public void setAnnealingEnd(double annealingEnd) {
        builder.optAnnealingEnd(annealingEnd);
    }

    public void setSkipConnection(boolean skipConnection) {
        builder.optSkipConnection(skipConnection);
    }

    /** The maximum number of independent trainings within the one time limit (>= 1; the best wins). */
    public void setRestarts(int restarts) {
        builder.optRestarts(restarts);
    }

    /** The architecture: {@code hgnn-skip} (default) or {@code seed-notebook}. */
    public void setNetwork(String network) {
        builder.optNetwork(network.trim().toLowerCase(Locale.ROOT));
    }

    /** The native memory the tensors may take, e.g. {@code 512m} or {@code 1g}; wider networks are narrowed. */
    public void setMemoryLimit(String memoryLimit) {
        builder.optMemoryLimit(PropertyValues.bytes(memoryLimit));
    }

    /** Overrides the solver's random seed for the neural part. */
    public void setSeed(long seed) {
        this.seed = seed;
    }

    /** The seed set with {@link #setSeed}, if any. */
    public OptionalLong seedOverride() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    /** Replaces all settings with {@code config}. */
    public void setConfig(NeuralConfig config) {
        this.builder = config.toBuilder();
    }

    /**
     * Applies properties given by name (as in XML), e.g. from a command line. Unknown names fail with the list of
     * known ones.
     */
    public void applyProperties(Map<String, String> properties) {
        properties.forEach(this::applyProperty);
    }

    /** Applies one property by name, through its setter ({@link PropertySetters}). */
    public void applyProperty(String name, String value) {
        PropertySetters.of(getClass()).apply(this, name, value);
    }

    /** The settings as a validated config; invalid values fail with a message naming them. */
    public NeuralConfig toConfig() {
        return builder.build();
    }

    /**
     * The seeder this phase runs: {@link GuardedSeeder}, the HGNN+ seeder compared with the greedy construction
     * within the one time limit, falling back to the greedy seed (with one warning to {@code warning}) when the
     * neural part fails.
     */
    public Seeder createSeeder(Consumer<String> warning) {
        return new GuardedSeeder(toConfig(), warning);
    }

    /** Parses a duration ({@link PropertyValues#duration}). */
    public static Duration parseDuration(String text) {
        return PropertyValues.duration(text);
    }
}
