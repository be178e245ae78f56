package io.hyperseed.neural.tensor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;

/**
 * Creates sparse COO matrices that own their storage. {@code createCoo} keeps references to the buffers it was
 * given, so the matrix is built in a scratch manager and a deep copy is attached to the target manager.
 */
public final class SparseMatrices {

    private SparseMatrices() {}

    /**
     * A {@code rows x cols} COO matrix with {@code values[k]} at {@code (rowIds[k], colIds[k])}, attached to
     * {@code manager} (and on its device). {@code O(nnz)}.
     */
    public static NDArray coo(NDManager manager, int rows, int cols, long[] rowIds, long[] colIds, float[] values) {
        if (rowIds.length != colIds.length || rowIds.length != values.length) {
            throw new IllegalArgumentException("The COO arrays differ in length (" + rowIds.length + ", "
                    + colIds.length + ", " + values.length + ").");
        }
        try (NDManager scratch = manager.newSubManager()) {
            NDArray coo = scratch.createCoo(
                    FloatBuffer.wrap(values.clone()),
                    new long[][] {rowIds.clone(), colIds.clone()},
                    new Shape(rows, cols));
            NDArray copy = coo.duplicate();
            copy.attach(manager);
            return copy;
        }
    }
}
