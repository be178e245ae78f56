package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import ai.djl.nn.norm.Dropout;

/**
 * Classifier head: Dense, ReLU, dropout (training only, engine random state), Dense to class logits. Input
 * {@code (B, in)}, output {@code (B, classes)}. Time O(B (in hidden + hidden classes)).
 */
public final class MlpHead {

    private final Dense hidden;
    private final Dense output;
    private final float dropout;

    /**
     * @param parameters where the weights are created
     * @param name name prefix
     * @param in input width
     * @param width hidden width
     * @param classes number of classes
     * @param dropout drop probability in [0, 1)
     */
    public MlpHead(ParameterSet parameters, String name, int in, int width, int classes, float dropout) {
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must lie in [0, 1) (" + dropout + "). Maybe 0.5?");
        }
        this.hidden = new Dense(parameters, name + ".mlp0", in, width);
        this.output = new Dense(parameters, name + ".mlp1", width, classes);
        this.dropout = dropout;
    }

    /**
     * @param x pooled graph vectors {@code (B, in)}
     * @param training whether dropout is active
     * @return logits {@code (B, classes)}
     */
    public NDArray forward(NDArray x, boolean training) {
        NDArray h = Activation.relu(hidden.forward(x));
        if (training && dropout > 0) {
            h = Dropout.dropout(h, dropout, true).singletonOrThrow();
        }
        return output.forward(h);
    }
}
