package io.hyperseed.graphap.model;

/**
 * Widths and depths of the study's models (see {@code Hyperparameters} for the presets).
 *
 * @param featureCount one-hot node feature width F
 * @param classCount number of classes
 * @param hidden embedding and MLP width (64)
 * @param layers GCN/GIN layers of the whole-graph encoder (tuned 3, original 2)
 * @param communityLayers GCN layers of the community branch (Experiment only)
 * @param topK communities kept by the attention (1)
 * @param dropout drop probability in the MLP head
 */
public record ModelShape(
        int featureCount, int classCount, int hidden, int layers, int communityLayers, int topK, float dropout) {

    /** Checks the sizes. */
    public ModelShape {
        if (featureCount < 1 || classCount < 2 || hidden < 1 || layers < 1 || communityLayers < 1 || topK < 1) {
            throw new IllegalArgumentException("Invalid model shape (features " + featureCount + ", classes "
                    + classCount
                    + ", hidden " + hidden + ", layers " + layers + ", communityLayers " + communityLayers + ", topK "
                    + topK + "). Maybe the data set has a single class?");
        }
    }
}
