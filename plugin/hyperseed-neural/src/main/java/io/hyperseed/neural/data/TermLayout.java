package io.hyperseed.neural.data;

import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The terms of one or more polynomials ("rows") over {@code n} variables, laid out for a vectorised multilinear
 * extension: terms are grouped into buckets by degree (bucket widths 1, 2, 4, 8, ...; a term of degree {@code d}
 * goes to the smallest width {@code >= d}), and each bucket is a {@code [terms x width]} matrix of indices into
 * the literal vector {@code [x_0..x_{n-1}, 1-x_0..1-x_{n-1}, 1]}: {@code x_i} is index {@code i},
 * {@code 1 - x_i} is {@code n + i}, and padding points at the constant-1 slot {@code 2n}. The product of a row of
 * the matrix is then the term's value; no {@code 2^k} expansion and no scatter-add is needed.
 *
 * <p>Memory: at most {@code 2 L} indices for {@code L} literals (padding is below a factor 2). Construction
 * {@code O(L)}.
 */
public final class TermLayout {

    /** One bucket: terms of degree {@code <= width}, padded to {@code width}. */
    public record Bucket(int width, long[] indices, int[] rows, float[] coefficients) {

        /** The number of terms in the bucket. */
        public int numTerms() {
            return coefficients.length;
        }
    }

    private final int numVariables;
    private final int numRows;
    private final float[] constants;
    private final List<Bucket> buckets;

    private TermLayout(int numVariables, int numRows, float[] constants, List<Bucket> buckets) {
        this.numVariables = numVariables;
        this.numRows = numRows;
        this.constants = constants;
        this.buckets = List.copyOf(buckets);
    }

    /** The layout of {@code rows} (each over the same {@code numVariables} variables). */
    public static TermLayout of(int numVariables, List<Polynomial> rows) {
        float[] constants = new float[rows.size()];
        int maxDegree = 0;
        for (int r = 0; r < rows.size(); r++) {
            Polynomial p = rows.get(r);
            if (p.numVariables() != numVariables) {
                throw new IllegalArgumentException("Row " + r + " has " + p.numVariables() + " variables, the layout ("
                        + numVariables + "). Maybe build rows over the problem size?");
            }
            constants[r] = (float) p.constant();
            maxDegree = Math.max(maxDegree, p.maxDegree());
        }
        int numBuckets = maxDegree == 0 ? 0 : 33 - Integer.numberOfLeadingZeros(maxDegree - 1);
        int[] counts = new int[numBuckets];
        for (Polynomial p : rows) {
            for (int t = 0; t < p.numTerms(); t++) {
                counts[bucketOf(p.degree(t))]++;
            }
        }
        long pad = 2L * numVariables;
        List<Bucket> buckets = new ArrayList<>();
        int[] bucketIndex = new int[numBuckets];
        long[][] indices = new long[numBuckets][];
        int[][] rowIds = new int[numBuckets][];
        float[][] coefficients = new float[numBuckets][];
        for (int b = 0; b < numBuckets; b++) {
            int width = 1 << b;
            long slots = (long) counts[b] * width;
            if (slots > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("The relaxed loss needs " + slots + " literal slots for the "
                        + counts[b] + " terms of degree up to " + width + ", more than one Java array holds. Maybe "
                        + "split the largest terms or constraints, or use the compact max-cut formulation?");
            }
            indices[b] = new long[(int) slots];
            Arrays.fill(indices[b], pad);
            rowIds[b] = new int[counts[b]];
            coefficients[b] = new float[counts[b]];
        }
        for (int r = 0; r < rows.size(); r++) {
            Polynomial p = rows.get(r);
            for (int t = 0; t < p.numTerms(); t++) {
                int degree = p.degree(t);
                int b = bucketOf(degree);
                int slot = bucketIndex[b]++;
                int width = 1 << b;
                for (int k = 0; k < degree; k++) {
                    int literal = p.literal(t, k);
                    int v = Literal.variable(literal);
                    indices[b][slot * width + k] = Literal.isNegated(literal) ? numVariables + v : v;
                }
                rowIds[b][slot] = r;
                coefficients[b][slot] = (float) p.coefficient(t);
            }
        }
        for (int b = 0; b < numBuckets; b++) {
            if (counts[b] > 0) {
                buckets.add(new Bucket(1 << b, indices[b], rowIds[b], coefficients[b]));
            }
        }
        return new TermLayout(numVariables, rows.size(), constants, buckets);
    }

    private static int bucketOf(int degree) {
        return degree <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(degree - 1);
    }

    /** The number of variables {@code n}; the literal vector has {@code 2n + 1} entries. */
    public int numVariables() {
        return numVariables;
    }

    /** The number of rows (polynomials). */
    public int numRows() {
        return numRows;
    }

    /** The constant of each row (a copy). */
    public float[] constants() {
        return constants.clone();
    }

    /** The non-empty buckets, by increasing width. */
    public List<Bucket> buckets() {
        return buckets;
    }

    /** The total number of indices over all buckets (padding included). */
    public long numIndices() {
        long sum = 0;
        for (Bucket b : buckets) {
            sum += b.indices().length;
        }
        return sum;
    }
}
