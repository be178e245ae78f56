package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.hyperseed.graphap.cluster.Communities;
import io.hyperseed.graphap.data.LabeledGraph;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Assembles graphs into one {@link GraphBatch}: node ids are offset graph by graph so every adjacency is
 * block-diagonal and sparse (COO). Time and memory O(N + M) for N nodes and M edges in the batch.
 *
 * @param featureCount one-hot width F
 */
public record GraphBatchBuilder(int featureCount) {

    /** Checks F. */
    public GraphBatchBuilder {
        if (featureCount < 1) {
            throw new IllegalArgumentException("featureCount must be positive (" + featureCount + ").");
        }
    }

    /**
     * @param manager manager of the new arrays (a per-step sub-manager)
     * @param samples graphs with communities, at least one
     * @return the batch
     */
    public GraphBatch build(NDManager manager, List<GraphSample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("A batch needs at least one graph (0 given). Maybe the split is empty?");
        }
        int graphs = samples.size();
        int nodes = 0;
        int edges = 0;
        int communities = 0;
        for (GraphSample sample : samples) {
            nodes += sample.graph().nodeCount();
            edges += sample.graph().edgeCount();
            communities += sample.communities().count();
        }
        float[] features = new float[nodes * featureCount];
        Coo normalized = new Coo(2 * edges + nodes);
        Coo raw = new Coo(2 * edges);
        Coo intra = new Coo(2 * edges + nodes);
        Coo graphPool = new Coo(nodes);
        Coo communityPool = new Coo(nodes);
        float[] membership = new float[graphs * communities];
        long[] labels = new long[graphs];
        int[] labelValues = new int[graphs];

        int nodeOffset = 0;
        int communityOffset = 0;
        for (int b = 0; b < graphs; b++) {
            LabeledGraph graph = samples.get(b).graph();
            Communities split = samples.get(b).communities();
            int n = graph.nodeCount();
            int[] degree = graph.degrees();
            int[] intraDegree = new int[n];
            for (int e = 0; e < graph.edgeCount(); e++) {
                if (split.of(graph.source(e)) == split.of(graph.target(e))) {
                    intraDegree[graph.source(e)]++;
                    intraDegree[graph.target(e)]++;
                }
            }
            int[] sizes = split.sizes();
            for (int v = 0; v < n; v++) {
                int global = nodeOffset + v;
                int label = graph.nodeLabel(v);
                if (label >= featureCount) {
                    throw new IllegalArgumentException("Node label (" + label + ") is outside the one-hot width ("
                            + featureCount + "). Maybe the builder was made for another data set?");
                }
                features[global * featureCount + label] = 1;
                normalized.add(global, global, 1f / (degree[v] + 1));
                intra.add(global, global, 1f / (intraDegree[v] + 1));
                graphPool.add(b, global, 1f / n);
                int c = communityOffset + split.of(v);
                communityPool.add(c, global, 1f / sizes[split.of(v)]);
            }
            for (int e = 0; e < graph.edgeCount(); e++) {
                int s = graph.source(e);
                int t = graph.target(e);
                float weight = (float) (1 / Math.sqrt((degree[s] + 1.0) * (degree[t] + 1.0)));
                normalized.addSymmetric(nodeOffset + s, nodeOffset + t, weight);
                raw.addSymmetric(nodeOffset + s, nodeOffset + t, 1f);
                if (split.of(s) == split.of(t)) {
                    float intraWeight = (float) (1 / Math.sqrt((intraDegree[s] + 1.0) * (intraDegree[t] + 1.0)));
                    intra.addSymmetric(nodeOffset + s, nodeOffset + t, intraWeight);
                }
            }
            for (int c = 0; c < split.count(); c++) {
                membership[b * communities + communityOffset + c] = 1;
            }
            labels[b] = graph.label();
            labelValues[b] = graph.label();
            nodeOffset += n;
            communityOffset += split.count();
        }
        return new GraphBatch(
                manager.create(features, new Shape(nodes, featureCount)),
                normalized.toSparse(manager, nodes, nodes),
                raw.toSparse(manager, nodes, nodes),
                intra.toSparse(manager, nodes, nodes),
                graphPool.toSparse(manager, graphs, nodes),
                communityPool.toSparse(manager, communities, nodes),
                manager.create(membership, new Shape(graphs, communities)),
                manager.create(labels),
                labelValues);
    }

    /** Growing coordinate list. */
    private static final class Coo {
        private final long[] rows;
        private final long[] cols;
        private final float[] values;
        private int size;

        Coo(int capacity) {
            rows = new long[capacity];
            cols = new long[capacity];
            values = new float[capacity];
        }

        void add(int row, int col, float value) {
            rows[size] = row;
            cols[size] = col;
            values[size] = value;
            size++;
        }

        void addSymmetric(int a, int b, float value) {
            add(a, b, value);
            add(b, a, value);
        }

        /** Sparse COO (dense zeros when empty); createCoo may keep pointing at its buffers, so the result is a duplicate. */
        NDArray toSparse(NDManager manager, int rowCount, int colCount) {
            if (size == 0) {
                return manager.zeros(new Shape(rowCount, colCount));
            }
            long[][] indices = {Arrays.copyOf(rows, size), Arrays.copyOf(cols, size)};
            FloatBuffer data = FloatBuffer.wrap(Arrays.copyOf(values, size));
            try (NDArray view = manager.createCoo(data, indices, new Shape(rowCount, colCount))) {
                return view.duplicate();
            }
        }
    }
}
