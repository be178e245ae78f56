package io.hyperseed.graphap.cluster;

import io.hyperseed.graphap.data.LabeledGraph;

/**
 * Random-walk edge weights from node embeddings, for a graph that "carries" them (the original notebook's
 * transition probabilities: a step from v to neighbour u with probability proportional to the Euclidean distance
 * {@code ||h_v - h_u||}). The original gave a zero-distance edge probability 0, which can cut the walk apart (two
 * neighbours with the same label start at distance 0), so a floor of {@code floorShare} times the graph's mean edge
 * distance is added to every weight; a graph whose edges all have distance 0 gets the simple walk (weights 1), as the
 * original's uniform fallback. Symmetric weights keep the walk reversible, so {@code HittingTimes} stays exact. Time
 * O(m d).
 *
 * @param floorShare floor as a share of the mean edge distance, positive; the study uses 0.01
 */
public record EmbeddingWalkWeights(double floorShare) {

    /** Checks the floor. */
    public EmbeddingWalkWeights {
        if (!(floorShare > 0) || Double.isInfinite(floorShare)) {
            throw new IllegalArgumentException("floorShare must be positive (" + floorShare + "). Maybe 0.01?");
        }
    }

    /**
     * @param graph the graph
     * @param embeddings row-major {@code (n, width)} node embeddings of this graph
     * @param width embedding width
     * @return one positive weight per edge
     */
    public double[] weights(LabeledGraph graph, float[] embeddings, int width) {
        if (embeddings.length != graph.nodeCount() * width) {
            throw new IllegalArgumentException("Expected " + graph.nodeCount() + " x " + width + " embedding values ("
                    + embeddings.length + " given). Maybe the rows belong to another graph?");
        }
        int m = graph.edgeCount();
        double[] weights = new double[m];
        double sum = 0;
        for (int e = 0; e < m; e++) {
            int s = graph.source(e) * width;
            int t = graph.target(e) * width;
            double squared = 0;
            for (int k = 0; k < width; k++) {
                double d = embeddings[s + k] - embeddings[t + k];
                squared += d * d;
            }
            weights[e] = Math.sqrt(squared);
            sum += weights[e];
        }
        double floor = m == 0 ? 0 : floorShare * sum / m;
        boolean usable = floor > 0 && Double.isFinite(floor);
        for (int e = 0; e < m; e++) {
            weights[e] = usable ? weights[e] + floor : 1;
        }
        return weights;
    }
}
