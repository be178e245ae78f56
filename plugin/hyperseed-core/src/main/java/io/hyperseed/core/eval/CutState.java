package io.hyperseed.core.eval;

import io.hyperseed.core.model.Hypergraph;

/**
 * The weighted cut of a {@link Hypergraph} under a side assignment, kept up to date under single-vertex flips.
 *
 * <p>Per hyperedge it caches the number of pins on side {@code true}; a hyperedge of size {@code s} is cut when
 * that count is strictly between 0 and {@code s}. {@link #flipDelta} and {@link #flip} cost {@code O(deg(v))};
 * construction and {@link #reset} {@code O(sum |e|)}. When every hyperedge has at most two vertices (a graph),
 * deltas are computed from a neighbour list instead ({@code delta = sum_u w(v,u) * (same side ? 1 : -1)}), which
 * avoids the per-edge counters in the hot loop. Not thread-safe.
 */
public final class CutState {

    private final int[] vertexOffsets;
    private final int[] vertexEdges;
    private final int[] edgeSizes;
    private final double[] weights;
    private final int[] edgeOffsets;
    private final int[] pins;
    private final int[] onesInEdge;
    private final boolean[] side;
    private final int[] neighbours;
    private final double[] neighbourWeights;
    private final int[] integerNeighbourWeights;
    private final byte[] sideBits;
    private double cut;

    /** A state at {@code start} (copied). */
    public CutState(Hypergraph graph, boolean[] start) {
        this.vertexOffsets = graph.vertexOffsetArray();
        this.vertexEdges = graph.vertexEdgeArray();
        this.edgeOffsets = graph.edgeOffsetArray();
        this.pins = graph.pinArray();
        this.weights = graph.edgeWeightArray();
        this.edgeSizes = new int[weights.length];
        for (int e = 0; e < weights.length; e++) {
            edgeSizes[e] = edgeOffsets[e + 1] - edgeOffsets[e];
        }
        this.onesInEdge = new int[weights.length];
        this.side = new boolean[graph.numVertices()];
        if (graph.isGraph()) {
            this.neighbours = new int[vertexEdges.length];
            this.neighbourWeights = new double[vertexEdges.length];
            for (int v = 0; v < side.length; v++) {
                for (int k = vertexOffsets[v]; k < vertexOffsets[v + 1]; k++) {
                    int e = vertexEdges[k];
                    int start0 = edgeOffsets[e];
                    // a size-1 hyperedge points at v itself and is never cut: weight 0
                    neighbours[k] = pins[start0] == v && edgeSizes[e] == 2 ? pins[start0 + 1] : pins[start0];
                    neighbourWeights[k] = edgeSizes[e] == 2 ? weights[e] : 0.0;
                }
            }
        } else {
            this.neighbours = null;
            this.neighbourWeights = null;
        }
        this.integerNeighbourWeights = neighbourWeights == null ? null : integerOrNull(neighbourWeights);
        this.sideBits = new byte[side.length];
        reset(start);
    }

    /** Moves to {@code assignment} (copied). {@code O(sum |e|)}. */
    public void reset(boolean[] assignment) {
        if (assignment.length != side.length) {
            throw new IllegalArgumentException("The assignment length (" + assignment.length
                    + ") differs from the number of vertices (" + side.length + ").");
        }
        System.arraycopy(assignment, 0, side, 0, side.length);
        for (int v = 0; v < side.length; v++) {
            sideBits[v] = (byte) (side[v] ? 1 : 0);
        }
        double sum = 0.0;
        for (int e = 0; e < weights.length; e++) {
            int count = 0;
            for (int k = edgeOffsets[e]; k < edgeOffsets[e + 1]; k++) {
                if (side[pins[k]]) {
                    count++;
                }
            }
            onesInEdge[e] = count;
            if (count > 0 && count < edgeSizes[e]) {
                sum += weights[e];
            }
        }
        cut = sum;
    }

    /** The current cut weight. */
    public double cut() {
        return cut;
    }

    /** The side of vertex {@code v}. */
    public boolean get(int v) {
        return side[v];
    }

    /** A copy of the sides. */
    public boolean[] assignment() {
        return side.clone();
    }

    /** The change of the cut if {@code v} moved to the other side. {@code O(deg(v))}. */
    public double flipDelta(int v) {
        if (neighbours != null) {
            return graphFlipDelta(v);
        }
        int step = side[v] ? -1 : 1;
        double delta = 0.0;
        int[] ones = onesInEdge;
        int[] sizes = edgeSizes;
        int[] edges = vertexEdges;
        for (int k = vertexOffsets[v], end = vertexOffsets[v + 1]; k < end; k++) {
            int e = edges[k];
            int before = ones[e];
            int after = before + step;
            int size = sizes[e];
            boolean wasCut = before > 0 && before < size;
            boolean isCut = after > 0 && after < size;
            if (wasCut != isCut) {
                delta += isCut ? weights[e] : -weights[e];
            }
        }
        return delta;
    }

    // Branch-free: sides are random, so a data-dependent branch would mispredict half the time.
    // (1 - 2 (b_u xor b_v)) is +1 when u is on v's side (the edge becomes cut) and -1 otherwise.
    private double graphFlipDelta(int v) {
        int sv = sideBits[v];
        byte[] bits = sideBits;
        int[] nb = neighbours;
        int end = vertexOffsets[v + 1];
        if (integerNeighbourWeights != null) {
            int[] w = integerNeighbourWeights;
            long delta = 0;
            for (int k = vertexOffsets[v]; k < end; k++) {
                delta += w[k] * (1 - ((bits[nb[k]] ^ sv) << 1));
            }
            return delta;
        }
        double[] w = neighbourWeights;
        double delta = 0.0;
        for (int k = vertexOffsets[v]; k < end; k++) {
            delta += w[k] * (1 - ((bits[nb[k]] ^ sv) << 1));
        }
        return delta;
    }

    private static int[] integerOrNull(double[] weights) {
        int[] result = new int[weights.length];
        for (int k = 0; k < weights.length; k++) {
            double w = weights[k];
            if (w != Math.rint(w) || Math.abs(w) > (1 << 20)) {
                return null;
            }
            result[k] = (int) w;
        }
        return result;
    }

    /** Moves {@code v} to the other side; returns the change of the cut. One pass over the incident edges. */
    public double flip(int v) {
        int step = side[v] ? -1 : 1;
        double delta = 0.0;
        int[] ones = onesInEdge;
        int[] sizes = edgeSizes;
        int[] edges = vertexEdges;
        for (int k = vertexOffsets[v], end = vertexOffsets[v + 1]; k < end; k++) {
            int e = edges[k];
            int before = ones[e];
            int after = before + step;
            ones[e] = after;
            int size = sizes[e];
            boolean wasCut = before > 0 && before < size;
            boolean isCut = after > 0 && after < size;
            if (wasCut != isCut) {
                delta += isCut ? weights[e] : -weights[e];
            }
        }
        side[v] = !side[v];
        sideBits[v] ^= 1;
        cut += delta;
        return delta;
    }
}
