package io.hyperseed.core.baseline;

import io.hyperseed.core.eval.ProblemState;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import java.util.function.BooleanSupplier;

/**
 * Greedy construction followed by one-flip local search; also used to repair and polish a rounded neural
 * solution.
 *
 * <p>Construction starts from all zeros and visits variables in index order, setting each to the value that is
 * better (feasibility first) given the values already chosen. Local search then sweeps the variables and applies
 * every improving flip (first improvement) until a full sweep finds none: the result is 1-flip optimal.
 * Each sweep costs {@code O(sum of flip costs)}; the number of sweeps is bounded by {@code maxSweeps}.
 * Deterministic.
 */
public final class GreedyLocalSearch {

    private GreedyLocalSearch() {}

    /** How many variables a loop visits between two looks at the stop signal. */
    private static final int STOP_CHECK_INTERVAL = 1024;

    /** Greedy construction, then local search to a 1-flip optimum. */
    public static Solution solve(PuboProblem problem) {
        return solve(problem, () -> false);
    }

    /**
     * Greedy construction, then local search to a 1-flip optimum, ending early when {@code stop} says so; it looks
     * every {@value #STOP_CHECK_INTERVAL} variables of the local search. The construction pass itself always
     * completes ({@code O(sum of flip costs)}, one look at every variable): stopped halfway it would leave the rest
     * of the variables at 0, which for max-cut is an assignment that cuts nothing there, and nothing after it (a
     * framework's local search with no time left) could repair that.
     */
    public static Solution solve(PuboProblem problem, BooleanSupplier stop) {
        ProblemState state = new ProblemState(problem, new boolean[problem.numVariables()]);
        for (int v = 0; v < problem.numVariables(); v++) {
            if (state.compareFlip(v) < 0) {
                state.flip(v);
            }
        }
        if (stop.getAsBoolean()) {
            return state.toSolution();
        }
        improve(state, Integer.MAX_VALUE, stop);
        return state.toSolution();
    }

    /** One-flip local search from {@code start} to a 1-flip optimum (repairs violations first). */
    public static Solution improve(PuboProblem problem, boolean[] start) {
        ProblemState state = new ProblemState(problem, start);
        improve(state, Integer.MAX_VALUE, () -> false);
        return state.toSolution();
    }

    /**
     * Applies improving flips to {@code state} until none is left, {@code maxSweeps} sweeps are done or
     * {@code stop} says so (checked every {@value #STOP_CHECK_INTERVAL} variables). Returns the number of flips made.
     */
    public static long improve(ProblemState state, int maxSweeps, BooleanSupplier stop) {
        int n = state.problem().numVariables();
        long flips = 0;
        for (int sweep = 0; sweep < maxSweeps; sweep++) {
            boolean improved = false;
            for (int v = 0; v < n; v++) {
                if (state.compareFlip(v) < 0) {
                    state.flip(v);
                    flips++;
                    improved = true;
                }
                if (v % STOP_CHECK_INTERVAL == 0 && stop.getAsBoolean()) {
                    return flips;
                }
            }
            if (!improved || stop.getAsBoolean()) {
                break;
            }
        }
        return flips;
    }
}
