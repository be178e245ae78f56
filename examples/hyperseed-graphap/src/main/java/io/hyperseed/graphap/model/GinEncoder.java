package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import java.util.ArrayList;
import java.util.List;

/**
 * Stacked graph isomorphism layers, GIN-0 (Xu et al. 2019): {@code H' = ReLU(MLP(H + A H))}, MLP = Dense, ReLU,
 * Dense, with the raw (unnormalised, no self-loop) adjacency supplied by the batch. Time O(layers (nnz(A) hidden +
 * N hidden^2)) per pass.
 */
public final class GinEncoder implements NodeEncoder {

    private final List<Dense[]> layers = new ArrayList<>();

    /**
     * @param parameters where the weights are created
     * @param name name prefix
     * @param in input width
     * @param hidden width of every layer
     * @param depth number of layers, at least 1
     */
    public GinEncoder(ParameterSet parameters, String name, int in, int hidden, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("A GIN needs at least one layer (depth " + depth + "). Maybe 3?");
        }
        for (int l = 0; l < depth; l++) {
            layers.add(new Dense[] {
                new Dense(parameters, name + ".gin" + l + ".mlp0", l == 0 ? in : hidden, hidden),
                new Dense(parameters, name + ".gin" + l + ".mlp1", hidden, hidden)
            });
        }
    }

    @Override
    public NDArray encode(NDArray x, NDArray adjacency) {
        NDArray h = x;
        for (Dense[] mlp : layers) {
            NDArray aggregated = adjacency.matMul(h).add(h);
            NDArray inner = Activation.relu(mlp[0].forward(aggregated));
            h = Activation.relu(mlp[1].forward(inner));
        }
        return h;
    }
}
