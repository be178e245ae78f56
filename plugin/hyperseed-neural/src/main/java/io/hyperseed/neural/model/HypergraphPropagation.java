package io.hyperseed.neural.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.neural.tensor.SparseMatrices;

/**
 * HGNN+ two-stage mean message passing on a hypergraph with incidence matrix {@code H [n x m]}:
 * vertex to hyperedge (mean over each hyperedge's vertices, {@code D_e^-1 H^T}) then hyperedge to vertex (mean
 * over each vertex's hyperedges, {@code D_v^-1 H}), i.e. {@code Y -> D_v^-1 H D_e^-1 H^T Y}. Edge weights are
 * ignored (unweighted, as in the seed). Every vertex must lie in at least one hyperedge (the
 * {@link io.hyperseed.neural.data.ProblemHypergraph} rule); then the operator is row-stochastic (rows sum to 1),
 * so it commutes with adding a bias.
 *
 * <p>Stored as two sparse COO matrices of {@code P} entries each ({@code P} pins; 20 bytes per entry in PyTorch:
 * two {@code int64} indices and one {@code float}); applying it to {@code Y [n x c]} costs {@code O(P c)} time,
 * {@code O((m + n) c)} memory, and keeps gradients for {@code Y}.
 */
public final class HypergraphPropagation {

    private final NDArray vertexFromEdges;
    private final NDArray edgesFromVertices;
    private final int numVertices;
    private final int[] edgeOffsets;
    private final int[] pins;
    private final int[] degrees;

    /** Uploads the two normalised incidence matrices of {@code graph} into {@code manager}. */
    public HypergraphPropagation(Hypergraph graph, NDManager manager) {
        int n = graph.numVertices();
        int m = graph.numEdges();
        int[] offsets = graph.edgeOffsetArray();
        int[] pins = graph.pinArray();
        long[] vertexIds = new long[pins.length];
        long[] edgeIds = new long[pins.length];
        float[] edgeMean = new float[pins.length];
        float[] vertexMean = new float[pins.length];
        for (int e = 0; e < m; e++) {
            int size = offsets[e + 1] - offsets[e];
            for (int k = offsets[e]; k < offsets[e + 1]; k++) {
                int v = pins[k];
                vertexIds[k] = v;
                edgeIds[k] = e;
                edgeMean[k] = 1f / size;
                vertexMean[k] = 1f / graph.vertexDegree(v);
            }
        }
        for (int v = 0; v < n; v++) {
            if (graph.vertexDegree(v) == 0) {
                throw new IllegalArgumentException("The vertex (" + v + ") lies in no hyperedge, so its mean "
                        + "aggregation is undefined. Maybe build the graph with ProblemHypergraph.of?");
            }
        }
        this.edgesFromVertices = SparseMatrices.coo(manager, m, n, edgeIds, vertexIds, edgeMean);
        this.vertexFromEdges = SparseMatrices.coo(manager, n, m, vertexIds, edgeIds, vertexMean);
        this.numVertices = n;
        this.edgeOffsets = offsets;
        this.pins = pins;
        this.degrees = new int[n];
        for (int v = 0; v < n; v++) {
            degrees[v] = graph.vertexDegree(v);
        }
    }

    /** The number of vertices {@code n}. */
    public int numVertices() {
        return numVertices;
    }

    /**
     * {@code D_v^-1 H D_e^-1 H^T y} for {@code y [n x c]}: shape {@code [n x c]}, attached to the manager of the
     * matrices (temp-attach them to a step manager to keep results there).
     */
    public NDArray apply(NDArray y) {
        return vertexFromEdges.matMul(edgesFromVertices.matMul(y));
    }

    /**
     * The same operator on the host, for constant inputs such as the fixed features: {@code y} is
     * {@code [n x c]} row-major, the result too. Plain loops over the CSR arrays, {@code O(P c)} time and
     * {@code O(m c)} extra memory; several times faster than PyTorch's COO product on CPU, and it needs no native
     * memory for the intermediate.
     */
    public float[] applyOnHost(float[] y, int c) {
        if (y.length != (long) numVertices * c) {
            throw new IllegalArgumentException(
                    "The input has " + y.length + " values, not n x c (" + numVertices + " x " + c + ").");
        }
        int m = edgeOffsets.length - 1;
        float[] edgeMeans = new float[Math.multiplyExact(m, c)];
        for (int e = 0; e < m; e++) {
            int size = edgeOffsets[e + 1] - edgeOffsets[e];
            int row = e * c;
            for (int k = edgeOffsets[e]; k < edgeOffsets[e + 1]; k++) {
                int from = pins[k] * c;
                for (int j = 0; j < c; j++) {
                    edgeMeans[row + j] += y[from + j];
                }
            }
            float inverse = 1f / size;
            for (int j = 0; j < c; j++) {
                edgeMeans[row + j] *= inverse;
            }
        }
        float[] out = new float[y.length];
        for (int e = 0; e < m; e++) {
            int row = e * c;
            for (int k = edgeOffsets[e]; k < edgeOffsets[e + 1]; k++) {
                int to = pins[k] * c;
                for (int j = 0; j < c; j++) {
                    out[to + j] += edgeMeans[row + j];
                }
            }
        }
        for (int v = 0; v < numVertices; v++) {
            float inverse = 1f / degrees[v];
            int row = v * c;
            for (int j = 0; j < c; j++) {
                out[row + j] *= inverse;
            }
        }
        return out;
    }
}
