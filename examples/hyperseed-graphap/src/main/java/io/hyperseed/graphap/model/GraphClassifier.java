package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDArray;

/** A graph classifier: class logits for every graph of a batch from trainable parameters. */
public interface GraphClassifier extends AutoCloseable {

    /**
     * @param batch the mini-batch
     * @param training whether dropout is active
     * @return logits {@code (B, classes)}, in the batch's manager
     */
    NDArray forward(GraphBatch batch, boolean training);

    /**
     * @param batch the mini-batch
     * @return the whole-graph backbone's node embeddings {@code (N, hidden)}, in the batch's manager (no dropout)
     */
    NDArray embed(GraphBatch batch);

    /** @return the trainable parameters */
    ParameterSet parameters();

    /** Frees the parameters. */
    @Override
    default void close() {
        parameters().close();
    }
}
