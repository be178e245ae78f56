package io.hyperseed.neural.round;

import io.hyperseed.core.baseline.GreedyLocalSearch;
import io.hyperseed.core.constrained.FeasibilityRepair;
import io.hyperseed.core.eval.ProblemState;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Turns relaxed outputs {@code x in [0,1]^n} into a 0/1 solution: the 0.5 threshold, optionally the best of
 * {@code N} Bernoulli samples {@code x_i ~ B(x_i)} (feasibility first, then the objective, with the core
 * evaluator), then a greedy one-flip repair and improvement ({@link GreedyLocalSearch#improve}).
 * Sampling is {@code O(N L)}; repair {@code O(sweeps * sum of flip costs)}.
 */
public final class Rounding {

    private Rounding() {}

    /** {@code x_i >= 0.5}. */
    public static boolean[] threshold(float[] x) {
        boolean[] values = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = x[i] >= 0.5f;
        }
        return values;
    }

    /** The best of the threshold rounding and {@code samples} Bernoulli samples drawn with {@code random}. */
    public static Solution bestOf(PuboProblem problem, float[] x, int samples, Random random) {
        Solution best = Solution.evaluate(problem, threshold(x));
        boolean[] sample = new boolean[x.length];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < x.length; i++) {
                sample[i] = random.nextFloat() < x[i];
            }
            Solution candidate = Solution.evaluate(problem, sample);
            if (candidate.isBetterThan(best, problem)) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * For constrained problems first the core's ratio repair ({@link FeasibilityRepair}: drop by worst
     * objective/violation ratio until feasible, then add by best gain/resource ratio), then one-flip repair
     * (violations first) and improvement, until 1-flip optimal or stopped; the best of that and {@code start}.
     */
    public static Solution repair(PuboProblem problem, Solution start, BooleanSupplier stop) {
        boolean[] from = start.values();
        if (problem.isConstrained()) {
            Solution ratio = FeasibilityRepair.repair(problem, from);
            if (ratio.isBetterThan(start, problem)) {
                from = ratio.values();
            }
        }
        ProblemState state = new ProblemState(problem, from);
        GreedyLocalSearch.improve(state, Integer.MAX_VALUE, stop);
        Solution repaired = state.toSolution();
        return repaired.isBetterThan(start, problem) ? repaired : start;
    }

    /** The share of outputs with {@code max(x, 1 - x) < 0.7} (undecided). */
    public static double undecidedShare(float[] x) {
        int undecided = 0;
        for (float v : x) {
            if (Math.max(v, 1f - v) < 0.7f) {
                undecided++;
            }
        }
        return x.length == 0 ? 0.0 : (double) undecided / x.length;
    }
}
