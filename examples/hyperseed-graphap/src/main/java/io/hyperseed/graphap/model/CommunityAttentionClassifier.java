package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import java.util.function.Function;

/**
 * The study's Experiment model. A backbone over the whole graph (GCN as the issue specifies; GIN as in the original
 * study's final notebook) gives node embeddings {@code H (N, d)} and the global mean pool {@code g (B, d)}; a second GCN over only the intra-community edges refines {@code H} and is mean-pooled per
 * community ({@code (C, d)}); {@link CommunityAttention} with {@code g} as query keeps the top-k communities; the MLP
 * head classifies {@code [g, attended] (B, 2d)}. Every branch is on the gradient path (checked by a test). Time
 * O(global GCN + community GCN + B C d).
 */
public final class CommunityAttentionClassifier implements GraphClassifier {

    /** Name prefix of the community-branch parameters. */
    public static final String COMMUNITY_PREFIX = "community";

    private final ParameterSet parameters;
    private final NodeEncoder global;
    private final Function<GraphBatch, NDArray> globalAdjacency;
    private final GcnEncoder community;
    private final CommunityAttention attention;
    private final MlpHead head;

    /**
     * @param parameters where the weights are created
     * @param shape widths and depths
     * @param global whole-graph backbone, created in {@code parameters}
     * @param globalAdjacency which adjacency of the batch the backbone reads
     */
    public CommunityAttentionClassifier(
            ParameterSet parameters,
            ModelShape shape,
            NodeEncoder global,
            Function<GraphBatch, NDArray> globalAdjacency) {
        this.parameters = parameters;
        this.global = global;
        this.globalAdjacency = globalAdjacency;
        this.community =
                new GcnEncoder(parameters, COMMUNITY_PREFIX, shape.hidden(), shape.hidden(), shape.communityLayers());
        this.attention = new CommunityAttention(parameters, "attention", shape.hidden(), shape.topK());
        this.head = new MlpHead(
                parameters, "head", 2 * shape.hidden(), shape.hidden(), shape.classCount(), shape.dropout());
    }

    @Override
    public NDArray forward(GraphBatch batch, boolean training) {
        NDArray nodes = global.encode(batch.features(), globalAdjacency.apply(batch));
        NDArray pooled = batch.graphPool().matMul(nodes);
        NDArray refined = community.encode(nodes, batch.communityAdjacency());
        NDArray communities = batch.communityPool().matMul(refined);
        NDArray attended = attention.attend(pooled, communities, batch.membership());
        return head.forward(NDArrays.concat(new NDList(pooled, attended), 1), training);
    }

    @Override
    public NDArray embed(GraphBatch batch) {
        return global.encode(batch.features(), globalAdjacency.apply(batch));
    }

    @Override
    public ParameterSet parameters() {
        return parameters;
    }
}
