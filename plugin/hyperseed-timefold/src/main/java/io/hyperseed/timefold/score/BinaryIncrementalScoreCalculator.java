package io.hyperseed.timefold.score;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;
import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.BinaryVariable;

/**
 * Incremental score calculator for both planning solutions ({@link io.hyperseed.timefold.domain.ProgramSolution},
 * {@link io.hyperseed.timefold.domain.MaxCutSolution}). The bookkeeping is the core's {@link ScoreTracker}: it
 * caches per term (or hyperedge) how many of its literals are false (or how many pins are on one side), so a change
 * of variable {@code v} costs {@code O(terms touching v)} (plus, for programs, the constraints containing
 * {@code v}), and the score is read in {@code O(1)} (programs with choice groups: {@code O(#constraints)}).
 *
 * <p>Scores are exact {@code long}s in fixed point ({@link io.hyperseed.core.eval.FixedPoint}). An unassigned
 * variable counts as {@code false}. The tracker is kept across {@link #resetWorkingSolution} calls for the same
 * (immutable) problem, so a reset costs {@code O(L)}, not a rebuild. Not thread-safe (one per score director).
 *
 * @param <S> the planning solution type
 */
public class BinaryIncrementalScoreCalculator<S extends BinarySolution>
        implements IncrementalScoreCalculator<S, HardSoftScore> {

    private PuboProblem trackedProblem;
    private ScoreTracker tracker;

    /**
     * The core tracker behind this calculator, in step with the working solution (move selectors read its
     * {@link ScoreTracker#gains() gains}); {@code null} before the first {@link #resetWorkingSolution}.
     */
    public ScoreTracker tracker() {
        return tracker;
    }

    @Override
    public void resetWorkingSolution(S solution) {
        if (tracker == null || solution.getProblem() != trackedProblem) {
            tracker = solution.createScoreTracker();
            trackedProblem = solution.getProblem();
        }
        tracker.reset(solution.assignment());
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        // The tracker needs only the new value: see afterVariableChanged.
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        BinaryVariable variable = (BinaryVariable) entity;
        tracker.set(variable.getIndex(), variable.isTrue());
    }

    @Override
    public HardSoftScore calculateScore() {
        return HardSoftScore.of(tracker.hardScore(), tracker.softScore());
    }
}
