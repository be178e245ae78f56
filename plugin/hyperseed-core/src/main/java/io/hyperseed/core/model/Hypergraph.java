package io.hyperseed.core.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An immutable weighted hypergraph in CSR form: {@code n} vertices (optionally named, optionally weighted) and
 * {@code m} hyperedges, each a set of distinct vertices with a weight. A graph is the special case where every
 * hyperedge has size 2; a hyperedge of size 1 (e.g. a self-loop {@code v v} after merging) is kept and can never
 * be cut.
 *
 * <p>Max-cut: a hyperedge is cut when its vertices are not all on one side. {@link #cutWeight} is
 * {@code O(sum |e|)}.
 *
 * <p>Memory: {@code 4 (n + 1) + 4 (m + 1) + 8 m + 8 P} bytes for {@code P = sum |e|} pins (both CSR directions).
 */
public final class Hypergraph {

    private final String[] vertexNames;
    private final double[] vertexWeights;
    private final int[] edgeOffsets;
    private final int[] pins;
    private final double[] edgeWeights;
    private final int[] vertexOffsets;
    private final int[] vertexEdges;
    private final int numVertices;

    private Hypergraph(
            int numVertices,
            String[] vertexNames,
            double[] vertexWeights,
            int[] edgeOffsets,
            int[] pins,
            double[] edgeWeights) {
        this.numVertices = numVertices;
        this.vertexNames = vertexNames;
        this.vertexWeights = vertexWeights;
        this.edgeOffsets = edgeOffsets;
        this.pins = pins;
        this.edgeWeights = edgeWeights;
        int[] counts = new int[numVertices + 1];
        for (int p : pins) {
            counts[p + 1]++;
        }
        for (int v = 0; v < numVertices; v++) {
            counts[v + 1] += counts[v];
        }
        this.vertexOffsets = counts.clone();
        this.vertexEdges = new int[pins.length];
        for (int e = 0; e < edgeWeights.length; e++) {
            for (int k = edgeOffsets[e]; k < edgeOffsets[e + 1]; k++) {
                vertexEdges[counts[pins[k]]++] = e;
            }
        }
    }

    /** A builder for a hypergraph with {@code numVertices} vertices. */
    public static Builder builder(int numVertices) {
        return new Builder(numVertices);
    }

    /** The number of vertices. */
    public int numVertices() {
        return numVertices;
    }

    /** The number of hyperedges. */
    public int numEdges() {
        return edgeWeights.length;
    }

    /** The number of pins (vertex-hyperedge incidences), {@code sum |e|}. */
    public int numPins() {
        return pins.length;
    }

    /** The size of hyperedge {@code e}. */
    public int edgeSize(int e) {
        return edgeOffsets[e + 1] - edgeOffsets[e];
    }

    /** The {@code k}-th vertex (ascending) of hyperedge {@code e}. */
    public int edgeVertex(int e, int k) {
        if (k < 0 || k >= edgeSize(e)) {
            throw new IndexOutOfBoundsException(
                    "Pin index (" + k + ") out of range for hyperedge " + e + " of size " + edgeSize(e) + ".");
        }
        return pins[edgeOffsets[e] + k];
    }

    /** The vertices of hyperedge {@code e} (a copy, ascending). */
    public int[] edgeVertices(int e) {
        return Arrays.copyOfRange(pins, edgeOffsets[e], edgeOffsets[e + 1]);
    }

    /** The weight of hyperedge {@code e}. */
    public double edgeWeight(int e) {
        return edgeWeights[e];
    }

    /** The sum of all hyperedge weights. */
    public double totalEdgeWeight() {
        double sum = 0.0;
        for (double w : edgeWeights) {
            sum += w;
        }
        return sum;
    }

    /** True when every hyperedge weight is 1. */
    public boolean isUnitWeighted() {
        for (double w : edgeWeights) {
            if (w != 1.0) {
                return false;
            }
        }
        return true;
    }

    /** The number of hyperedges that contain vertex {@code v}. */
    public int vertexDegree(int v) {
        return vertexOffsets[v + 1] - vertexOffsets[v];
    }

    /** The hyperedges containing vertex {@code v} (a copy, ascending). */
    public int[] incidentEdges(int v) {
        return Arrays.copyOfRange(vertexEdges, vertexOffsets[v], vertexOffsets[v + 1]);
    }

    /** The weight of vertex {@code v} (1 unless the source gave vertex weights). */
    public double vertexWeight(int v) {
        return vertexWeights == null ? 1.0 : vertexWeights[v];
    }

    /** The name of vertex {@code v}: the source's name, else its 0-based index. */
    public String vertexName(int v) {
        return vertexNames == null ? Integer.toString(v) : vertexNames[v];
    }

    /** A copy of the vertex names, or null when vertices are named by index. */
    public String[] vertexNamesOrNull() {
        return vertexNames == null ? null : vertexNames.clone();
    }

    /** The largest hyperedge size (0 without hyperedges). */
    public int maxEdgeSize() {
        int max = 0;
        for (int e = 0; e < numEdges(); e++) {
            max = Math.max(max, edgeSize(e));
        }
        return max;
    }

    /** True when every hyperedge has at most two vertices. */
    public boolean isGraph() {
        return maxEdgeSize() <= 2;
    }

    /** Copy of the hyperedge offsets ({@code m + 1} entries, CSR over {@link #pinArray()}). */
    public int[] edgeOffsetArray() {
        return edgeOffsets.clone();
    }

    /** Copy of the pins, hyperedge after hyperedge. */
    public int[] pinArray() {
        return pins.clone();
    }

    /** Copy of the hyperedge weights. */
    public double[] edgeWeightArray() {
        return edgeWeights.clone();
    }

    /** Copy of the vertex-to-hyperedge offsets ({@code n + 1} entries). */
    public int[] vertexOffsetArray() {
        return vertexOffsets.clone();
    }

    /** Copy of the vertex-to-hyperedge incidence. */
    public int[] vertexEdgeArray() {
        return vertexEdges.clone();
    }

    /** True when hyperedge {@code e} has vertices on both sides. */
    public boolean isCut(int e, boolean[] side) {
        int start = edgeOffsets[e];
        boolean first = side[pins[start]];
        for (int k = start + 1; k < edgeOffsets[e + 1]; k++) {
            if (side[pins[k]] != first) {
                return true;
            }
        }
        return false;
    }

    /** The total weight of cut hyperedges. {@code O(sum |e|)}. */
    public double cutWeight(boolean[] side) {
        if (side.length != numVertices) {
            throw new IllegalArgumentException("The assignment length (" + side.length
                    + ") differs from the number of vertices (" + numVertices + ").");
        }
        double sum = 0.0;
        for (int e = 0; e < numEdges(); e++) {
            if (isCut(e, side)) {
                sum += edgeWeights[e];
            }
        }
        return sum;
    }

    /** The number of cut hyperedges. */
    public int cutCount(boolean[] side) {
        int count = 0;
        for (int e = 0; e < numEdges(); e++) {
            if (isCut(e, side)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return "Hypergraph[" + numVertices + " vertices, " + numEdges() + " hyperedges, " + pins.length + " pins]";
    }

    /**
     * Collects hyperedges. Vertices inside a hyperedge are sorted and de-duplicated ({@code v v} becomes the
     * size-1 hyperedge {@code {v}}); out-of-range vertices and non-finite weights are rejected. Identical
     * hyperedges are kept apart unless {@link #mergeDuplicates} is called, which merges them the way the BIPNN seed
     * loader (DHG) does: one hyperedge with the mean of the weights.
     */
    public static final class Builder {

        private final int numVertices;
        private int[] offsets = new int[17];
        private int[] pinBuffer = new int[64];
        private double[] weights = new double[16];
        private int numEdges;
        private String[] vertexNames;
        private double[] vertexWeights;
        private boolean mergeDuplicates;

        private Builder(int numVertices) {
            if (numVertices < 0) {
                throw new IllegalArgumentException(
                        "The number of vertices (" + numVertices + ") must not be negative.");
            }
            this.numVertices = numVertices;
        }

        /** The number of vertices. */
        public int numVertices() {
            return numVertices;
        }

        /** The number of hyperedges added so far. */
        public int numEdges() {
            return numEdges;
        }

        /** Sets vertex names (copied; unique). */
        public Builder vertexNames(String[] names) {
            if (names.length != numVertices) {
                throw new IllegalArgumentException("The number of names (" + names.length
                        + ") differs from the number of vertices (" + numVertices + ").");
            }
            this.vertexNames = names.clone();
            return this;
        }

        /** Sets vertex weights (copied; finite). */
        public Builder vertexWeights(double[] values) {
            if (values.length != numVertices) {
                throw new IllegalArgumentException("The number of vertex weights (" + values.length
                        + ") differs from the number of vertices (" + numVertices + ").");
            }
            for (double w : values) {
                if (!Double.isFinite(w)) {
                    throw new IllegalArgumentException("A vertex weight (" + w + ") is not finite.");
                }
            }
            this.vertexWeights = values.clone();
            return this;
        }

        /** Merge identical hyperedges (mean weight), as the BIPNN seed's loader does. */
        public Builder mergeDuplicates(boolean merge) {
            this.mergeDuplicates = merge;
            return this;
        }

        /** Adds a hyperedge of weight 1. */
        public Builder addEdge(int... vertices) {
            return addEdge(1.0, vertices, 0, vertices.length);
        }

        /** Adds a weighted hyperedge over {@code vertices[from..to)}. */
        public Builder addEdge(double weight, int[] vertices, int from, int to) {
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException("The hyperedge weight (" + weight + ") is not finite.");
            }
            if (to <= from) {
                throw new IllegalArgumentException("A hyperedge needs at least one vertex.");
            }
            int size = to - from;
            if (numEdges + 1 >= offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
                weights = Arrays.copyOf(weights, offsets.length);
            }
            int start = offsets[numEdges];
            if (start + size > pinBuffer.length) {
                pinBuffer = Arrays.copyOf(pinBuffer, Math.max(start + size, pinBuffer.length * 2));
            }
            for (int k = 0; k < size; k++) {
                int v = vertices[from + k];
                if (v < 0 || v >= numVertices) {
                    throw new IllegalArgumentException("The vertex (" + v + ") is outside [0, " + numVertices
                            + "). Maybe the vertices are 1-based in the source?");
                }
                pinBuffer[start + k] = v;
            }
            Arrays.sort(pinBuffer, start, start + size);
            int unique = 1;
            for (int k = 1; k < size; k++) {
                if (pinBuffer[start + k] != pinBuffer[start + unique - 1]) {
                    pinBuffer[start + unique++] = pinBuffer[start + k];
                }
            }
            offsets[numEdges + 1] = start + unique;
            weights[numEdges] = weight;
            numEdges++;
            return this;
        }

        /** The hypergraph. */
        public Hypergraph build() {
            int[] edgeOffsets = Arrays.copyOf(offsets, numEdges + 1);
            int[] pins = Arrays.copyOf(pinBuffer, edgeOffsets[numEdges]);
            double[] edgeWeights = Arrays.copyOf(weights, numEdges);
            if (mergeDuplicates) {
                return merged(edgeOffsets, pins, edgeWeights);
            }
            return new Hypergraph(numVertices, vertexNames, vertexWeights, edgeOffsets, pins, edgeWeights);
        }

        private Hypergraph merged(int[] edgeOffsets, int[] pins, double[] edgeWeights) {
            int m = edgeWeights.length;
            Map<IndexSet, Integer> first = new HashMap<>(m * 2);
            int[] target = new int[m];
            int[] kept = new int[m];
            int numKept = 0;
            for (int e = 0; e < m; e++) {
                IndexSet key = new IndexSet(Arrays.copyOfRange(pins, edgeOffsets[e], edgeOffsets[e + 1]));
                Integer existing = first.putIfAbsent(key, numKept);
                if (existing == null) {
                    kept[numKept] = e;
                    target[e] = numKept++;
                } else {
                    target[e] = existing;
                }
            }
            double[] sum = new double[numKept];
            int[] count = new int[numKept];
            for (int e = 0; e < m; e++) {
                sum[target[e]] += edgeWeights[e];
                count[target[e]]++;
            }
            int[] newOffsets = new int[numKept + 1];
            int total = 0;
            for (int u = 0; u < numKept; u++) {
                int e = kept[u];
                total += edgeOffsets[e + 1] - edgeOffsets[e];
                newOffsets[u + 1] = total;
            }
            int[] newPins = new int[total];
            double[] newWeights = new double[numKept];
            for (int u = 0; u < numKept; u++) {
                int e = kept[u];
                System.arraycopy(pins, edgeOffsets[e], newPins, newOffsets[u], edgeOffsets[e + 1] - edgeOffsets[e]);
                newWeights[u] = sum[u] / count[u];
            }
            return new Hypergraph(numVertices, vertexNames, vertexWeights, newOffsets, newPins, newWeights);
        }
    }
}
