package io.hyperseed.graphap.model;

import io.hyperseed.graphap.cluster.Communities;
import io.hyperseed.graphap.data.LabeledGraph;

/**
 * A graph with its communities, the unit a mini-batch is made of.
 *
 * @param graph the graph
 * @param communities its communities (one community of all nodes for models that ignore them)
 */
public record GraphSample(LabeledGraph graph, Communities communities) {

    /** Checks that the communities cover the graph's nodes. */
    public GraphSample {
        if (communities.nodeCount() != graph.nodeCount()) {
            throw new IllegalArgumentException("Communities cover " + communities.nodeCount()
                    + " nodes but the graph has (" + graph.nodeCount() + "). Maybe they belong to another graph?");
        }
    }

    /** @return the sample with all nodes in one community */
    public static GraphSample withoutCommunities(LabeledGraph graph) {
        return new GraphSample(graph, new Communities(new int[graph.nodeCount()], 1));
    }
}
