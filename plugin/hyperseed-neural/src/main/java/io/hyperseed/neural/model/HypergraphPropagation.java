package io.hyperseed.neural.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.hyperseed.neural.data.ProblemHypergraph;
import io.hyperseed.neural.loss.SparseMatrices;

/**
 * HGNN+ two-stage mean message passing on a hypergraph with incidence matrix {@code H [n x m]}:
 * vertex to hyperedge (mean over each hyperedge's vertices, {@code D_e^-1 H^T}) then hyperedge to vertex (mean
 * over each vertex's hyperedges, {@code D_v^-1 H}), i.e. {@code Y -> D_v^-1 H D_e^-1 H^T Y}. The operator is
 * row-stochastic (rows sum to 1), so it commutes with adding a bias.
 *
 * <p>Stored as two sparse COO matrices of {@code P} entries each ({@code P} pins); applying it to
 * {@code Y [n x c]} costs {@code O(P c)} and keeps gradients for {@code Y}.
 */
public final class HypergraphPropagation {

    private final NDArray vertexFromEdges;
    private final NDArray edgesFromVertices;
    private final int numVertices;

    /** Uploads the two normalised incidence matrices of {@code graph} into {@code manager}. */
    public HypergraphPropagation(ProblemHypergraph graph, NDManager manager) {
        int n = graph.numVertices();
        int m = graph.numEdges();
        int[] offsets = graph.edgeOffsetArray();
        int[] pins = graph.pinArray();
        int[] degrees = graph.vertexDegrees();
        long[] vertexIds = new long[pins.length];
        long[] edgeIds = new long[pins.length];
        float[] edgeMean = new float[pins.length];
        float[] vertexMean = new float[pins.length];
        for (int e = 0; e < m; e++) {
            int size = offsets[e + 1] - offsets[e];
            for (int k = offsets[e]; k < offsets[e + 1]; k++) {
                vertexIds[k] = pins[k];
                edgeIds[k] = e;
                edgeMean[k] = 1f / size;
                vertexMean[k] = 1f / degrees[pins[k]];
            }
        }
        this.edgesFromVertices = SparseMatrices.coo(manager, m, n, edgeIds, vertexIds, edgeMean);
        this.vertexFromEdges = SparseMatrices.coo(manager, n, m, vertexIds, edgeIds, vertexMean);
        this.numVertices = n;
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
}
