package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.Random;

/** The three models of the study, by their command-line ids. */
public enum ModelKind {

    /** 3 GCN layers, mean pool, MLP. */
    GCN("gcn", "Base GCN"),
    /** 3 GIN-0 layers, mean pool, MLP. */
    GIN("gin", "Base GIN"),
    /** GCN plus affinity-propagation communities with top-k attention. */
    EXPERIMENT("experiment", "Experiment"),
    /** The Experiment with a GIN backbone, as in the original study's final MUTAG comparison (not in the issue). */
    EXPERIMENT_GIN("experiment-gin", "Experiment (GIN backbone)");

    private final String id;
    private final String title;

    ModelKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** @return the id used in options and files, e.g. {@code gcn} */
    public String id() {
        return id;
    }

    /** @return the human-readable name, e.g. {@code Base GCN} */
    public String title() {
        return title;
    }

    /** @return whether the model reads communities */
    public boolean needsCommunities() {
        return this == EXPERIMENT || this == EXPERIMENT_GIN;
    }

    /**
     * @param id one of {@code gcn}, {@code gin}, {@code experiment}
     * @return the kind
     */
    public static ModelKind of(String id) {
        for (ModelKind kind : values()) {
            if (kind.id.equalsIgnoreCase(id.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown model (" + id + "). Maybe one of "
                + Arrays.stream(values()).map(ModelKind::id).toList() + "?");
    }

    /**
     * Builds a fresh model.
     *
     * @param manager parent manager of the parameters
     * @param shape widths and depths
     * @param random source of the initial weights
     * @return the model; close it to free its parameters
     */
    public GraphClassifier create(NDManager manager, ModelShape shape, Random random) {
        ParameterSet parameters = new ParameterSet(manager, random);
        return switch (this) {
            case GCN ->
                new PooledClassifier(
                        parameters,
                        gcn(parameters, "gcn", shape),
                        GraphBatch::normalizedAdjacency,
                        head(parameters, shape));
            case GIN ->
                new PooledClassifier(
                        parameters, gin(parameters, "gin", shape), GraphBatch::adjacency, head(parameters, shape));
            case EXPERIMENT ->
                new CommunityAttentionClassifier(
                        parameters, shape, gcn(parameters, "global", shape), GraphBatch::normalizedAdjacency);
            case EXPERIMENT_GIN ->
                new CommunityAttentionClassifier(
                        parameters, shape, gin(parameters, "global", shape), GraphBatch::adjacency);
        };
    }

    private static NodeEncoder gcn(ParameterSet parameters, String name, ModelShape shape) {
        return new GcnEncoder(parameters, name, shape.featureCount(), shape.hidden(), shape.layers());
    }

    private static NodeEncoder gin(ParameterSet parameters, String name, ModelShape shape) {
        return new GinEncoder(parameters, name, shape.featureCount(), shape.hidden(), shape.layers());
    }

    private static MlpHead head(ParameterSet parameters, ModelShape shape) {
        return new MlpHead(parameters, "head", shape.hidden(), shape.hidden(), shape.classCount(), shape.dropout());
    }
}
