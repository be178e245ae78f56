package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDArray;
import java.util.function.Function;

/**
 * Baseline shape shared by Base GCN and Base GIN: a {@link NodeEncoder} over the whole graph, global mean pooling, an
 * {@link MlpHead}. The encoder's adjacency (normalised for GCN, raw for GIN) is picked from the batch by a hook.
 * Time O(encoder + N hidden) per pass.
 */
public final class PooledClassifier implements GraphClassifier {

    private final ParameterSet parameters;
    private final NodeEncoder encoder;
    private final Function<GraphBatch, NDArray> adjacency;
    private final MlpHead head;

    /**
     * @param parameters the parameters the encoder and head were created in
     * @param encoder node encoder
     * @param adjacency which adjacency of the batch the encoder reads
     * @param head classifier head
     */
    public PooledClassifier(
            ParameterSet parameters, NodeEncoder encoder, Function<GraphBatch, NDArray> adjacency, MlpHead head) {
        this.parameters = parameters;
        this.encoder = encoder;
        this.adjacency = adjacency;
        this.head = head;
    }

    @Override
    public NDArray forward(GraphBatch batch, boolean training) {
        NDArray nodes = encoder.encode(batch.features(), adjacency.apply(batch));
        return head.forward(batch.graphPool().matMul(nodes), training);
    }

    @Override
    public NDArray embed(GraphBatch batch) {
        return encoder.encode(batch.features(), adjacency.apply(batch));
    }

    @Override
    public ParameterSet parameters() {
        return parameters;
    }
}
