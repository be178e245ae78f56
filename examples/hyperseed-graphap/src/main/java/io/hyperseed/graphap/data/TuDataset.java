package io.hyperseed.graphap.data;

import java.util.List;

/**
 * A graph-classification collection read from TUDataset files. Raw node labels are mapped to feature indices
 * {@code 0..featureCount-1} and raw graph labels to class indices {@code 0..classCount-1}, both in ascending order of
 * the raw value (MUTAG: -1 to 0, 1 to 1, as PyTorch Geometric does).
 *
 * @param name data set name (file prefix), e.g. {@code MUTAG}
 * @param graphs graphs in file order
 * @param featureCount number of distinct node labels (one-hot width); 1 when the set has no node labels
 * @param rawClassLabels raw graph label of each class index
 */
public record TuDataset(String name, List<LabeledGraph> graphs, int featureCount, List<Integer> rawClassLabels) {

    /** Checks the invariants and takes defensive copies. */
    public TuDataset {
        graphs = List.copyOf(graphs);
        rawClassLabels = List.copyOf(rawClassLabels);
        if (graphs.isEmpty()) {
            throw new IllegalArgumentException("Data set (" + name + ") has no graphs. Maybe the wrong folder?");
        }
        if (featureCount < 1) {
            throw new IllegalArgumentException("featureCount must be positive (" + featureCount + ").");
        }
        for (LabeledGraph graph : graphs) {
            if (graph.label() >= rawClassLabels.size()) {
                throw new IllegalArgumentException("Graph class index (" + graph.label() + ") exceeds class count ("
                        + rawClassLabels.size() + "). Maybe rawClassLabels is incomplete?");
            }
        }
    }

    /** @return number of classes */
    public int classCount() {
        return rawClassLabels.size();
    }

    /** @return total number of nodes over all graphs */
    public long totalNodes() {
        return graphs.stream().mapToLong(LabeledGraph::nodeCount).sum();
    }

    /** @return total number of undirected edges over all graphs */
    public long totalEdges() {
        return graphs.stream().mapToLong(LabeledGraph::edgeCount).sum();
    }

    /** @return number of graphs of each class index */
    public int[] classSizes() {
        int[] sizes = new int[classCount()];
        graphs.forEach(g -> sizes[g.label()]++);
        return sizes;
    }
}
