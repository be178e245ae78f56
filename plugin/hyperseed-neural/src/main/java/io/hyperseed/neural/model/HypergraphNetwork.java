package io.hyperseed.neural.model;

import ai.djl.ndarray.NDArray;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Random;

/**
 * A network that maps a problem's hypergraph to per-variable outputs {@code x [n]} in {@code (0, 1)}: the seam
 * between the training loop and an architecture. Implementations keep their features, parameters and statistics
 * as resident arrays of the manager they were created in (see {@link NetworkFactory}); they are registered by name
 * in {@link Networks}. Not thread-safe.
 */
public interface HypergraphNetwork {

    /**
     * The outputs {@code x [n]}. In training mode stochastic layers (dropout, batch statistics) are active and
     * draw from {@code random}; results are attached to the manager the resident arrays are (temp-)attached to.
     */
    NDArray forward(boolean training, Random random);

    /** The trainable parameters, in a fixed order. */
    List<NDArray> parameters();

    /** True when the training forward differs from the inference forward (dropout or batch norm). */
    boolean isStochasticInTraining();

    /** The number of trainable scalars. {@code O(parameters)}. */
    default long numParameters() {
        long sum = 0;
        for (NDArray p : parameters()) {
            sum += p.size();
        }
        return sum;
    }

    /** Copies of the parameter values, in {@link #parameters()} order. */
    default float[][] snapshot() {
        List<NDArray> all = parameters();
        float[][] values = new float[all.size()][];
        for (int k = 0; k < values.length; k++) {
            values[k] = all.get(k).toFloatArray();
        }
        return values;
    }

    /** Sets the parameter values from a {@link #snapshot()} and zeroes their gradients. */
    default void restore(float[][] values) {
        List<NDArray> all = parameters();
        if (values.length != all.size()) {
            throw new IllegalArgumentException("The snapshot has " + values.length + " arrays, the network ("
                    + all.size() + "). Maybe it was taken from another network?");
        }
        for (int k = 0; k < values.length; k++) {
            NDArray p = all.get(k);
            p.set(FloatBuffer.wrap(values[k]));
            try (NDArray grad = p.getGradient()) {
                grad.set(FloatBuffer.wrap(new float[values[k].length]));
            }
        }
    }
}
