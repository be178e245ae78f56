package io.hyperseed.neural.model;

import ai.djl.ndarray.NDManager;
import io.hyperseed.neural.NeuralConfig;
import java.util.Random;

/** Creates a {@link HypergraphNetwork}; one per architecture, registered by name in {@link Networks}. */
@FunctionalInterface
public interface NetworkFactory {

    /**
     * A network whose resident arrays live in {@code manager}.
     *
     * @param propagation the hypergraph operator (its arrays live in {@code manager} too)
     * @param config widths, dropout, batch norm and the other network settings
     * @param random the source of the input features and initial weights
     */
    HypergraphNetwork create(NDManager manager, HypergraphPropagation propagation, NeuralConfig config, Random random);
}
