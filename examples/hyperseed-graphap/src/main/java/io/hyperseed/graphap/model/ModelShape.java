package io.hyperseed.graphap.model;

/**
 * Widths and depths of the study's models.
 *
 * @param featureCount one-hot node feature width F
 * @param classCount number of classes
 * @param hidden embedding and MLP width (study: 64)
 * @param layers GCN/GIN layers of the whole-graph encoder (study: 3)
 * @param communityLayers GCN layers of the community branch (Experiment only)
 * @param topK communities kept by the attention (study: 1)
 * @param dropout drop probability in the MLP head
 */
public record ModelShape(int featureCount, int classCount, int hidden, int layers, int communityLayers, int topK,
        float dropout) {

    /** Checks the sizes. */
    public ModelShape {
        if (featureCount < 1 || classCount < 2 || hidden < 1 || layers < 1 || communityLayers < 1 || topK < 1) {
            throw new IllegalArgumentException("Invalid model shape (features " + featureCount + ", classes " + classCount
                    + ", hidden " + hidden + ", layers " + layers + ", communityLayers " + communityLayers + ", topK "
                    + topK + "). Maybe the data set has a single class?");
        }
    }

    /**
     * @param featureCount one-hot width
     * @param classCount number of classes
     * @return the study's shape: hidden 64, 3 layers, 2 community layers, top-1, dropout 0.5
     */
    public static ModelShape study(int featureCount, int classCount) {
        return new ModelShape(featureCount, classCount, 64, 3, 2, 1, 0.5f);
    }
}
