package io.hyperseed.core.eval;

import io.hyperseed.core.model.PuboProblem;
import java.util.Arrays;

/**
 * An evaluated 0/1 point: values (copied), objective and total constraint violation.
 *
 * @param values the variable values
 * @param objective the objective value
 * @param violation the total constraint violation, 0 when feasible
 */
public record Solution(boolean[] values, double objective, double violation) {

    public Solution {
        values = values.clone();
        if (Double.isNaN(objective) || Double.isNaN(violation) || violation < 0) {
            throw new IllegalArgumentException(
                    "Invalid objective (" + objective + ") or violation (" + violation + ").");
        }
    }

    /** Evaluates {@code values} on {@code problem}. {@code O(L)}. */
    public static Solution evaluate(PuboProblem problem, boolean[] values) {
        return new Solution(values, problem.objectiveValue(values), problem.totalViolation(values));
    }

    @Override
    public boolean[] values() {
        return values.clone();
    }

    /** The value of variable {@code i}. */
    public boolean value(int i) {
        return values[i];
    }

    /** The number of variables. */
    public int size() {
        return values.length;
    }

    /** True when no constraint is violated. */
    public boolean isFeasible() {
        return violation == 0.0;
    }

    /** True when this solution is strictly better than {@code other} for {@code problem} (feasibility first). */
    public boolean isBetterThan(Solution other, PuboProblem problem) {
        return problem.compare(violation, objective, other.violation, other.objective) < 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Solution s
                && Arrays.equals(values, s.values)
                && objective == s.objective
                && violation == s.violation;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + Double.hashCode(objective);
    }

    @Override
    public String toString() {
        return "Solution[objective=" + objective + ", violation=" + violation + ", n=" + values.length + "]";
    }
}
