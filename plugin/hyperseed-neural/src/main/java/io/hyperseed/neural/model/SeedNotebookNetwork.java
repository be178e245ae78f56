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
 * The BIPNN seed notebook's stack ({@value Networks#SEED_NOTEBOOK}): fixed input features {@code X [n x d]}
 * uniform in {@code [0, 1)}; HGNN+ convolutions {@code d -> c_1 -> ... -> c_k}, each
 * {@code D_v^-1 H D_e^-1 H^T (X Theta_i + b_i)} (DHG's {@code HGNNPConv}, no self term), with ReLU and dropout
 * after every convolution but the last; then a Linear head {@code c_k -> 1} and a sigmoid. Without batch norm
 * (our configs never use it with this stack). As in {@link HgnnNetwork}, the first convolution uses the
 * precomputed {@code (P X)} (on the host) and {@code X} is not kept.
 *
 * <p>Per epoch {@code O(n d c_1 + sum_i (n c_i c_(i+1) + P c_(i+1)) + n c_k)}; memory as {@link HgnnNetwork} with
 * {@code d} instead of {@code 2 d} precomputed columns. Seeded and deterministic on CPU; not thread-safe.
 */
public final class SeedNotebookNetwork implements HypergraphNetwork {

    private final HypergraphPropagation propagation;
    private final double dropout;
    private final NDArray propagatedFeatures;
    private final List<NDArray> weights = new ArrayList<>();
    private final List<NDArray> biases = new ArrayList<>();
    private final NDArray headWeight;
    private final NDArray headBias;

    /** Creates the network in {@code manager}; {@code config.batchNorm()} must be false. */
    public SeedNotebookNetwork(
            NDManager manager, HypergraphPropagation propagation, NeuralConfig config, Random random) {
        if (config.batchNorm()) {
            throw new IllegalArgumentException("The network (" + Networks.SEED_NOTEBOOK + ") has no batch norm "
                    + "(batchNorm true). Maybe network " + Networks.HGNN_SKIP + "?");
        }
        this.propagation = propagation;
        this.dropout = config.dropout();
        int[] hidden = config.hiddenSizes();
        int n = propagation.numVertices();
        if (hidden.length == 0) {
            throw new IllegalArgumentException("The network (" + Networks.SEED_NOTEBOOK + ") needs at least one "
                    + "convolution (hiddenSizes empty). Maybe hiddenSizes 64?");
        }
        float[] x = Initialisers.uniformFeatures(random, n, config.inputDim());
        this.propagatedFeatures =
                manager.create(propagation.applyOnHost(x, config.inputDim()), new Shape(n, config.inputDim()));
        int fanIn = config.inputDim();
        for (int width : hidden) {
            weights.add(Initialisers.xavier(manager, random, fanIn, width));
            biases.add(Initialisers.zeroBias(manager, width));
            fanIn = width;
        }
        this.headWeight = Initialisers.xavier(manager, random, fanIn, 1);
        this.headBias = Initialisers.zeroBias(manager, 1);
    }

    @Override
    public NDArray forward(boolean training, Random random) {
        NDArray h = null;
        for (int i = 0; i < weights.size(); i++) {
            NDArray y = i == 0
                    ? propagatedFeatures.matMul(weights.get(0)).add(biases.get(0))
                    : propagation.apply(h.matMul(weights.get(i)).add(biases.get(i)));
            if (i + 1 < weights.size()) {
                y = Activation.relu(y);
                if (training && dropout > 0) {
                    y = y.mul(HgnnNetwork.dropoutMask(y, dropout, random));
                }
            }
            h = y;
        }
        return Activation.sigmoid(h.matMul(headWeight).add(headBias)).reshape(propagation.numVertices());
    }

    /** The convolution weights, then their biases, then the head's weight and bias. */
    @Override
    public List<NDArray> parameters() {
        List<NDArray> all = new ArrayList<>(weights);
        all.addAll(biases);
        all.add(headWeight);
        all.add(headBias);
        return all;
    }

    @Override
    public boolean isStochasticInTraining() {
        return dropout > 0;
    }
}
