package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDArray;

/**
 * Affine map {@code y = x W + b}. Input {@code (rows, in)}, weight {@code (in, out)}, bias {@code (out)}, output
 * {@code (rows, out)}. Time O(rows in out).
 */
public final class Dense {

    private final NDArray weight;
    private final NDArray bias;

    /**
     * @param parameters where the weights are created
     * @param name name prefix
     * @param in input width
     * @param out output width
     */
    public Dense(ParameterSet parameters, String name, int in, int out) {
        this.weight = parameters.glorot(name + ".weight", in, out);
        this.bias = parameters.zeros(name + ".bias", out);
    }

    /**
     * @param x input {@code (rows, in)}; its manager receives the result
     * @return {@code (rows, out)}
     */
    public NDArray forward(NDArray x) {
        return x.matMul(weight).add(bias);
    }

    /**
     * Graph convolution step {@code adjacency (x W) + b}, the product taken in that order so the dense product is the
     * narrow one.
     *
     * @param adjacency sparse or dense {@code (rows, rows)}
     * @param x input {@code (rows, in)}
     * @return {@code (rows, out)}
     */
    public NDArray propagate(NDArray adjacency, NDArray x) {
        return adjacency.matMul(x.matMul(weight)).add(bias);
    }
}
