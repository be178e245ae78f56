package io.hyperseed.graphap.similarity;

import io.hyperseed.graphap.data.LabeledGraph;

/**
 * Node similarity of the graph-ap study:
 * {@code S(s,e) = g * exp(-d(s,e)) + (1 - g) * (H(s,e) - H(e,s))^2}, with {@code d} the hop distance
 * ({@link ShortestPathDistances}) and {@code H} the random-walk hitting times ({@link HittingTimes}).
 *
 * <p>Disconnected pairs: {@code d = infinity} gives an exp term of 0, and hitting times exist only inside a connected
 * component, so the hitting term of a pair in different components is 0 as well: {@code S = 0}. The diagonal is
 * {@code g} (d = 0, H = 0); affinity propagation overwrites it with its preference. Symmetric. Time O(n (n + m) +
 * sum of component sizes cubed), memory O(n^2).
 *
 * @param distanceWeight g in [0, 1]; the study uses 0.8
 */
public record StructuralSimilarity(double distanceWeight) {

    /** The study's weight g = 0.8. */
    public static final double STUDY_DISTANCE_WEIGHT = 0.8;

    /** Checks g. */
    public StructuralSimilarity {
        if (!(distanceWeight >= 0 && distanceWeight <= 1)) {
            throw new IllegalArgumentException("distanceWeight must lie in [0, 1] (" + distanceWeight
                    + "). Maybe you meant " + STUDY_DISTANCE_WEIGHT + "?");
        }
    }

    /** @return the study's similarity, g = 0.8 */
    public static StructuralSimilarity study() {
        return new StructuralSimilarity(STUDY_DISTANCE_WEIGHT);
    }

    /**
     * @param graph the graph
     * @return n x n symmetric similarity matrix
     */
    public double[][] compute(LabeledGraph graph) {
        double[][] distance = new ShortestPathDistances().compute(graph);
        double[][] hitting = new HittingTimes().compute(graph);
        int n = graph.nodeCount();
        double[][] similarity = new double[n][n];
        for (int s = 0; s < n; s++) {
            for (int e = 0; e < n; e++) {
                double proximity = Double.isInfinite(distance[s][e]) ? 0 : Math.exp(-distance[s][e]);
                double asymmetry = Double.isInfinite(hitting[s][e]) ? 0 : hitting[s][e] - hitting[e][s];
                similarity[s][e] = distanceWeight * proximity + (1 - distanceWeight) * asymmetry * asymmetry;
            }
        }
        return similarity;
    }
}
