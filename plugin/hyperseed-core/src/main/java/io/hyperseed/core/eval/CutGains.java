package io.hyperseed.core.eval;

import io.hyperseed.core.model.Hypergraph;

/**
 * {@link FlipGains} for hypergraph max-cut with integer (fixed-point) weights: the change of the cut weight that
 * flipping each vertex would make, kept in step with single-vertex flips, and the best vertices in a {@link GainHeap}.
 *
 * <p>Per hyperedge {@code e} of size {@code s} it keeps {@code c_e}, the number of pins on side {@code true}. A pin on
 * side {@code true} gains {@code w_e (cut(c_e - 1) - cut(c_e))} from {@code e}, a pin on side {@code false}
 * {@code w_e (cut(c_e + 1) - cut(c_e))}, where {@code cut(c) = [0 < c < s]}; both are zero unless {@code c_e} is within
 * one of 0 or {@code s}. So a flip of {@code v} revisits the pins of an incident hyperedge only when its count is near
 * a boundary before or after: {@link #flip} costs {@code O(sum over e ∋ v of (|e| if near a boundary, else 1))}
 * heap updates of {@code O(log n)} each — {@code O(deg(v) log n)} on graphs. Construction and {@link #reset}:
 * {@code O(sum |e| + n)}. Not thread-safe.
 */
public final class CutGains implements FlipGains {

    /** Integers up to 2^53 are exact in a {@code double}. */
    private static final double MAX_EXACT = 0x1p53;

    private final int[] vertexOffsets;
    private final int[] vertexEdges;
    private final int[] edgeOffsets;
    private final int[] pins;
    private final long[] weights;
    private final int[] ones;
    private final boolean[] side;
    private final GainHeap heap;

    /**
     * Gains of {@code graph} at {@code assignment} (copied). Every weight must be an integer (scale real weights
     * first, see {@link FixedPoint}).
     *
     * @throws IllegalArgumentException when a weight is not an integer or the assignment has the wrong length
     */
    public CutGains(Hypergraph graph, boolean[] assignment) {
        this.vertexOffsets = graph.vertexOffsetArray();
        this.vertexEdges = graph.vertexEdgeArray();
        this.edgeOffsets = graph.edgeOffsetArray();
        this.pins = graph.pinArray();
        double[] w = graph.edgeWeightArray();
        this.weights = new long[w.length];
        for (int e = 0; e < w.length; e++) {
            if (w[e] != Math.rint(w[e]) || Math.abs(w[e]) > MAX_EXACT) {
                throw new IllegalArgumentException("Hyperedge " + e + " has a weight (" + w[e]
                        + ") that is not an exact integer. Maybe scale the weights first (FixedPoint).");
            }
            weights[e] = (long) w[e];
        }
        this.ones = new int[w.length];
        this.side = new boolean[graph.numVertices()];
        this.heap = new GainHeap(new long[side.length]);
        reset(assignment);
    }

    /** Moves to {@code assignment} (copied) and recomputes every gain. {@code O(sum |e| + n)}. */
    public void reset(boolean[] assignment) {
        if (assignment.length != side.length) {
            throw new IllegalArgumentException("The assignment length (" + assignment.length
                    + ") differs from the number of vertices (" + side.length + ").");
        }
        System.arraycopy(assignment, 0, side, 0, side.length);
        long[] gain = new long[side.length];
        for (int e = 0; e < weights.length; e++) {
            int count = 0;
            for (int k = edgeOffsets[e]; k < edgeOffsets[e + 1]; k++) {
                if (side[pins[k]]) {
                    count++;
                }
            }
            ones[e] = count;
            int size = edgeOffsets[e + 1] - edgeOffsets[e];
            if (nearBoundary(count, size)) {
                for (int k = edgeOffsets[e]; k < edgeOffsets[e + 1]; k++) {
                    gain[pins[k]] += contribution(weights[e], count, size, side[pins[k]]);
                }
            }
        }
        heap.resetAll(gain);
    }

    /** Flips vertex {@code v} and updates the gains it touches. */
    public void flip(int v) {
        boolean from = side[v];
        for (int k = vertexOffsets[v]; k < vertexOffsets[v + 1]; k++) {
            int e = vertexEdges[k];
            int size = edgeOffsets[e + 1] - edgeOffsets[e];
            int before = ones[e];
            int after = from ? before - 1 : before + 1;
            ones[e] = after;
            if (!nearBoundary(before, size) && !nearBoundary(after, size)) {
                continue;
            }
            long w = weights[e];
            for (int p = edgeOffsets[e]; p < edgeOffsets[e + 1]; p++) {
                int u = pins[p];
                long delta;
                if (u == v) {
                    delta = contribution(w, after, size, !from) - contribution(w, before, size, from);
                } else {
                    delta = contribution(w, after, size, side[u]) - contribution(w, before, size, side[u]);
                }
                if (delta != 0) {
                    heap.add(u, delta);
                }
            }
        }
        side[v] = !from;
    }

    /** The current side of vertex {@code v}. */
    public boolean side(int v) {
        return side[v];
    }

    @Override
    public long hardGain(int v) {
        return 0L;
    }

    @Override
    public long softGain(int v) {
        return heap.key(v);
    }

    @Override
    public int best(int[] out) {
        return heap.top(out);
    }

    private static boolean nearBoundary(int count, int size) {
        return count <= 1 || count >= size - 1;
    }

    private static long contribution(long weight, int count, int size, boolean onTrueSide) {
        int flipped = onTrueSide ? count - 1 : count + 1;
        return weight * (cut(flipped, size) - cut(count, size));
    }

    private static int cut(int count, int size) {
        return count > 0 && count < size ? 1 : 0;
    }
}
