package io.hyperseed.core.eval;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;

/**
 * Fixed-point scaling used for exact {@code long} scores. A problem whose coefficients are all whole numbers gets
 * scale 1 (exact). Otherwise the smallest power of ten up to {@code 10^6} that makes every coefficient whole
 * (within {@code 1e-9}) is used; when none does, {@code 10^6} and each coefficient is rounded to the nearest
 * {@code 1e-6}: the score then differs from the real objective by at most {@code 0.5e-6} per term.
 * Scaled coefficients are whole numbers held in {@code double}, so sums are exact up to {@code 2^53}.
 */
public final class FixedPoint {

    /** The largest scale tried. */
    public static final long MAX_SCALE = 1_000_000L;

    private FixedPoint() {
    }

    /** The scale for a problem's objective and constraints. {@code O(T)}. */
    public static long scaleOf(PuboProblem problem) {
        long scale = scaleOf(problem.objective());
        for (Constraint c : problem.constraints()) {
            if (c instanceof PolynomialConstraint p) {
                scale = Math.max(scale, scaleOf(p.lhs()));
                scale = Math.max(scale, scaleOf(new double[] {p.rhs()}));
            }
        }
        return scale;
    }

    /** The scale for a hypergraph's edge weights. */
    public static long scaleOf(Hypergraph graph) {
        return scaleOf(graph.edgeWeightArray());
    }

    /** The scale for a polynomial. */
    public static long scaleOf(Polynomial polynomial) {
        double[] values = polynomial.coefficientArray();
        double[] all = java.util.Arrays.copyOf(values, values.length + 1);
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
        PuboProblem.Builder b = PuboProblem.builder(problem.numVariables(), problem.sense()).name(problem.name())
                .objective(rounded(problem.objective(), scale));
        String[] names = problem.variableNamesOrNull();
        if (names != null) {
            b.variableNames(names);
        }
        for (Constraint c : problem.constraints()) {
            if (c instanceof PolynomialConstraint p) {
                b.addConstraint(new PolynomialConstraint(p.name(), rounded(p.lhs(), scale), p.relation(),
                        Math.rint(p.rhs() * scale)));
            } else {
                b.addConstraint((ChoiceConstraint) c);
            }
        }
        return b.build();
    }

    /** The polynomial with coefficients multiplied by {@code scale} and rounded. */
    public static Polynomial rounded(Polynomial polynomial, long scale) {
        Polynomial.Builder b = Polynomial.builder(polynomial.numVariables());
        b.addConstant(Math.rint(polynomial.constant() * scale));
        for (int t = 0; t < polynomial.numTerms(); t++) {
            b.addTerm(Math.rint(polynomial.coefficient(t) * scale), polynomial.termLiterals(t));
        }
        return b.build();
    }
}
