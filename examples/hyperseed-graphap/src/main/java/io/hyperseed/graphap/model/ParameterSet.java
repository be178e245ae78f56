package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The trainable arrays of one model, by unique name (e.g. {@code community.gcn0.weight}), living in their own
 * {@link NDManager} (a child of the one given) so that per-step arrays can be freed without touching them. Weights get
 * Glorot-uniform values from the injected {@link Random}, biases zeros: initialisation is reproducible and does not
 * depend on the engine's random state. Closing the set frees every array.
 */
public final class ParameterSet implements AutoCloseable {

    private final NDManager manager;
    private final Random random;
    private final Map<String, NDArray> parameters = new LinkedHashMap<>();

    /**
     * @param parent manager the parameters' manager is created under
     * @param random source of the initial weights
     */
    public ParameterSet(NDManager parent, Random random) {
        this.manager = parent.newSubManager();
        this.random = random;
    }

    /**
     * Creates a Glorot-uniform {@code (in, out)} weight matrix.
     *
     * @param name unique name
     * @param in input width
     * @param out output width
     * @return the trainable array
     */
    public NDArray glorot(String name, int in, int out) {
        double limit = Math.sqrt(6.0 / (in + out));
        float[] values = new float[in * out];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((2 * random.nextDouble() - 1) * limit);
        }
        return register(name, manager.create(values, new Shape(in, out)));
    }

    /**
     * Creates a zero vector.
     *
     * @param name unique name
     * @param size length
     * @return the trainable array
     */
    public NDArray zeros(String name, int size) {
        return register(name, manager.create(new float[size], new Shape(size)));
    }

    private NDArray register(String name, NDArray array) {
        if (parameters.containsKey(name)) {
            array.close();
            throw new IllegalArgumentException(
                    "Parameter name (" + name + ") is already used. Maybe two layers share a prefix?");
        }
        array.setName(name);
        array.setRequiresGradient(true);
        parameters.put(name, array);
        return array;
    }

    /** @return every parameter by name, in creation order (unmodifiable view) */
    public Map<String, NDArray> all() {
        return Collections.unmodifiableMap(parameters);
    }

    /** @return total number of scalar weights */
    public long size() {
        return parameters.values().stream().mapToLong(NDArray::size).sum();
    }

    @Override
    public void close() {
        manager.close();
    }
}
