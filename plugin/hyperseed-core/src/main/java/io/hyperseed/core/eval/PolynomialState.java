package io.hyperseed.core.eval;

import io.hyperseed.core.model.Polynomial;
import java.util.Arrays;

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
    // Optional set of "costly" terms that are on (see trackCostlyTerms): null when not tracked.
    private boolean[] costly;
    private int[] costlyPosition;
    private int[] costlyOn;
    private int costlyCount;

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
        if (costly != null) {
            rebuildCostly();
        }
    }

    /**
     * Starts keeping the set of costly terms that are on: terms whose coefficient times {@code sign} is negative
     * (for MAX-SAT as a maximised PUBO, exactly the unsatisfied clauses) and whose literals are all true. Kept in
     * step by every flip in {@code O(1)} per term that turns on or off. {@code O(T)}.
     *
     * @param sign the sense sign of the objective ({@code +1} maximise, {@code -1} minimise)
     */
    public void trackCostlyTerms(int sign) {
        costly = new boolean[coefficients.length];
        for (int t = 0; t < coefficients.length; t++) {
            costly[t] = sign * coefficients[t] < 0;
        }
        costlyPosition = new int[coefficients.length];
        costlyOn = new int[coefficients.length];
        rebuildCostly();
    }

    private void rebuildCostly() {
        costlyCount = 0;
        Arrays.fill(costlyPosition, -1);
        for (int t = 0; t < coefficients.length; t++) {
            if (costly[t] && falseCount[t] == 0) {
                costlyPosition[t] = costlyCount;
                costlyOn[costlyCount++] = t;
            }
        }
    }

    /** The number of costly terms that are on; 0 unless {@link #trackCostlyTerms} was called. */
    public int costlyCount() {
        return costlyCount;
    }

    /** The {@code k}-th costly term that is on ({@code 0 <= k < costlyCount()}), in no particular order. */
    public int costlyTerm(int k) {
        return costlyOn[k];
    }

    /** True when term {@code t} is on (all its literals are true). */
    public boolean isOn(int t) {
        return falseCount[t] == 0;
    }

    /**
     * What flipping {@code v} would lose, as a non-negative amount: the sum of {@code |coefficient|} over the
     * costly terms it would turn on and the helpful terms it would turn off ({@code sign} says which are which).
     * For MAX-SAT this is the weighted break count of WalkSAT. {@code O(deg(v))}.
     */
    public double flipLoss(int v, int sign) {
        double loss = 0.0;
        boolean current = x[v];
        for (int k = incidenceOffsets[v], end = incidenceOffsets[v + 1]; k < end; k++) {
            int entry = incidence[k];
            int t = entry >>> 1;
            boolean literalTrue = current != ((entry & 1) != 0);
            double signed = sign * coefficients[t];
            if (literalTrue) {
                if (falseCount[t] == 0 && signed > 0) {
                    loss += signed;
                }
            } else if (falseCount[t] == 1 && signed < 0) {
                loss -= signed;
            }
        }
        return loss;
    }

    private void costlyOn(int t) {
        if (costly[t]) {
            costlyPosition[t] = costlyCount;
            costlyOn[costlyCount++] = t;
        }
    }

    private void costlyOff(int t) {
        if (costly[t]) {
            int at = costlyPosition[t];
            int last = costlyOn[--costlyCount];
            costlyOn[at] = last;
            costlyPosition[last] = at;
            costlyPosition[t] = -1;
        }
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
                    if (costly != null) {
                        costlyOff(t);
                    }
                }
            } else if (--falseCount[t] == 0) {
                delta += coefficients[t];
                if (costly != null) {
                    costlyOn(t);
                }
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
