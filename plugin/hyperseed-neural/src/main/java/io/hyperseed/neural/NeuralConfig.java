package io.hyperseed.neural;

import io.hyperseed.neural.model.NetworkSizing;
import io.hyperseed.neural.model.Networks;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Settings of the HGNN+ seeder. Built with {@link #builder()}: {@code setX} for what a run must decide,
 * {@code optX} for the rest (DJL style). Defaults are documented on each {@code optX} and in the user guide.
 *
 * @param epochs the maximum number of training epochs
 * @param learningRate Adam's learning rate
 * @param weightDecay Adam's (decoupled) weight decay
 * @param inputDim the dimension of the fixed random input features
 * @param hiddenSizes the widths of the HGNN+ convolution layers before the 1-wide sigmoid head
 * @param dropout the dropout rate applied in training mode between layers (0 = none)
 * @param batchNorm whether a batch norm follows each hidden convolution
 * @param timeLimit the wall-time limit of training (the best rounded solution so far is returned)
 * @param device {@code auto}, {@code cpu} or {@code gpu}
 * @param samples Bernoulli samples drawn from the final probabilities besides the 0.5 threshold (0 = threshold
 *        only)
 * @param evaluateEvery evaluate the rounded solution every this many epochs
 * @param patience early stop when the rounded solution has not improved for this many epochs and the outputs
 *        have converged
 * @param clipNorm the gradient norm clipping threshold (0 = no clipping)
 * @param penaltyStart the initial weight of constraint penalties
 * @param penaltyGrowth the factor by which the penalty weight grows over training (end weight = start x growth)
 * @param annealingStart the annealing weight {@code a} at the first epoch (negative: explore)
 * @param annealingEnd the annealing weight {@code a} at the end of the horizon (positive: force 0/1)
 * @param skipConnection whether each HGNN+ layer adds a self term {@code X Theta_self} to the mean aggregation
 * @param restarts the maximum number of independent trainings (fresh weights and input features, seeds derived
 *        from the run's seed), one after another within the one {@code timeLimit}; the best rounded solution
 *        wins (1 = a single training)
 * @param network the architecture, a name registered in {@link Networks} ({@code hgnn-skip} or
 *        {@code seed-notebook})
 * @param memoryLimit the native memory the network and loss tensors may take, in bytes; wider settings are
 *        narrowed to fit ({@link NetworkSizing})
 */
public record NeuralConfig(
        int epochs,
        double learningRate,
        double weightDecay,
        int inputDim,
        int[] hiddenSizes,
        double dropout,
        boolean batchNorm,
        Duration timeLimit,
        String device,
        int samples,
        int evaluateEvery,
        int patience,
        double clipNorm,
        double penaltyStart,
        double penaltyGrowth,
        double annealingStart,
        double annealingEnd,
        boolean skipConnection,
        int restarts,
        String network,
        long memoryLimit) {

    public NeuralConfig {
        positive("epochs", epochs);
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("The learning rate (" + learningRate + ") must be positive.");
        }
        if (!(weightDecay >= 0) || !Double.isFinite(weightDecay)) {
            throw new IllegalArgumentException("The weight decay (" + weightDecay + ") must be >= 0.");
        }
        positive("inputDim", inputDim);
        hiddenSizes = hiddenSizes.clone();
        for (int h : hiddenSizes) {
            positive("hiddenSizes entry", h);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("The dropout (" + dropout + ") must be in [0, 1).");
        }
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit (" + timeLimit + ") must be positive.");
        }
        if (!device.equals("auto") && !device.equals("cpu") && !device.equals("gpu")) {
            throw new IllegalArgumentException("The device (" + device + ") is not one of auto, cpu, gpu.");
        }
        if (samples < 0) {
            throw new IllegalArgumentException("The number of samples (" + samples + ") must be >= 0.");
        }
        positive("evaluateEvery", evaluateEvery);
        positive("patience", patience);
        if (!(clipNorm >= 0)) {
            throw new IllegalArgumentException("The clip norm (" + clipNorm + ") must be >= 0.");
        }
        if (!(penaltyStart >= 0) || !(penaltyGrowth >= 1)) {
            throw new IllegalArgumentException("The penalty start (" + penaltyStart + ") must be >= 0 and the growth ("
                    + penaltyGrowth + ") >= 1.");
        }
        if (!Double.isFinite(annealingStart) || !Double.isFinite(annealingEnd)) {
            throw new IllegalArgumentException("The annealing start (" + annealingStart + ") and end (" + annealingEnd
                    + ") must be finite. Maybe -1 and 1?");
        }
        Networks.factory(Objects.requireNonNull(network, "network"));
        if (memoryLimit < MIN_MEMORY_LIMIT) {
            throw new IllegalArgumentException("The memory limit (" + memoryLimit + " bytes) must be at least "
                    + MIN_MEMORY_LIMIT + ". Maybe 1g?");
        }
        if (restarts < 1) {
            throw new IllegalArgumentException(
                    "The restarts (" + restarts + ") must be >= 1 (1 = a single " + "training).");
        }
    }

    /** The smallest memory limit accepted (16 MiB). */
    public static final long MIN_MEMORY_LIMIT = 16L << 20;

    private static void positive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("The " + what + " (" + value + ") must be positive.");
        }
    }

    @Override
    public int[] hiddenSizes() {
        return hiddenSizes.clone();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults. */
    public static NeuralConfig defaults() {
        return new Builder().build();
    }

    /** A copy of this config as a builder. */
    public Builder toBuilder() {
        return new Builder()
                .optEpochs(epochs)
                .optLearningRate(learningRate)
                .optWeightDecay(weightDecay)
                .optInputDim(inputDim)
                .optHiddenSizes(hiddenSizes)
                .optDropout(dropout)
                .optBatchNorm(batchNorm)
                .optTimeLimit(timeLimit)
                .optDevice(device)
                .optSamples(samples)
                .optEvaluateEvery(evaluateEvery)
                .optPatience(patience)
                .optClipNorm(clipNorm)
                .optPenaltyStart(penaltyStart)
                .optPenaltyGrowth(penaltyGrowth)
                .optAnnealingStart(annealingStart)
                .optAnnealingEnd(annealingEnd)
                .optSkipConnection(skipConnection)
                .optRestarts(restarts)
                .optNetwork(network)
                .optMemoryLimit(memoryLimit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NeuralConfig c && c.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "NeuralConfig[epochs=" + epochs + ", learningRate=" + learningRate + ", weightDecay=" + weightDecay
                + ", inputDim=" + inputDim + ", hiddenSizes=" + Arrays.toString(hiddenSizes) + ", dropout=" + dropout
                + ", batchNorm=" + batchNorm + ", timeLimit=" + timeLimit + ", device=" + device + ", samples="
                + samples + ", evaluateEvery=" + evaluateEvery + ", patience=" + patience + ", clipNorm=" + clipNorm
                + ", penaltyStart=" + penaltyStart + ", penaltyGrowth=" + penaltyGrowth + ", annealingStart="
                + annealingStart + ", annealingEnd=" + annealingEnd + ", skipConnection=" + skipConnection
                + ", restarts=" + restarts + ", network=" + network + ", memoryLimit=" + memoryLimit + "]";
    }

    /** Builder; every setting has a default (see the user guide for how each default was chosen). */
    public static final class Builder {
        private int epochs = 800;
        private double learningRate = 0.03;
        private double weightDecay = 1e-4;
        private int inputDim = 128;
        private int[] hiddenSizes = {64};
        private double dropout = 0.0;
        private boolean batchNorm = false;
        private Duration timeLimit = Duration.ofSeconds(30);
        private String device = "auto";
        private int samples = 16;
        private int evaluateEvery = 10;
        private int patience = 100;
        private double clipNorm = 1.0;
        private double penaltyStart = 1.0;
        private double penaltyGrowth = 10.0;
        private double annealingStart = -1.0;
        private double annealingEnd = 1.0;
        private boolean skipConnection = true;
        private int restarts = 1;
        private String network = Networks.HGNN_SKIP;
        private long memoryLimit = 1L << 30;

        private Builder() {}

        public Builder optEpochs(int value) {
            this.epochs = value;
            return this;
        }

        public Builder optLearningRate(double value) {
            this.learningRate = value;
            return this;
        }

        public Builder optWeightDecay(double value) {
            this.weightDecay = value;
            return this;
        }

        public Builder optInputDim(int value) {
            this.inputDim = value;
            return this;
        }

        public Builder optHiddenSizes(int... value) {
            this.hiddenSizes = value.clone();
            return this;
        }

        public Builder optDropout(double value) {
            this.dropout = value;
            return this;
        }

        public Builder optBatchNorm(boolean value) {
            this.batchNorm = value;
            return this;
        }

        public Builder optTimeLimit(Duration value) {
            this.timeLimit = value;
            return this;
        }

        public Builder optDevice(String value) {
            this.device = value;
            return this;
        }

        public Builder optSamples(int value) {
            this.samples = value;
            return this;
        }

        public Builder optEvaluateEvery(int value) {
            this.evaluateEvery = value;
            return this;
        }

        public Builder optPatience(int value) {
            this.patience = value;
            return this;
        }

        public Builder optClipNorm(double value) {
            this.clipNorm = value;
            return this;
        }

        public Builder optPenaltyStart(double value) {
            this.penaltyStart = value;
            return this;
        }

        public Builder optPenaltyGrowth(double value) {
            this.penaltyGrowth = value;
            return this;
        }

        public Builder optAnnealingStart(double value) {
            this.annealingStart = value;
            return this;
        }

        public Builder optAnnealingEnd(double value) {
            this.annealingEnd = value;
            return this;
        }

        public Builder optSkipConnection(boolean value) {
            this.skipConnection = value;
            return this;
        }

        /**
         * The maximum number of independent trainings within the one time limit (default 1). Restart {@code k}
         * uses the seed {@code seed + k * 0x9E3779B97F4A7C15L}; a restart starts only while time remains and the
         * stop signal is not raised; the best rounded solution of all wins.
         */
        public Builder optRestarts(int value) {
            this.restarts = value;
            return this;
        }

        /** The architecture by its registered name (default {@code hgnn-skip}; see {@link Networks}). */
        public Builder optNetwork(String value) {
            this.network = value;
            return this;
        }

        /**
         * The native memory, in bytes, that the network and loss tensors may take (default 1 GiB); wider
         * {@code inputDim} and {@code hiddenSizes} are narrowed to fit ({@link NetworkSizing}).
         */
        public Builder optMemoryLimit(long value) {
            this.memoryLimit = value;
            return this;
        }

        /** The config; invalid values fail here with a message naming the value. */
        public NeuralConfig build() {
            return new NeuralConfig(
                    epochs,
                    learningRate,
                    weightDecay,
                    inputDim,
                    hiddenSizes,
                    dropout,
                    batchNorm,
                    timeLimit,
                    device,
                    samples,
                    evaluateEvery,
                    patience,
                    clipNorm,
                    penaltyStart,
                    penaltyGrowth,
                    annealingStart,
                    annealingEnd,
                    skipConnection,
                    restarts,
                    network,
                    memoryLimit);
        }
    }
}
