package io.hyperseed.core.constrained;

import io.hyperseed.core.eval.ProblemState;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Greedy repair and fill of a 0-1 point, ratio-driven as for knapsack rows (drop by worst profit/weight, add by best
 * profit/weight), written for any program through its flip deltas:
 * <ol>
 *   <li><b>drop</b>: while infeasible, flip the variable with the smallest objective loss per unit of violation it
 *       removes (among flips that remove violation); for a knapsack, the selected item with the worst
 *       profit/weight ratio on the overfull rows; for a choice group with two ones, the worse one;</li>
 *   <li><b>add</b>: while some flip keeps the point feasible and improves the objective, take the one with the
 *       best gain per unit of normalised resource use ({@code sum over rows of |lhs change| / max(1, |rhs|)}, plus
 *       1): for a knapsack, the unselected item with the best profit/weight ratio that fits.</li>
 * </ol>
 * Deterministic. {@code O(iterations * sum over v of flip cost)}, at most {@code 2n} iterations per phase for a
 * knapsack; stops after {@code 4n} iterations in each phase in any case.
 */
public final class FeasibilityRepair {

    private FeasibilityRepair() {}

    /** The repaired and filled point (a new {@link Solution}; {@code start} is not changed). */
    public static Solution repair(PuboProblem problem, boolean[] start) {
        return repair(problem, start, () -> false);
    }

    /**
     * The LP-style ratio greedy in one pass: the variables ranked once, at all zeros, by the add phase's ratio of
     * {@link #repair} (gain per unit of normalised resource use), then each set in that order when the flip still
     * improves the objective and keeps the point feasible. For a knapsack (linear profit and rows, whose ratios do
     * not change as items are added) this is the same point as {@link #repair} from all zeros, at
     * {@code O(n log n + sum of flip costs)} instead of {@code O(n)} rescans. When all zeros is infeasible (e.g. a
     * choice group that needs a one) it is {@link #repair} from all zeros. Stops early (with the point so far) when
     * {@code stop} says so, looked at every 1024 variables.
     */
    public static Solution ratioGreedy(PuboProblem problem, BooleanSupplier stop) {
        int n = problem.numVariables();
        ProblemState state = new ProblemState(problem, new boolean[n]);
        if (!state.isFeasible()) {
            return repair(problem, new boolean[n], stop);
        }
        int sign = problem.sense().sign();
        double[] ratio = new double[n];
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            double gain = sign * state.objectiveDelta(v);
            if (gain > 1e-12) {
                ratio[v] = gain / (1.0 + resourceUse(state, v));
                order.add(v);
            }
        }
        order.sort(Comparator.comparingDouble((Integer v) -> -ratio[v]).thenComparingInt(v -> v));
        for (int k = 0; k < order.size(); k++) {
            if (k % 1024 == 0 && stop.getAsBoolean()) {
                break;
            }
            int v = order.get(k);
            if (sign * state.objectiveDelta(v) > 1e-12 && state.violationDelta(v) <= 1e-12) {
                state.flip(v);
            }
        }
        return state.toSolution();
    }

    /**
     * {@link #repair}, ending early with the point so far when {@code stop} says so (looked at once per iteration,
     * i.e. every {@code O(sum over v of flip cost)}).
     */
    public static Solution repair(PuboProblem problem, boolean[] start, BooleanSupplier stop) {
        ProblemState state = new ProblemState(problem, start);
        int n = problem.numVariables();
        int sign = problem.sense().sign();
        for (int iteration = 0; iteration < 4 * n && !state.isFeasible() && !stop.getAsBoolean(); iteration++) {
            int best = -1;
            double bestRatio = Double.POSITIVE_INFINITY;
            for (int v = 0; v < n; v++) {
                double removed = -state.violationDelta(v);
                if (removed > 1e-12) {
                    double loss = -sign * state.objectiveDelta(v);
                    double ratio = loss / removed;
                    if (ratio < bestRatio) {
                        bestRatio = ratio;
                        best = v;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            state.flip(best);
        }
        if (state.isFeasible()) {
            for (int iteration = 0; iteration < 4 * n && !stop.getAsBoolean(); iteration++) {
                int best = -1;
                double bestRatio = 0;
                for (int v = 0; v < n; v++) {
                    double gain = sign * state.objectiveDelta(v);
                    if (gain <= 1e-12 || state.violationDelta(v) > 1e-12) {
                        continue;
                    }
                    double ratio = gain / (1.0 + resourceUse(state, v));
                    if (ratio > bestRatio) {
                        bestRatio = ratio;
                        best = v;
                    }
                }
                if (best < 0) {
                    break;
                }
                state.flip(best);
            }
        }
        return state.toSolution();
    }

    private static double resourceUse(ProblemState state, int v) {
        double use = 0;
        for (int k = state.constraintStart(v), end = state.constraintStart(v + 1); k < end; k++) {
            int c = state.constraintAt(k);
            if (state.constraint(c) instanceof PolynomialConstraint p) {
                use += Math.abs(state.lhsDelta(c, v)) / Math.max(1.0, Math.abs(p.rhs()));
            }
        }
        return use;
    }
}
