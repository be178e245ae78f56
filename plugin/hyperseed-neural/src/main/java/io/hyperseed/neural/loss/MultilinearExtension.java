package io.hyperseed.neural.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.hyperseed.neural.data.TermLayout;
import io.hyperseed.neural.tensor.SparseMatrices;
import java.util.ArrayList;
import java.util.List;

/**
 * The multilinear extension of one or more polynomials as a differentiable tensor function of
 * {@code x in [0,1]^n}: each term is the product of its literal values {@code x_i} or {@code 1 - x_i}, vectorised
 * over all terms by a padded gather + product over each {@link TermLayout} bucket (padding reads the constant 1),
 * then summed per row: with a coefficient dot product for one row, with a sparse {@code [rows x terms]} matmul
 * for several (DJL has no scatter-add).
 *
 * <p>Shapes: {@link #literalValues} maps {@code x [n]} to {@code [2n + 1]}; {@link #rows} maps that to
 * {@code [R]}. Cost {@code O(L)} per evaluation, memory {@code O(L)} for {@code L} literals. Gradients flow to
 * {@code x}; the product's backward handles zeros exactly. The arrays live in the manager given at construction.
 */
public final class MultilinearExtension {

    private final int numVariables;
    private final int numRows;
    private final List<NDArray> indices = new ArrayList<>();
    private final List<NDArray> weights = new ArrayList<>();
    private final NDArray constants;

    /** Uploads {@code layout} into {@code manager} (its device). */
    public MultilinearExtension(TermLayout layout, NDManager manager) {
        this.numVariables = layout.numVariables();
        this.numRows = layout.numRows();
        for (TermLayout.Bucket bucket : layout.buckets()) {
            int terms = bucket.numTerms();
            indices.add(manager.create(bucket.indices(), new Shape(terms, bucket.width())));
            if (numRows == 1) {
                weights.add(manager.create(bucket.coefficients()));
            } else {
                long[] rowIds = new long[terms];
                long[] colIds = new long[terms];
                for (int t = 0; t < terms; t++) {
                    rowIds[t] = bucket.rows()[t];
                    colIds[t] = t;
                }
                weights.add(SparseMatrices.coo(manager, numRows, terms, rowIds, colIds, bucket.coefficients()));
            }
        }
        this.constants = manager.create(layout.constants());
    }

    /** {@code [x, 1 - x, 1]}: shape {@code [2n + 1]}, attached to {@code x}'s manager. */
    public static NDArray literalValues(NDArray x) {
        NDArray one = x.getManager().ones(new Shape(1), x.getDataType());
        return NDArrays.concat(new NDList(x, x.neg().add(1f), one));
    }

    /** The number of variables. */
    public int numVariables() {
        return numVariables;
    }

    /** The number of rows. */
    public int numRows() {
        return numRows;
    }

    /** The value of every row at the literal values {@code lv [2n + 1]}: shape {@code [R]}. */
    public NDArray rows(NDArray lv) {
        NDArray sum = constants;
        for (int b = 0; b < indices.size(); b++) {
            NDArray products = lv.take(indices.get(b)).prod(new int[] {1});
            NDArray part;
            if (numRows == 1) {
                part = products.mul(weights.get(b)).sum().reshape(1);
            } else {
                part = weights.get(b).matMul(products.reshape(-1, 1)).reshape(numRows);
            }
            sum = part.add(sum);
        }
        if (sum == constants) {
            NDArray copy = constants.duplicate();
            copy.attach(lv.getManager());
            return copy;
        }
        return sum;
    }
}
