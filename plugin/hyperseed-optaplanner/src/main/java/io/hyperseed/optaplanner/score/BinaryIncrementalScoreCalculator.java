package io.hyperseed.optaplanner.score;

import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * Incremental score for both planning solutions, delegating all bookkeeping to the core {@link ScoreTracker}: a
 * variable change costs {@code O(deg v)} (the terms or hyperedges touching it), a reset is linear in the instance
 * size. The score is exact in the tracker's fixed-point units. Stateful, one instance per score director.
 */
public final class BinaryIncrementalScoreCalculator
        implements IncrementalScoreCalculator<BinarySolution, HardSoftLongScore> {

    private ScoreTracker tracker;

    /**
     * The core tracker behind this calculator, in step with the working solution (move selectors read its
     * {@link ScoreTracker#gains() gains}); {@code null} before the first {@link #resetWorkingSolution}.
     */
    public ScoreTracker tracker() {
        return tracker;
    }

    @Override
    public void resetWorkingSolution(BinarySolution workingSolution) {
        tracker = workingSolution.createScoreTracker();
        tracker.reset(workingSolution.assignment());
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        // The tracker computes the delta from the value it holds.
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        BinaryVariable variable = (BinaryVariable) entity;
        tracker.set(variable.getIndex(), variable.isTrue());
    }

    @Override
    public HardSoftLongScore calculateScore() {
        return HardSoftLongScore.of(tracker.hardScore(), tracker.softScore());
    }

    @Override
    public void beforeEntityAdded(Object entity) {
        throw fixedEntities(entity);
    }

    @Override
    public void afterEntityAdded(Object entity) {
        throw fixedEntities(entity);
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        throw fixedEntities(entity);
    }

    @Override
    public void afterEntityRemoved(Object entity) {
        throw fixedEntities(entity);
    }

    private static UnsupportedOperationException fixedEntities(Object entity) {
        return new UnsupportedOperationException("Adding or removing a variable (" + entity
                + ") is not supported: the variables mirror an immutable problem. Maybe build a new solution?");
    }
}
