package io.hyperseed.neural.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.neural.NeuralConfig;
import io.hyperseed.neural.NeuralEngine;
import io.hyperseed.neural.data.ProblemHypergraph;
import io.hyperseed.neural.loss.RelaxedLoss;
import io.hyperseed.neural.model.HypergraphNetwork;
import io.hyperseed.neural.model.HypergraphPropagation;
import io.hyperseed.neural.model.Networks;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The tensors of one training run and its epoch step, with deterministic native memory: the network, the loss
 * tensors and the optimizer state live in one resident manager; each forward/backward runs in a fresh sub-manager
 * to which the resident arrays are temp-attached (so every intermediate is freed when it closes, and the resident
 * arrays return), and each optimizer step in another. Closing the step closes everything.
 *
 * <p>One epoch: forward, loss, backward ({@link #forwardBackward}), then global-norm clipping and one AdamW step
 * with decoupled weight decay ({@link #applyGradients}). Not thread-safe; one per JVM at a time
 * ({@link TrainingLock}).
 */
public final class TrainingStep implements AutoCloseable {

    /** Outputs are clipped to {@code [eps, 1 - eps]} inside the warm start's cross-entropy. */
    private static final float FIT_EPSILON = 1e-6f;

    private final NeuralConfig config;
    private final Engine engine;
    private final NDManager root;
    private final NDManager resident;
    private final HypergraphNetwork network;
    private final RelaxedLoss loss;
    private final Random random;
    private float learningRate;
    private Optimizer optimizer;

    /**
     * Uploads {@code problem} and creates the network {@link NeuralConfig#network()} on {@code device}, drawing
     * from {@code random}. {@code O(L + P d)}.
     */
    public TrainingStep(PuboProblem problem, NeuralConfig config, Device device, Random random) {
        this.config = config;
        this.engine = Engine.getEngine(NeuralEngine.ENGINE);
        this.root = NDManager.newBaseManager(device);
        this.resident = root.newSubManager();
        this.random = random;
        try {
            this.network = Networks.factory(config.network())
                    .create(
                            resident,
                            new HypergraphPropagation(ProblemHypergraph.of(problem), resident),
                            config,
                            random);
            this.loss = new RelaxedLoss(problem, resident);
        } catch (RuntimeException | Error e) {
            root.close();
            throw e;
        }
        this.learningRate = (float) config.learningRate();
        this.optimizer = newOptimizer();
    }

    private Optimizer newOptimizer() {
        return Optimizer.adamW()
                .optLearningRateTracker(Tracker.fixed(learningRate))
                .optWeightDecays((float) config.weightDecay())
                .build();
    }

    /** The network. */
    public HypergraphNetwork network() {
        return network;
    }

    /**
     * Forward, loss and backward in training mode (gradients accumulate in the parameters until
     * {@link #applyGradients}). Returns the loss and, when {@code wantOutputs} and the training forward is the
     * inference forward (no dropout, no batch norm), the outputs; otherwise {@code null} outputs.
     */
    public Output forwardBackward(double annealingWeight, double penaltyWeight, boolean wantOutputs) {
        return forwardBackward((out, step) -> loss.loss(out, annealingWeight, penaltyWeight), wantOutputs);
    }

    /** Forward, {@code objective} of the outputs (built in the step's manager), backward; see above. */
    private Output forwardBackward(BiFunction<NDArray, NDManager, NDArray> objective, boolean wantOutputs) {
        try (NDManager step = root.newSubManager()) {
            attachResident(step);
            try (GradientCollector collector = engine.newGradientCollector()) {
                NDArray out = network.forward(true, random);
                NDArray value = objective.apply(out, step);
                collector.backward(value);
                float[] x = wantOutputs && !network.isStochasticInTraining() ? out.toFloatArray() : null;
                return new Output(value.getFloat(), x);
            }
        }
    }

    /**
     * Forward and backward of the binary cross-entropy between the outputs and {@code target} (0, 1 or 0.5 per
     * variable), in training mode: a warm start's fitting epoch (gradients accumulate until {@link #applyGradients}).
     * Returns the loss and, as {@link #forwardBackward} does, the outputs when they equal the inference outputs.
     * {@code O(n)} more than a forward.
     */
    public Output forwardBackwardFit(float[] target) {
        return forwardBackward(
                (out, step) -> {
                    NDArray t = step.create(target);
                    NDArray x = out.clip(FIT_EPSILON, 1f - FIT_EPSILON);
                    return t.mul(x.log())
                            .add(t.neg().add(1f).mul(x.neg().add(1f).log()))
                            .mean()
                            .neg();
                },
                true);
    }

    /** The outputs {@code x [n]} in inference mode (no dropout, batch norm with running statistics). */
    public float[] infer() {
        try (NDManager step = root.newSubManager()) {
            attachResident(step);
            return network.forward(false, random).toFloatArray();
        }
    }

    private void attachResident(NDManager step) {
        for (NDArray array : resident.getManagedArrays()) {
            array.tempAttach(step);
        }
    }

    /**
     * Clips the accumulated gradients to the global norm {@code clipNorm} (0 = no clipping), applies one AdamW
     * step and zeroes them. Returns false, changing nothing, when the gradient norm is not finite.
     */
    public boolean applyGradients(double clipNorm) {
        List<NDArray> parameters = network.parameters();
        try (NDManager scope = root.newSubManager()) {
            NDArray[] gradients = new NDArray[parameters.size()];
            for (int k = 0; k < gradients.length; k++) {
                gradients[k] = parameters.get(k).getGradient();
                gradients[k].attach(scope);
            }
            if (!Double.isFinite(clip(gradients, clipNorm))) {
                return false;
            }
            for (int k = 0; k < gradients.length; k++) {
                optimizer.update("p" + k, parameters.get(k), gradients[k]);
                gradients[k].subi(gradients[k]);
            }
            return true;
        }
    }

    /**
     * Scales {@code gradients} in place so that their global L2 norm is at most {@code clipNorm} (0 = no
     * clipping) and returns the norm before clipping (not finite: nothing is changed). {@code O(parameters)}.
     */
    public static double clip(NDArray[] gradients, double clipNorm) {
        NDArray squared = null;
        for (NDArray g : gradients) {
            NDArray part = g.square().sum();
            squared = squared == null ? part : squared.add(part);
        }
        double norm = squared == null ? 0.0 : Math.sqrt(squared.getFloat());
        if (Double.isFinite(norm) && clipNorm > 0 && norm > clipNorm) {
            float factor = (float) (clipNorm / norm);
            for (NDArray g : gradients) {
                g.muli(factor);
            }
        }
        return norm;
    }

    /** Restores parameters from a snapshot and divides the learning rate by 10 (fresh optimizer state). */
    public void restore(float[][] parameters) {
        network.restore(parameters);
        learningRate /= 10f;
        optimizer = newOptimizer();
    }

    /** The number of arrays held by the run (resident and any unclosed scope); flat across epochs. */
    public int liveArrays() {
        return root.getManagedArrays().size();
    }

    @Override
    public void close() {
        root.close();
    }

    /**
     * One forward/backward's result.
     *
     * @param loss the loss value
     * @param outputs the outputs, or null when not requested or not equal to inference outputs
     */
    public record Output(float loss, float[] outputs) {}
}
