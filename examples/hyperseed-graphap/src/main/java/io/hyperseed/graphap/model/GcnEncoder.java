package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import java.util.ArrayList;
import java.util.List;

/**
 * Stacked graph convolutions (Kipf and Welling 2017): {@code H' = ReLU(A_hat H W + b)} with
 * {@code A_hat = D^-1/2 (A + I) D^-1/2} supplied by the batch. Time O(layers (nnz(A) hidden + N hidden^2)) per pass.
 */
public final class GcnEncoder implements NodeEncoder {

    private final List<Dense> layers = new ArrayList<>();

    /**
     * @param parameters where the weights are created
     * @param name name prefix
     * @param in input width
     * @param hidden width of every layer
     * @param depth number of layers, at least 1
     */
    public GcnEncoder(ParameterSet parameters, String name, int in, int hidden, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("A GCN needs at least one layer (depth " + depth + "). Maybe 3?");
        }
        for (int l = 0; l < depth; l++) {
            layers.add(new Dense(parameters, name + ".gcn" + l, l == 0 ? in : hidden, hidden));
        }
    }

    @Override
    public NDArray encode(NDArray x, NDArray normalizedAdjacency) {
        NDArray h = x;
        for (Dense layer : layers) {
            h = Activation.relu(layer.propagate(normalizedAdjacency, h));
        }
        return h;
    }
}
