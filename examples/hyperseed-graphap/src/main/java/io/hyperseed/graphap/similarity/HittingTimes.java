package io.hyperseed.graphap.similarity;

import io.hyperseed.graphap.data.LabeledGraph;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jgrapht.alg.connectivity.ConnectivityInspector;

/**
 * Exact expected hitting times {@code H(s, e)} of the simple random walk (uniform step to a neighbour): the expected
 * number of steps from {@code s} until the walk first reaches {@code e}. Computed per connected component (found with
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
        int n = graph.nodeCount();
        double[][] hitting = new double[n][n];
        for (double[] row : hitting) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        int[] degree = graph.degrees();
        List<Set<Integer>> components = new ConnectivityInspector<>(graph.toJGraphT()).connectedSets();
        for (Set<Integer> component : components) {
            int[] nodes = component.stream().mapToInt(Integer::intValue).sorted().toArray();
            solveComponent(graph, degree, nodes, hitting);
        }
        return hitting;
    }

    private static void solveComponent(LabeledGraph graph, int[] degree, int[] nodes, double[][] hitting) {
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
            shifted[a][b] -= 1;
            shifted[b][a] -= 1;
            shifted[a][a] += 1;
            shifted[b][b] += 1;
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
