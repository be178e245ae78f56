package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDArray;

/**
 * One mini-batch of B graphs with N nodes and C communities in total, as one block-diagonal problem. All arrays
 * belong to the manager the batch was built in (one per training step).
 *
 * @param features one-hot node labels {@code (N, F)}
 * @param normalizedAdjacency sparse {@code D^-1/2 (A + I) D^-1/2}, {@code (N, N)}
 * @param adjacency sparse raw adjacency A (both directions, no self-loops), {@code (N, N)}
 * @param communityAdjacency sparse normalised adjacency of the intra-community edges only (plus self-loops)
 * @param graphPool sparse mean-pooling matrix {@code (B, N)}: row b holds 1/n_b on graph b's nodes
 * @param communityPool sparse mean-pooling matrix {@code (C, N)}
 * @param membership dense {@code (B, C)} 0/1: community c belongs to graph b
 * @param labels class indices {@code (B)}, int64
 * @param labelValues the same labels as Java ints
 */
public record GraphBatch(
        NDArray features,
        NDArray normalizedAdjacency,
        NDArray adjacency,
        NDArray communityAdjacency,
        NDArray graphPool,
        NDArray communityPool,
        NDArray membership,
        NDArray labels,
        int[] labelValues) {

    /** Copies the labels. */
    public GraphBatch {
        labelValues = labelValues.clone();
    }

    /** @return number of graphs B */
    public int graphCount() {
        return labelValues.length;
    }

    @Override
    public int[] labelValues() {
        return labelValues.clone();
    }
}
