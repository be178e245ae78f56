package io.hyperseed.timefold.domain;

import io.hyperseed.core.model.Constraint;
import java.util.Objects;

/**
 * Problem fact for the constraint streams: constraint {@code index} of the fixed-point problem, whose left-hand
 * side is the sum of its true {@link Term}s.
 *
 * @param index the constraint's index in the problem
 * @param constraint the constraint of the fixed-point copy of the problem (whole coefficients)
 * @param unit what one unit of the constraint's violation is worth in score units: 1 for polynomial constraints
 *        (already scaled), the scale for choice groups (counts of ones)
 */
public record Row(int index, Constraint constraint, long unit) {

    public Row {
        Objects.requireNonNull(constraint, "constraint");
        if (unit <= 0) {
            throw new IllegalArgumentException("The unit (" + unit + ") of row " + index + " must be positive.");
        }
    }

    /** The violation in score units for a left-hand side value, as the core evaluator defines it. */
    public long violation(long lhs) {
        return Math.round(constraint.violationOfLhs(lhs) * unit);
    }
}
