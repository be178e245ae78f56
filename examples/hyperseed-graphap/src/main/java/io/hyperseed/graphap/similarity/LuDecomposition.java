package io.hyperseed.graphap.similarity;

/**
 * LU decomposition with partial pivoting of a dense square matrix, used to solve {@code A X = B} exactly (up to
 * floating point). Factorisation O(n^3), each solve O(n^2) per right-hand side; memory O(n^2).
 */
public final class LuDecomposition {

    private static final double SINGULAR_TOLERANCE = 1e-12;

    private final double[][] lu;
    private final int[] pivot;

    /**
     * Factorises {@code matrix} (not modified).
     *
     * @param matrix square matrix
     * @throws IllegalArgumentException when the matrix is not square or is singular
     */
    public LuDecomposition(double[][] matrix) {
        int n = matrix.length;
        lu = new double[n][];
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("Matrix must be square (row " + i + " has " + matrix[i].length
                        + " columns, expected " + n + "). Maybe a row was built for another graph?");
            }
            lu[i] = matrix[i].clone();
        }
        pivot = new int[n];
        for (int i = 0; i < n; i++) {
            pivot[i] = i;
        }
        for (int k = 0; k < n; k++) {
            int best = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(lu[i][k]) > Math.abs(lu[best][k])) {
                    best = i;
                }
            }
            if (Math.abs(lu[best][k]) < SINGULAR_TOLERANCE) {
                throw new IllegalArgumentException("Matrix is singular (pivot " + lu[best][k] + " in column " + k
                        + "). Maybe the system was built on a disconnected graph?");
            }
            if (best != k) {
                double[] row = lu[k];
                lu[k] = lu[best];
                lu[best] = row;
                int p = pivot[k];
                pivot[k] = pivot[best];
                pivot[best] = p;
            }
            for (int i = k + 1; i < n; i++) {
                double factor = lu[i][k] / lu[k][k];
                lu[i][k] = factor;
                if (factor != 0) {
                    for (int j = k + 1; j < n; j++) {
                        lu[i][j] -= factor * lu[k][j];
                    }
                }
            }
        }
    }

    /**
     * Solves {@code A x = b}.
     *
     * @param b right-hand side, length n (not modified)
     * @return x
     */
    public double[] solve(double[] b) {
        int n = lu.length;
        if (b.length != n) {
            throw new IllegalArgumentException(
                    "Right-hand side length (" + b.length + ") differs from matrix size (" + n + ").");
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[pivot[i]];
            for (int j = 0; j < i; j++) {
                sum -= lu[i][j] * x[j];
            }
            x[i] = sum;
        }
        for (int i = n - 1; i >= 0; i--) {
            double sum = x[i];
            for (int j = i + 1; j < n; j++) {
                sum -= lu[i][j] * x[j];
            }
            x[i] = sum / lu[i][i];
        }
        return x;
    }

    /** @return the inverse matrix, O(n^3) */
    public double[][] inverse() {
        int n = lu.length;
        double[][] inverse = new double[n][n];
        double[] unit = new double[n];
        for (int j = 0; j < n; j++) {
            unit[j] = 1;
            double[] column = solve(unit);
            unit[j] = 0;
            for (int i = 0; i < n; i++) {
                inverse[i][j] = column[i];
            }
        }
        return inverse;
    }
}
