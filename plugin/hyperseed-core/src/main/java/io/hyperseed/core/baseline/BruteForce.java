package io.hyperseed.core.baseline;

import io.hyperseed.core.eval.ProblemState;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;

/**
 * Exact optimum by enumeration in Gray-code order (one flip per step): feasibility first, then the objective.
 * {@code O(2^n * flip cost)}; refused above {@link #MAX_VARIABLES} variables. Deterministic: ties keep the first
 * point in Gray-code order.
 */
public final class BruteForce {

    /** The largest problem enumerated. */
    public static final int MAX_VARIABLES = 24;

    private BruteForce() {}

    /** The optimum of {@code problem}. */
    public static Solution solve(PuboProblem problem) {
        int n = problem.numVariables();
        if (n > MAX_VARIABLES) {
            throw new IllegalArgumentException("Brute force enumerates at most " + MAX_VARIABLES
                    + " variables, the problem has (" + n + "). Maybe use GreedyLocalSearch?");
        }
        ProblemState state = new ProblemState(problem, new boolean[n]);
        double bestViolation = state.violation();
        double bestObjective = state.objective();
        boolean[] best = state.assignment();
        long total = 1L << n;
        for (long i = 1; i < total; i++) {
            int v = Long.numberOfTrailingZeros(i);
            state.flip(v);
            double violation = state.violation();
            double objective = state.objective();
            if (problem.compare(violation, objective, bestViolation, bestObjective) < 0) {
                bestViolation = violation;
                bestObjective = objective;
                best = state.assignment();
            }
        }
        return Solution.evaluate(problem, best);
    }
}
