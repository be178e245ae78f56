package io.hyperseed.core.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A choice group: exactly one ({@link Kind#EXACTLY_ONE}) or at most one ({@link Kind#AT_MOST_ONE}) of the
 * variables is 1. Its left-hand side is the number of ones; the violation is {@code |sum - 1|} or
 * {@code max(0, sum - 1)}.
 *
 * @param name the constraint's name
 * @param kind exactly one or at most one
 * @param variables the variable indices, at least one, no duplicates (stored sorted, as a copy)
 */
public record ChoiceConstraint(String name, Kind kind, int[] variables) implements Constraint {

    /** Exactly one or at most one. */
    public enum Kind {
        EXACTLY_ONE,
        AT_MOST_ONE
    }

    public ChoiceConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        variables = variables.clone();
        if (variables.length == 0) {
            throw new IllegalArgumentException("The choice group (" + name + ") has no variables.");
        }
        Arrays.sort(variables);
        for (int k = 0; k < variables.length; k++) {
            if (variables[k] < 0) {
                throw new IllegalArgumentException(
                        "The choice group (" + name + ") has a negative variable index (" + variables[k] + ").");
            }
            if (k > 0 && variables[k] == variables[k - 1]) {
                throw new IllegalArgumentException(
                        "The choice group (" + name + ") lists variable " + variables[k] + " twice.");
            }
        }
    }

    @Override
    public int[] variables() {
        return variables.clone();
    }

    /** The number of variables in the group. */
    public int size() {
        return variables.length;
    }

    /** The {@code k}-th variable (ascending). */
    public int variable(int k) {
        return variables[k];
    }

    @Override
    public double lhs(boolean[] x) {
        int ones = 0;
        for (int v : variables) {
            if (x[v]) {
                ones++;
            }
        }
        return ones;
    }

    @Override
    public double violation(boolean[] x) {
        return violationOfLhs(lhs(x));
    }

    @Override
    public double violationOfLhs(double ones) {
        return kind == Kind.EXACTLY_ONE ? Math.abs(ones - 1.0) : Math.max(0.0, ones - 1.0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChoiceConstraint c
                && name.equals(c.name)
                && kind == c.kind
                && Arrays.equals(variables, c.variables);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, Arrays.hashCode(variables));
    }

    @Override
    public String toString() {
        return name + ": " + (kind == Kind.EXACTLY_ONE ? "exactly-one" : "at-most-one") + Arrays.toString(variables);
    }
}
