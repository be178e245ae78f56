package io.hyperseed.neural.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import io.hyperseed.neural.NeuralConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Our HGNN+ network ({@value Networks#HGNN_SKIP}; Gao et al., TPAMI 2022) with a 1-wide sigmoid head, as used by
 * BIPNN: input features {@code X [n x d]} are fixed and random (seeded, standard normal); each layer {@code i}
 * maps {@code [n x c_i]} to {@code [n x c_(i+1)]} by {@code X' = act(D_v^-1 H D_e^-1 H^T (X Theta_i + b_i))},
 * with an optional batch norm after {@code X Theta} (DHG order), ReLU and dropout between layers, and a sigmoid
 * after the last layer ({@code c = 1}). The output is {@code x [n]} in {@code (0, 1)}. With the skip connection
 * each layer adds a self term {@code X Theta_self_i}: mean aggregation alone gives vertices with the same
 * hyperedges the same output, which is wrong for heterophilous objectives such as max-cut (measured in
 * docs/neural.md).
 *
 * <p>Because the propagation is linear and row-stochastic and {@code X} is fixed, the first layer uses the
 * precomputed {@code (P X) Theta + b} (with the skip: {@code [P X | X] Theta + b}) when there is no batch norm
 * before it (computed on the host, {@link HypergraphPropagation#applyOnHost}): one dense {@code n x d x c_1}
 * matmul per epoch instead of two sparse ones, and {@code X} itself is not kept. Per epoch: {@code O(n d c_1 + sum_i (n c_i c_(i+1) + P c_(i+1)))} time;
 * resident memory {@code 4 n (2 d)} bytes for the precomputed features plus the parameters (three copies with
 * Adam's moments), per-epoch memory about {@code 24 n c_1} bytes (activations and their gradients).
 * Parameters are Xavier-uniform weights and zero biases drawn from a seeded {@link Random}; dropout masks come
 * from the same generator, so a run is deterministic on CPU. Not thread-safe.
 */
public final class HgnnNetwork implements HypergraphNetwork {

    private static final float BATCH_NORM_EPSILON = 1e-5f;
    private static final float BATCH_NORM_MOMENTUM = 0.1f;

    private final HypergraphPropagation propagation;
    private final int[] widths;
    private final double dropout;
    private final boolean batchNorm;
    private final NDArray features;
    private final NDArray propagatedFeatures;
    private final boolean skip;
    private final List<NDArray> weights = new ArrayList<>();
    private final List<NDArray> selfWeights = new ArrayList<>();
    private final List<NDArray> biases = new ArrayList<>();
    private final List<NDArray> gammas = new ArrayList<>();
    private final List<NDArray> betas = new ArrayList<>();
    private final List<NDArray> runningMeans = new ArrayList<>();
    private final List<NDArray> runningVariances = new ArrayList<>();

    /**
     * Creates the network in {@code manager} (all resident arrays: features, parameters, running statistics).
     *
     * @param propagation the hypergraph operator (its arrays should live in {@code manager} too)
     * @param config input dimension, hidden sizes, dropout, batch norm, skip connection
     * @param random the source of the features and initial weights
     */
    public HgnnNetwork(NDManager manager, HypergraphPropagation propagation, NeuralConfig config, Random random) {
        this.propagation = propagation;
        this.dropout = config.dropout();
        this.batchNorm = config.batchNorm();
        this.skip = config.skipConnection();
        int[] hidden = config.hiddenSizes();
        this.widths = new int[hidden.length + 2];
        widths[0] = config.inputDim();
        System.arraycopy(hidden, 0, widths, 1, hidden.length);
        widths[widths.length - 1] = 1;
        int n = propagation.numVertices();
        int d = widths[0];
        float[] x = Initialisers.normalFeatures(random, n, d);
        if (batchNorm) {
            this.features = manager.create(x, new Shape(n, d));
            this.propagatedFeatures = null;
        } else {
            float[] px = propagation.applyOnHost(x, d);
            this.propagatedFeatures = skip
                    ? manager.create(Initialisers.concatColumns(px, d, x, d, n), new Shape(n, 2 * d))
                    : manager.create(px, new Shape(n, d));
            this.features = null;
        }
        for (int i = 0; i + 1 < widths.length; i++) {
            int fanIn = widths[i];
            int fanOut = widths[i + 1];
            boolean stacked = i == 0 && propagatedFeatures != null && skip;
            weights.add(Initialisers.xavier(manager, random, stacked ? 2 * fanIn : fanIn, fanOut));
            if (skip && !stacked) {
                selfWeights.add(Initialisers.xavier(manager, random, fanIn, fanOut));
            } else {
                selfWeights.add(null);
            }
            biases.add(Initialisers.zeroBias(manager, fanOut));
            if (batchNorm && i + 2 < widths.length) {
                gammas.add(Initialisers.trainable(manager.ones(new Shape(fanOut))));
                betas.add(Initialisers.trainable(manager.zeros(new Shape(fanOut))));
                runningMeans.add(manager.zeros(new Shape(fanOut)));
                runningVariances.add(manager.ones(new Shape(fanOut)));
            }
        }
    }

    /** The trainable parameters, in a fixed order (weights, self weights, biases, batch-norm scales and shifts). */
    @Override
    public List<NDArray> parameters() {
        List<NDArray> all = new ArrayList<>(weights);
        for (NDArray w : selfWeights) {
            if (w != null) {
                all.add(w);
            }
        }
        all.addAll(biases);
        all.addAll(gammas);
        all.addAll(betas);
        return all;
    }

    /**
     * The outputs {@code x [n]} in {@code (0, 1)}. In training mode dropout masks are drawn from {@code random}
     * and batch norm uses (and updates) batch statistics; otherwise dropout is off and batch norm uses running
     * statistics. Results are attached to the manager the resident arrays are (temp-)attached to.
     */
    @Override
    public NDArray forward(boolean training, Random random) {
        NDArray h = null;
        int layers = widths.length - 1;
        for (int i = 0; i < layers; i++) {
            boolean last = i == layers - 1;
            NDArray y;
            if (i == 0 && propagatedFeatures != null) {
                y = propagatedFeatures.matMul(weights.get(0)).add(biases.get(0));
            } else {
                NDArray in = i == 0 ? features : h;
                y = in.matMul(weights.get(i)).add(biases.get(i));
                if (batchNorm && !last) {
                    y = batchNorm(y, i, training);
                }
                y = propagation.apply(y);
                if (selfWeights.get(i) != null) {
                    y = y.add(in.matMul(selfWeights.get(i)));
                }
            }
            if (!last) {
                y = Activation.relu(y);
                if (training && dropout > 0) {
                    y = y.mul(dropoutMask(y, dropout, random));
                }
            }
            h = y;
        }
        return Activation.sigmoid(h).reshape(propagation.numVertices());
    }

    private NDArray batchNorm(NDArray y, int layer, boolean training) {
        NDArray mean;
        NDArray variance;
        if (training) {
            mean = y.mean(new int[] {0});
            NDArray centred = y.sub(mean);
            variance = centred.square().mean(new int[] {0});
            runningMeans
                    .get(layer)
                    .muli(1 - BATCH_NORM_MOMENTUM)
                    .addi(mean.stopGradient().mul(BATCH_NORM_MOMENTUM));
            runningVariances
                    .get(layer)
                    .muli(1 - BATCH_NORM_MOMENTUM)
                    .addi(variance.stopGradient().mul(BATCH_NORM_MOMENTUM));
            return centred.div(variance.add(BATCH_NORM_EPSILON).sqrt())
                    .mul(gammas.get(layer))
                    .add(betas.get(layer));
        }
        mean = runningMeans.get(layer);
        variance = runningVariances.get(layer);
        return y.sub(mean)
                .div(variance.add(BATCH_NORM_EPSILON).sqrt())
                .mul(gammas.get(layer))
                .add(betas.get(layer));
    }

    /** An inverted-dropout mask shaped like {@code like}: 0 with probability {@code dropout}, else 1/(1-p). */
    static NDArray dropoutMask(NDArray like, double dropout, Random random) {
        float keep = (float) (1.0 - dropout);
        float scale = 1f / keep;
        float[] mask = new float[Math.toIntExact(like.size())];
        for (int k = 0; k < mask.length; k++) {
            mask[k] = random.nextFloat() < keep ? scale : 0f;
        }
        return like.getManager().create(mask, like.getShape());
    }

    @Override
    public boolean isStochasticInTraining() {
        return dropout > 0 || batchNorm;
    }
}
