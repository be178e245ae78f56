package io.hyperseed.graphap.similarity;

import io.hyperseed.graphap.data.LabeledGraph;
import org.jspecify.annotations.Nullable;

/**
 * Node similarity of the graph-ap study:
 * {@code S(s,e) = g * P(s,e) + (1 - g) * A(s,e)} with the proximity {@code P = exp(-d(s,e))} ({@code d} the hop
 * distance, {@link ShortestPathDistances}) and the asymmetry {@code A = (H(s,e) - H(e,s))^2} ({@code H} the random-walk
 * hitting times, {@link HittingTimes}), each first put on a scale by {@link SimilarityScaling} (the original study:
 * {@link SimilarityScaling#RAW}). The walk is the simple one, or, given edge weights, the weighted one (the original
 * recomputes the similarity from a graph that carries the current node embeddings, with weights from their distances).
 *
 * <p>Disconnected pairs: {@code d = infinity} gives a proximity of 0, and hitting times exist only inside a connected
 * component, so the asymmetry of a pair in different components is 0 as well: {@code S = 0}. The diagonal is
 * {@code g} (d = 0, H = 0); affinity propagation overwrites it with its preference. Symmetric. Time O(n (n + m) +
 * sum of component sizes cubed + scaling), memory O(n^2).
 *
 * @param distanceWeight g in [0, 1]; the study uses 0.8
 * @param scaling how both parts are scaled before weighting
 */
public record StructuralSimilarity(double distanceWeight, SimilarityScaling scaling) {

    /** The study's weight g = 0.8. */
    public static final double STUDY_DISTANCE_WEIGHT = 0.8;

    /** Checks g. */
    public StructuralSimilarity {
        if (!(distanceWeight >= 0 && distanceWeight <= 1)) {
            throw new IllegalArgumentException("distanceWeight must lie in [0, 1] (" + distanceWeight
                    + "). Maybe you meant " + STUDY_DISTANCE_WEIGHT + "?");
        }
    }

    /** @param distanceWeight g, with the original's raw scaling */
    public StructuralSimilarity(double distanceWeight) {
        this(distanceWeight, SimilarityScaling.RAW);
    }

    /** @return the original study's similarity, g = 0.8, raw scaling */
    public static StructuralSimilarity study() {
        return new StructuralSimilarity(STUDY_DISTANCE_WEIGHT, SimilarityScaling.RAW);
    }

    /**
     * @param graph the graph
     * @return n x n symmetric similarity matrix, simple random walk
     */
    public double[][] compute(LabeledGraph graph) {
        return compute(graph, null);
    }

    /**
     * @param graph the graph
     * @param edgeWeights positive weight of every edge for the random walk, or null for the simple walk
     * @return n x n symmetric similarity matrix
     */
    public double[][] compute(LabeledGraph graph, double @Nullable [] edgeWeights) {
        double[][] distance = new ShortestPathDistances().compute(graph);
        double[][] hitting = new HittingTimes().compute(graph, edgeWeights);
        int n = graph.nodeCount();
        double[][] proximity = new double[n][n];
        double[][] asymmetry = new double[n][n];
        boolean[][] connected = new boolean[n][n];
        for (int s = 0; s < n; s++) {
            for (int e = 0; e < n; e++) {
                if (Double.isInfinite(distance[s][e])) {
                    continue;
                }
                proximity[s][e] = Math.exp(-distance[s][e]);
                double difference = hitting[s][e] - hitting[e][s];
                asymmetry[s][e] = difference * difference;
                connected[s][e] = s != e;
            }
        }
        scaling.scale(proximity, connected);
        scaling.scale(asymmetry, connected);
        double[][] similarity = new double[n][n];
        for (int s = 0; s < n; s++) {
            for (int e = 0; e < n; e++) {
                if (connected[s][e]) {
                    similarity[s][e] = distanceWeight * proximity[s][e] + (1 - distanceWeight) * asymmetry[s][e];
                }
            }
            similarity[s][s] = distanceWeight;
        }
        return similarity;
    }
}
