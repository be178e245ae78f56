package io.hyperseed.timefold.domain;

/**
 * Problem fact for the constraint streams: one term of the objective or of a constraint's left-hand side, with
 * its fixed-point coefficient. A term of degree 0 is the polynomial's constant (always true); every row has one,
 * so that each row's left-hand side exists even when no other term is true.
 *
 * @param id the term's index among all terms of the solution
 * @param row the constraint index, or {@link #OBJECTIVE}
 * @param coefficient the coefficient times the scale, rounded (see {@link io.hyperseed.core.eval.FixedPoint});
 *        objective terms are already multiplied by the sense's sign ("larger is better")
 * @param degree the number of literals (0 for the constant)
 */
public record Term(int id, int row, long coefficient, int degree) {

    /** The row of objective terms. */
    public static final int OBJECTIVE = -1;

    public Term {
        if (row < OBJECTIVE) {
            throw new IllegalArgumentException("The row (" + row + ") must be >= -1 (the objective).");
        }
        if (degree < 0) {
            throw new IllegalArgumentException("The degree (" + degree + ") must not be negative.");
        }
    }

    /** True for a term of the objective. */
    public boolean isObjective() {
        return row == OBJECTIVE;
    }

    /** True for the constant term (degree 0, always true). */
    public boolean isConstant() {
        return degree == 0;
    }
}
