package io.hyperseed.core.eval;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import java.util.Arrays;

/**
 * Fixed-point scaling used for exact {@code long} scores. A problem whose coefficients are all whole numbers gets
 * scale 1 (exact). Otherwise the smallest power of ten up to {@code 10^6} that makes every coefficient whole
 * (within {@code 1e-9}) is used; when none does, {@code 10^6} and each coefficient is rounded to the nearest
 * {@code 1e-6}: the score then differs from the real objective by at most {@code 0.5e-6} per term.
 *
 * <p><b>One rounding.</b> Every path that turns a real coefficient into score units (the incremental trackers, the
 * constraint-stream facts, the solver domain) must use {@link #units}: {@code rint(value * scale)}, ties to even,
 * so that {@code 2.5e-6} at scale {@code 10^6} is 2 everywhere ({@link Math#round} would give 3).
 *
 * <p><b>Exactness.</b> Scaled coefficients are whole numbers held in {@code double} and summed there, which is exact
 * only up to {@link #EXACT_LIMIT} ({@code 2^53}); {@code long} scores beyond it would also saturate silently in
 * {@link Math#round}. {@link #scaleOf(PuboProblem)} and {@link #scaleOf(Hypergraph)} therefore check that the
 * scaled sum of absolute values of the objective (and of each constraint, right-hand side included) stays within
 * it, and fail with an {@link IllegalArgumentException} naming the sum, the scale and what to do.
 */
public final class FixedPoint {

    /** The largest scale tried. */
    public static final long MAX_SCALE = 1_000_000L;

    /** {@code 2^53}: the largest magnitude up to which every whole number is a {@code double}. */
    public static final double EXACT_LIMIT = 9_007_199_254_740_992.0;

    private FixedPoint() {}

    /**
     * The scale for a problem's objective and constraints, checked against {@link #EXACT_LIMIT} (see the class
     * comment). {@code O(T)}.
     */
    public static long scaleOf(PuboProblem problem) {
        long scale = scaleOf(problem.objective());
        for (Constraint c : problem.constraints()) {
            if (c instanceof PolynomialConstraint p) {
                scale = Math.max(scale, scaleOf(p.lhs()));
                scale = Math.max(scale, scaleOf(new double[] {p.rhs()}));
            }
        }
        requireExact(absoluteSum(problem.objective()), scale, "objective of " + problem.name());
        for (Constraint c : problem.constraints()) {
            if (c instanceof PolynomialConstraint p) {
                requireExact(absoluteSum(p.lhs()) + Math.abs(p.rhs()), scale, "constraint " + p.name());
            } else {
                requireExact((double) problem.numVariables(), scale, "choice group " + c.name());
            }
        }
        return scale;
    }

    /** The scale for a hypergraph's edge weights, checked against {@link #EXACT_LIMIT}. {@code O(m)}. */
    public static long scaleOf(Hypergraph graph) {
        double[] weights = graph.edgeWeightArray();
        long scale = scaleOf(weights);
        double sum = 0.0;
        for (double w : weights) {
            sum += Math.abs(w);
        }
        requireExact(sum, scale, "hyperedge weights");
        return scale;
    }

    /**
     * {@code value} in units of {@code 1 / scale}: {@code rint(value * scale)} (ties to even). The one rounding
     * every score path uses. Fails when the result is beyond {@link #EXACT_LIMIT} (where it would no longer be exact
     * and, past {@code 2^63}, saturate).
     */
    public static long units(double value, long scale) {
        double scaled = Math.rint(value * scale);
        if (!(Math.abs(scaled) <= EXACT_LIMIT)) {
            throw new IllegalArgumentException("The value (" + value + ") at the fixed-point scale (" + scale
                    + ") is " + scaled + ", beyond 2^53 where scores stop being exact. Maybe divide the weights by "
                    + "a common factor, or round them to fewer decimals?");
        }
        return (long) scaled;
    }

    /**
     * The hypergraph with every hyperedge weight replaced by {@link #units}{@code (weight, scale)} (names and
     * vertex weights are not kept). {@code O(P)}.
     */
    public static Hypergraph scaled(Hypergraph graph, long scale) {
        Hypergraph.Builder b = Hypergraph.builder(graph.numVertices());
        for (int e = 0; e < graph.numEdges(); e++) {
            int[] vs = graph.edgeVertices(e);
            b.addEdge(units(graph.edgeWeight(e), scale), vs, 0, vs.length);
        }
        return b.build();
    }

    /** Fails when {@code absoluteSum * scale} is beyond {@link #EXACT_LIMIT}. */
    static void requireExact(double absoluteSum, long scale, String what) {
        double scaled = absoluteSum * scale;
        if (!(scaled <= EXACT_LIMIT)) {
            throw new IllegalArgumentException("The sum of absolute values of the " + what + " (" + absoluteSum
                    + ") times the fixed-point scale (" + scale + ") is " + scaled + ", beyond 2^53 = "
                    + (long) EXACT_LIMIT + ", where the long scores would stop being exact (and, past 2^63, "
                    + "saturate). Maybe divide the weights by a common factor"
                    + (scale > 1
                            ? ", or round them to fewer decimals (the scale is the power of ten that makes them "
                                    + "whole)?"
                            : "?"));
        }
    }

    private static double absoluteSum(Polynomial polynomial) {
        double sum = Math.abs(polynomial.constant());
        for (int t = 0; t < polynomial.numTerms(); t++) {
            sum += Math.abs(polynomial.coefficient(t));
        }
        return sum;
    }

    /** The scale for a polynomial. */
    public static long scaleOf(Polynomial polynomial) {
        double[] values = polynomial.coefficientArray();
        double[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = polynomial.constant();
        return scaleOf(all);
    }

    /** The smallest power of ten (up to {@link #MAX_SCALE}) making every value whole. */
    public static long scaleOf(double[] values) {
        for (long scale = 1; scale <= MAX_SCALE; scale *= 10) {
            boolean whole = true;
            for (double v : values) {
                double scaled = v * scale;
                if (Math.abs(scaled - Math.rint(scaled)) > 1e-9 * Math.max(1.0, Math.abs(scaled))) {
                    whole = false;
                    break;
                }
            }
            if (whole) {
                return scale;
            }
        }
        return MAX_SCALE;
    }

    /**
     * The problem with every coefficient, constant and right-hand side multiplied by {@code scale} and rounded to a
     * whole number; choice groups are unchanged (their violation is multiplied by {@code scale} by the caller).
     */
    public static PuboProblem scaled(PuboProblem problem, long scale) {
        PuboProblem.Builder b = PuboProblem.builder(problem.numVariables(), problem.sense())
                .name(problem.name())
                .objective(rounded(problem.objective(), scale));
        String[] names = problem.variableNamesOrNull();
        if (names != null) {
            b.variableNames(names);
        }
        for (Constraint c : problem.constraints()) {
            if (c instanceof PolynomialConstraint p) {
                b.addConstraint(new PolynomialConstraint(
                        p.name(), rounded(p.lhs(), scale), p.relation(), units(p.rhs(), scale)));
            } else {
                b.addConstraint((ChoiceConstraint) c);
            }
        }
        return b.build();
    }

    /** The polynomial with coefficients multiplied by {@code scale} and rounded ({@link #units}). */
    public static Polynomial rounded(Polynomial polynomial, long scale) {
        Polynomial.Builder b = Polynomial.builder(polynomial.numVariables());
        b.addConstant(units(polynomial.constant(), scale));
        for (int t = 0; t < polynomial.numTerms(); t++) {
            b.addTerm(units(polynomial.coefficient(t), scale), polynomial.termLiterals(t));
        }
        return b.build();
    }
}
