package io.hyperseed.graphap.similarity;

import io.hyperseed.graphap.data.LabeledGraph;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;

/**
 * All-pairs hop distances of an unweighted graph by one JGraphT breadth-first search per source; unreachable pairs
 * get {@link Double#POSITIVE_INFINITY}. Time O(n (n + m)), memory O(n^2).
 */
public final class ShortestPathDistances {

    /**
     * @param graph the graph
     * @return {@code d[s][t]}: number of edges on a shortest s-t path, infinity when t is unreachable from s
     */
    public double[][] compute(LabeledGraph graph) {
        Graph<Integer, DefaultEdge> jgrapht = graph.toJGraphT();
        BFSShortestPath<Integer, DefaultEdge> bfs = new BFSShortestPath<>(jgrapht);
        int n = graph.nodeCount();
        double[][] distance = new double[n][n];
        for (int s = 0; s < n; s++) {
            SingleSourcePaths<Integer, DefaultEdge> paths = bfs.getPaths(s);
            for (int t = 0; t < n; t++) {
                distance[s][t] = paths.getWeight(t);
            }
        }
        return distance;
    }
}
