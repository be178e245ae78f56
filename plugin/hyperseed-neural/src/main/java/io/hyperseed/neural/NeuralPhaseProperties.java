package io.hyperseed.neural;

import io.hyperseed.core.seed.FallbackSeeder;
import io.hyperseed.core.seed.GreedySeeder;
import io.hyperseed.core.seed.Seeder;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The tunables of a neural seeding phase, as public setters so that a solver's XML {@code <customProperties>}
 * reach them (Timefold and OptaPlanner both set custom properties through setters). The framework phase classes
 * extend this class, so the property names, types, defaults and validation exist once.
 *
 * <p>Properties (defaults from {@link NeuralConfig.Builder}): {@code epochs}, {@code learningRate},
 * {@code weightDecay}, {@code inputDim}, {@code hiddenSizes} (comma separated, e.g. {@code 128,64}),
 * {@code dropout}, {@code batchNorm}, {@code timeLimit} ({@code 30s}, {@code 2m}, {@code 500ms} or ISO-8601),
 * {@code device} ({@code auto|cpu|gpu}), {@code samples}, {@code evaluateEvery}, {@code patience},
 * {@code clipNorm}, {@code penaltyStart}, {@code penaltyGrowth}, {@code annealingStart}, {@code annealingEnd},
 * {@code skipConnection}, {@code restarts} (independent trainings within the one time limit, best wins), and
 * {@code seed} (overrides the solver's random seed).
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
        String[] parts = hiddenSizes.trim().split("\\s*,\\s*");
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                sizes[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The hiddenSizes (" + hiddenSizes
                        + ") must be comma-separated positive integers. Maybe \"128,64\"?", e);
            }
        }
        builder.optHiddenSizes(sizes);
    }

    public void setDropout(double dropout) {
        builder.optDropout(dropout);
    }

    public void setBatchNorm(boolean batchNorm) {
        builder.optBatchNorm(batchNorm);
    }

    /** {@code 30s}, {@code 2m}, {@code 500ms}, {@code 1h} or ISO-8601 ({@code PT30S}). */
    public void setTimeLimit(String timeLimit) {
        builder.optTimeLimit(parseDuration(timeLimit));
    }

    public void setDevice(String device) {
        builder.optDevice(device.trim().toLowerCase(java.util.Locale.ROOT));
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

    /** Applies one property by name. */
    public void applyProperty(String name, String value) {
        try {
            switch (name) {
                case "epochs" -> setEpochs(Integer.parseInt(value.trim()));
                case "learningRate" -> setLearningRate(Double.parseDouble(value.trim()));
                case "weightDecay" -> setWeightDecay(Double.parseDouble(value.trim()));
                case "inputDim" -> setInputDim(Integer.parseInt(value.trim()));
                case "hiddenSizes" -> setHiddenSizes(value);
                case "dropout" -> setDropout(Double.parseDouble(value.trim()));
                case "batchNorm" -> setBatchNorm(parseBoolean(value));
                case "timeLimit" -> setTimeLimit(value);
                case "device" -> setDevice(value);
                case "samples" -> setSamples(Integer.parseInt(value.trim()));
                case "evaluateEvery" -> setEvaluateEvery(Integer.parseInt(value.trim()));
                case "patience" -> setPatience(Integer.parseInt(value.trim()));
                case "clipNorm" -> setClipNorm(Double.parseDouble(value.trim()));
                case "penaltyStart" -> setPenaltyStart(Double.parseDouble(value.trim()));
                case "penaltyGrowth" -> setPenaltyGrowth(Double.parseDouble(value.trim()));
                case "annealingStart" -> setAnnealingStart(Double.parseDouble(value.trim()));
                case "annealingEnd" -> setAnnealingEnd(Double.parseDouble(value.trim()));
                case "skipConnection" -> setSkipConnection(parseBoolean(value));
                case "restarts" -> setRestarts(Integer.parseInt(value.trim()));
                case "seed" -> setSeed(Long.parseLong(value.trim()));
                default -> throw new IllegalArgumentException("The neural property (" + name + ") is unknown. "
                        + "Maybe one of: epochs, learningRate, weightDecay, inputDim, hiddenSizes, dropout, "
                        + "batchNorm, timeLimit, device, samples, evaluateEvery, patience, clipNorm, penaltyStart, "
                        + "penaltyGrowth, annealingStart, annealingEnd, skipConnection, restarts, seed?");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The neural property " + name + " has a non-numeric value (" + value
                    + ").", e);
        }
    }

    /** The share of a solve's budget a neural phase followed by a search gets unless a time limit is given. */
    public static final double DEFAULT_BUDGET_SHARE = 0.3;

    /**
     * The properties a solver adapter gives its neural phase for one solve: the XML {@code customProperties}, then
     * the solve's {@code device} (unless {@code auto}), then the solve's own neural properties, and the run's
     * random seed unless a {@code seed} is set by then. The Timefold and OptaPlanner facades share this policy.
     */
    public static java.util.Map<String, String> solveProperties(Map<String, String> xmlProperties,
            io.hyperseed.core.solve.SolveOptions options) {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        if (xmlProperties != null) {
            properties.putAll(xmlProperties);
        }
        if (!"auto".equals(options.device())) {
            properties.put("device", options.device());
        }
        properties.putAll(options.neuralProperties());
        properties.putIfAbsent("seed", Long.toString(options.randomSeed()));
        return properties;
    }

    /**
     * The longest a neural phase may train in one solve: the whole budget when the solve's neural properties set
     * {@code timeLimit} explicitly, else {@code share} of it (at least 1 ms).
     */
    public static Duration timeLimitCap(io.hyperseed.core.solve.SolveOptions options, double share) {
        Duration budget = options.timeLimit();
        return options.neuralProperties().containsKey("timeLimit") ? budget
                : Duration.ofMillis(Math.max(1L, Math.round(budget.toMillis() * share)));
    }

    /** The settings as a validated config; invalid values fail with a message naming them. */
    public NeuralConfig toConfig() {
        return builder.build();
    }

    /**
     * The seeder this phase runs: the HGNN+ seeder, falling back to the greedy construction (with one warning to
     * {@code warning}) when it fails.
     */
    public Seeder createSeeder(Consumer<String> warning) {
        return new FallbackSeeder(new HgnnSeeder(toConfig()), new GreedySeeder(), warning);
    }

    /** Parses {@code 30s}, {@code 2m}, {@code 500ms}, {@code 1h}, a plain number of seconds or ISO-8601. */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            char unit = t.charAt(t.length() - 1);
            String number = Character.isDigit(unit) ? t : t.substring(0, t.length() - 1).trim();
            double value = Double.parseDouble(number);
            double seconds = switch (unit) {
                case 'h' -> value * 3600;
                case 'm' -> value * 60;
                case 's' -> value;
                default -> {
                    if (Character.isDigit(unit)) {
                        yield value;
                    }
                    throw new NumberFormatException(text);
                }
            };
            if (!(seconds > 0) || !Double.isFinite(seconds)) {
                throw new NumberFormatException(text);
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The duration (" + text + ") is not understood. Maybe \"30s\", "
                    + "\"2m\", \"500ms\" or \"PT30S\"?", e);
        }
    }

    private static boolean parseBoolean(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException("The boolean (" + value + ") must be true or false.");
    }
}
