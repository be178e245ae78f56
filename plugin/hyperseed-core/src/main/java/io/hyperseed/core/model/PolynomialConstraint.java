package io.hyperseed.core.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code lhs(x) REL rhs} with {@code lhs} a {@link Polynomial} (linear or of any degree), e.g. the BIPNN toy
 * constraint {@code 2 x1 + 1.7183 x2 + 3 x1 x3 <= 4}. The constant of {@code lhs} is part of it.
 *
 * @param name the constraint's name
 * @param lhs the left-hand side polynomial
 * @param relation {@code <=}, {@code =} or {@code >=}
 * @param rhs the right-hand side, finite
 */
public record PolynomialConstraint(String name, Polynomial lhs, Relation relation, double rhs) implements Constraint {

    public PolynomialConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lhs, "lhs");
        Objects.requireNonNull(relation, "relation");
        if (!Double.isFinite(rhs)) {
            throw new IllegalArgumentException(
                    "The right-hand side (" + rhs + ") of constraint " + name + " is not finite.");
        }
    }

    @Override
    public double lhs(boolean[] x) {
        return lhs.evaluate(x);
    }

    @Override
    public double violation(boolean[] x) {
        return relation.violation(lhs.evaluate(x), rhs);
    }

    @Override
    public double violationOfLhs(double value) {
        return relation.violation(value, rhs);
    }

    @Override
    public int[] variables() {
        int[] occurs = new int[lhs.numVariables()];
        int count = 0;
        for (int v = 0; v < occurs.length; v++) {
            if (lhs.variableDegree(v) > 0) {
                occurs[count++] = v;
            }
        }
        return Arrays.copyOf(occurs, count);
    }

    @Override
    public String toString() {
        return name + ": " + lhs + " " + relation.symbol() + " " + rhs;
    }
}
