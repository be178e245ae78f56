package io.hyperseed.timefold.score;

import ai.timefold.solver.core.api.score.HardSoftScore;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.timefold.domain.BinarySolution;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test calculator: the production incremental calculator, plus a check at every score calculation that the
 * score equals the core evaluator's objective and violation of the current assignment (in fixed point).
 */
public class CoreCheckedScoreCalculator<S extends BinarySolution> extends BinaryIncrementalScoreCalculator<S> {

    /** How many scores were checked (over all instances; tests read it to make sure checks ran). */
    public static final AtomicLong CHECKS = new AtomicLong();

    private S working;

    @Override
    public void resetWorkingSolution(S solution) {
        super.resetWorkingSolution(solution);
        working = solution;
    }

    @Override
    public HardSoftScore calculateScore() {
        HardSoftScore score = super.calculateScore();
        if (working.isInitialized()) {
            Solution core = working.toSolution();
            long scale = working.scale();
            double objective = working.getProblem().sense().sign() * core.objective() * scale;
            double violation = core.violation() * scale;
            double tolerance =
                    1e-6 * scale * Math.max(1, working.getProblem().objective().numTerms());
            if (Math.abs(score.softScore() - objective) > tolerance
                    || Math.abs(-score.hardScore() - violation) > tolerance) {
                throw new AssertionError("The incremental score (" + score + ") differs from the core evaluator "
                        + "(objective " + core.objective() + ", violation " + core.violation() + ", scale " + scale
                        + ") at " + Arrays.toString(working.assignment()) + ".");
            }
            CHECKS.incrementAndGet();
        }
        return score;
    }
}
