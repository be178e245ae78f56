package io.hyperseed.core.eval;

import io.hyperseed.core.model.Polynomial;

/**
 * The value of one {@link Polynomial} at a 0/1 point, kept up to date under single-variable flips.
 *
 * <p>Per term it caches the number of false literals; a term contributes its coefficient when that number is
 * zero. {@link #flipDelta} and {@link #flip} cost {@code O(deg(v))}, the number of terms containing the flipped
 * variable; construction and {@link #reset} cost {@code O(L)}. Not thread-safe: one state per search thread.
 */
public final class PolynomialState {

    private final int[] termOffsets;
    private final int[] literals;
    private final double[] coefficients;
    private final int[] incidenceOffsets;
    private final int[] incidence;
    private final double constant;
    private final boolean[] x;
    private final int[] falseCount;
    private double value;

    /** A state at {@code start} (copied). */
    public PolynomialState(Polynomial polynomial, boolean[] start) {
        this.termOffsets = polynomial.termOffsetArray();
        this.literals = polynomial.literalArray();
        this.coefficients = polynomial.coefficientArray();
        this.incidenceOffsets = polynomial.incidenceOffsetArray();
        this.incidence = polynomial.incidenceArray();
        this.constant = polynomial.constant();
        this.x = new boolean[polynomial.numVariables()];
        this.falseCount = new int[coefficients.length];
        reset(start);
    }

    /** Moves the state to {@code assignment} (copied). {@code O(L)}. */
    public void reset(boolean[] assignment) {
        if (assignment.length != x.length) {
            throw new IllegalArgumentException("The assignment length (" + assignment.length
                    + ") differs from the number of variables (" + x.length + ").");
        }
        System.arraycopy(assignment, 0, x, 0, x.length);
        double sum = constant;
        for (int t = 0; t < coefficients.length; t++) {
            int count = 0;
            for (int k = termOffsets[t]; k < termOffsets[t + 1]; k++) {
                int literal = literals[k];
                if (x[literal >>> 1] == ((literal & 1) != 0)) {
                    count++;
                }
            }
            falseCount[t] = count;
            if (count == 0) {
                sum += coefficients[t];
            }
        }
        value = sum;
    }

    /** The current value. */
    public double value() {
        return value;
    }

    /** The current value of variable {@code v}. */
    public boolean get(int v) {
        return x[v];
    }

    /** A copy of the current assignment. */
    public boolean[] assignment() {
        return x.clone();
    }

    /** The number of variables. */
    public int numVariables() {
        return x.length;
    }

    /** The change of the value if variable {@code v} were flipped. {@code O(deg(v))}. */
    public double flipDelta(int v) {
        double delta = 0.0;
        boolean current = x[v];
        int[] inc = incidence;
        int[] fc = falseCount;
        double[] coef = coefficients;
        for (int k = incidenceOffsets[v], end = incidenceOffsets[v + 1]; k < end; k++) {
            int entry = inc[k];
            int t = entry >>> 1;
            // the literal is currently true iff the variable value differs from the negation bit
            boolean literalTrue = current != ((entry & 1) != 0);
            int count = fc[t];
            if (literalTrue) {
                if (count == 0) {
                    delta -= coef[t];
                }
            } else if (count == 1) {
                delta += coef[t];
            }
        }
        return delta;
    }

    /** Flips variable {@code v} and returns the change of the value. {@code O(deg(v))}. */
    public double flip(int v) {
        double delta = 0.0;
        boolean current = x[v];
        for (int k = incidenceOffsets[v], end = incidenceOffsets[v + 1]; k < end; k++) {
            int entry = incidence[k];
            int t = entry >>> 1;
            boolean literalTrue = current != ((entry & 1) != 0);
            if (literalTrue) {
                if (falseCount[t]++ == 0) {
                    delta -= coefficients[t];
                }
            } else if (--falseCount[t] == 0) {
                delta += coefficients[t];
            }
        }
        x[v] = !current;
        value += delta;
        return delta;
    }

    /** Sets variable {@code v} to {@code target}; returns the change of the value (0 when unchanged). */
    public double set(int v, boolean target) {
        return x[v] == target ? 0.0 : flip(v);
    }
}
