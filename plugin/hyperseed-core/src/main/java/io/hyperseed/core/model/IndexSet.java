package io.hyperseed.core.model;

import java.util.Arrays;

/**
 * A set of vertex or variable indices compared by content, as a hash key: used to merge identical hyperedges and
 * terms over the same variables. The array is copied and sorted; {@code equals} and {@code hashCode} are
 * {@code O(size)}.
 *
 * @param indices the indices, ascending (a sorted copy of what was given)
 */
public record IndexSet(int[] indices) {

    public IndexSet {
        indices = indices.clone();
        Arrays.sort(indices);
    }

    /** The number of indices. */
    public int size() {
        return indices.length;
    }

    @Override
    public int[] indices() {
        return indices.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexSet s && Arrays.equals(indices, s.indices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indices);
    }

    @Override
    public String toString() {
        return Arrays.toString(indices);
    }
}
