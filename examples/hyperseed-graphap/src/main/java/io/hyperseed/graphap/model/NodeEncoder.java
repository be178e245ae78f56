package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDArray;

/** Message-passing layers turning node features into node embeddings over a given (block-diagonal) adjacency. */
public interface NodeEncoder {

    /**
     * @param x node features {@code (N, in)}
     * @param adjacency sparse {@code (N, N)}, the form the encoder expects (normalised or raw)
     * @return node embeddings {@code (N, hidden)}
     */
    NDArray encode(NDArray x, NDArray adjacency);
}
