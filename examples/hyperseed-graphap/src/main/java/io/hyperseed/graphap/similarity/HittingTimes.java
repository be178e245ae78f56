package io.hyperseed.graphap.similarity;

import io.hyperseed.graphap.data.LabeledGraph;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jspecify.annotations.Nullable;

/**
 * Exact expected hitting times {@code H(s, e)} of the random walk on a graph: the expected number of steps from
 * {@code s} until the walk first reaches {@code e}. The walk steps to a neighbour uniformly, or, with positive symmetric
 * edge weights {@code w}, with probability {@code w(v,u) / sum of w(v,.)} (a reversible walk; degrees become weighted
 * degrees below). Computed per connected component (found with
 * JGraphT) from the Laplacian pseudo-inverse {@code L+ = (L + J/k)^-1 - J/k} of the component (k nodes), which one
 * LU linear solve gives exactly, and the identity (see Lovász 1993, "Random walks on graphs: a survey", Section 3)
 * {@code H(s,e) = sum_k d_k (L+[s][k] - L+[e][k]) + vol (L+[e][e] - L+[s][e])}, vol = sum of degrees.
 *
 * <p>Pairs in different components never meet: {@link Double#POSITIVE_INFINITY}. {@code H(v, v) = 0}. Time O(sum of
 * k^3) over components, memory O(n^2).
 */
public final class HittingTimes {

    /**
     * @param graph the graph
     * @return {@code h[s][e]}, infinity across components
     */
    public double[][] compute(LabeledGraph graph) {
        return compute(graph, null);
    }

    /**
     * @param graph the graph
     * @param edgeWeights positive weight of every edge (index as in {@link LabeledGraph#source(int)}), or null for the
     *     simple walk
     * @return {@code h[s][e]}, infinity across components
     */
    public double[][] compute(LabeledGraph graph, double @Nullable [] edgeWeights) {
        double[] weights = edgeWeights == null ? ones(graph.edgeCount()) : edgeWeights;
        if (weights.length != graph.edgeCount()) {
            throw new IllegalArgumentException("Expected one weight per edge (" + weights.length + " weights for "
                    + graph.edgeCount() + " edges). Maybe the weights belong to another graph?");
        }
        for (int e = 0; e < weights.length; e++) {
            if (!(weights[e] > 0) || Double.isInfinite(weights[e])) {
                throw new IllegalArgumentException("Edge weights must be positive and finite (edge " + e + ": "
                        + weights[e] + "). Maybe add a small floor to distances?");
            }
        }
        int n = graph.nodeCount();
        double[][] hitting = new double[n][n];
        for (double[] row : hitting) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        double[] degree = new double[n];
        for (int e = 0; e < graph.edgeCount(); e++) {
            degree[graph.source(e)] += weights[e];
            degree[graph.target(e)] += weights[e];
        }
        List<Set<Integer>> components = new ConnectivityInspector<>(graph.toJGraphT()).connectedSets();
        for (Set<Integer> component : components) {
            int[] nodes =
                    component.stream().mapToInt(Integer::intValue).sorted().toArray();
            solveComponent(graph, weights, degree, nodes, hitting);
        }
        return hitting;
    }

    private static double[] ones(int count) {
        double[] ones = new double[count];
        Arrays.fill(ones, 1);
        return ones;
    }

    private static void solveComponent(
            LabeledGraph graph, double[] weights, double[] degree, int[] nodes, double[][] hitting) {
        int k = nodes.length;
        if (k == 1) {
            hitting[nodes[0]][nodes[0]] = 0;
            return;
        }
        int[] local = new int[graph.nodeCount()];
        Arrays.fill(local, -1);
        for (int i = 0; i < k; i++) {
            local[nodes[i]] = i;
        }
        double shift = 1.0 / k;
        double[][] shifted = new double[k][k];
        for (double[] row : shifted) {
            Arrays.fill(row, shift);
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = local[graph.source(e)];
            if (a < 0) {
                continue;
            }
            int b = local[graph.target(e)];
            double w = weights[e];
            shifted[a][b] -= w;
            shifted[b][a] -= w;
            shifted[a][a] += w;
            shifted[b][b] += w;
        }
        double[][] pseudo = new LuDecomposition(shifted).inverse();
        double volume = 0;
        double[] weighted = new double[k];
        for (int i = 0; i < k; i++) {
            volume += degree[nodes[i]];
            for (int j = 0; j < k; j++) {
                pseudo[i][j] -= shift;
            }
        }
        for (int i = 0; i < k; i++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += degree[nodes[j]] * pseudo[i][j];
            }
            weighted[i] = sum;
        }
        for (int s = 0; s < k; s++) {
            for (int e = 0; e < k; e++) {
                double value = s == e ? 0 : weighted[s] - weighted[e] + volume * (pseudo[e][e] - pseudo[s][e]);
                hitting[nodes[s]][nodes[e]] = value;
            }
        }
    }
}
