package io.hyperseed.graphap.data;

import java.util.Arrays;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * One undirected simple graph of a classification set: nodes {@code 0..nodeCount-1}, each undirected edge stored
 * once as {@code (edgeSources[e], edgeTargets[e])} with source &lt; target, an integer node label per node (a
 * feature index in {@code 0..featureCount-1} of the data set) and a class index.
 *
 * <p>Immutable: arrays are cloned on the way in and out. Memory O(n + m).
 *
 * @param nodeCount number of nodes, at least 1
 * @param edgeSources smaller endpoint of each edge
 * @param edgeTargets larger endpoint of each edge
 * @param nodeLabels feature index of each node
 * @param label class index, at least 0
 */
public record LabeledGraph(int nodeCount, int[] edgeSources, int[] edgeTargets, int[] nodeLabels, int label) {

    /** Checks the invariants and takes defensive copies. */
    public LabeledGraph {
        if (nodeCount < 1) {
            throw new IllegalArgumentException("A graph needs at least one node (nodeCount " + nodeCount
                    + "). Maybe the graph indicator skips it?");
        }
        if (edgeSources.length != edgeTargets.length) {
            throw new IllegalArgumentException("Edge endpoint arrays differ in length (" + edgeSources.length + " vs "
                    + edgeTargets.length + "). Maybe one array was truncated?");
        }
        if (nodeLabels.length != nodeCount) {
            throw new IllegalArgumentException("Node label count (" + nodeLabels.length + ") differs from nodeCount ("
                    + nodeCount + "). Maybe the labels belong to another graph?");
        }
        if (label < 0) {
            throw new IllegalArgumentException("Class index must be non-negative (" + label
                    + "). Maybe the raw label was not mapped to an index?");
        }
        for (int e = 0; e < edgeSources.length; e++) {
            int s = edgeSources[e];
            int t = edgeTargets[e];
            if (s < 0 || t >= nodeCount || s >= t) {
                throw new IllegalArgumentException(
                        "Edge " + e + " (" + s + ", " + t + ") must satisfy 0 <= source < target < " + nodeCount
                                + ". Maybe a self-loop or an unsorted pair?");
            }
        }
        edgeSources = edgeSources.clone();
        edgeTargets = edgeTargets.clone();
        nodeLabels = nodeLabels.clone();
    }

    /** @return number of undirected edges */
    public int edgeCount() {
        return edgeSources.length;
    }

    @Override
    public int[] edgeSources() {
        return edgeSources.clone();
    }

    @Override
    public int[] edgeTargets() {
        return edgeTargets.clone();
    }

    @Override
    public int[] nodeLabels() {
        return nodeLabels.clone();
    }

    /** @return source of edge {@code e}, without copying */
    public int source(int e) {
        return edgeSources[e];
    }

    /** @return target of edge {@code e}, without copying */
    public int target(int e) {
        return edgeTargets[e];
    }

    /** @return node label of node {@code v}, without copying */
    public int nodeLabel(int v) {
        return nodeLabels[v];
    }

    /** @return degree of every node, O(n + m) */
    public int[] degrees() {
        int[] degree = new int[nodeCount];
        for (int e = 0; e < edgeSources.length; e++) {
            degree[edgeSources[e]]++;
            degree[edgeTargets[e]]++;
        }
        return degree;
    }

    /** @return a new JGraphT simple graph with vertices {@code 0..n-1}, O(n + m) */
    public Graph<Integer, DefaultEdge> toJGraphT() {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < nodeCount; v++) {
            graph.addVertex(v);
        }
        for (int e = 0; e < edgeSources.length; e++) {
            graph.addEdge(edgeSources[e], edgeTargets[e]);
        }
        return graph;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabeledGraph g
                && nodeCount == g.nodeCount
                && label == g.label
                && Arrays.equals(edgeSources, g.edgeSources)
                && Arrays.equals(edgeTargets, g.edgeTargets)
                && Arrays.equals(nodeLabels, g.nodeLabels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(edgeSources) + Arrays.hashCode(edgeTargets))
                + Arrays.hashCode(nodeLabels)
                + nodeCount * 7
                + label;
    }

    @Override
    public String toString() {
        return "LabeledGraph[n=" + nodeCount + ", m=" + edgeSources.length + ", label=" + label + "]";
    }
}
