package io.hyperseed.optaplanner.move;

import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Swaps the values of two variables of one choice group (typically: the 1 moves to another member of an
 * exactly-one group), so a local search goes from one feasible point to another in one step. Its own undo.
 * Doable when both are assigned and differ. {@code O(deg a + deg b)} score work.
 */
public final class ChoiceSwapMove extends AbstractMove<BinarySolution> {

    private final BinaryVariable left;
    private final BinaryVariable right;

    public ChoiceSwapMove(BinaryVariable left, BinaryVariable right) {
        this.left = Objects.requireNonNull(left, "left");
        this.right = Objects.requireNonNull(right, "right");
        if (left == right) {
            throw new IllegalArgumentException("A swap needs two different variables (" + left + ").");
        }
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<BinarySolution> scoreDirector) {
        return left.getValue() != null
                && right.getValue() != null
                && !left.getValue().equals(right.getValue());
    }

    @Override
    protected ChoiceSwapMove createUndoMove(ScoreDirector<BinarySolution> scoreDirector) {
        return this;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<BinarySolution> scoreDirector) {
        Boolean leftValue = left.getValue();
        left.assign(scoreDirector, right.getValue());
        right.assign(scoreDirector, leftValue);
    }

    @Override
    public ChoiceSwapMove rebase(ScoreDirector<BinarySolution> destinationScoreDirector) {
        return new ChoiceSwapMove(
                destinationScoreDirector.lookUpWorkingObject(left),
                destinationScoreDirector.lookUpWorkingObject(right));
    }

    @Override
    public List<BinaryVariable> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public List<Boolean> getPlanningValues() {
        return List.of(left.isTrue(), right.isTrue());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChoiceSwapMove m && m.left == left && m.right == right;
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(left) + System.identityHashCode(right);
    }

    @Override
    public String toString() {
        return left + " <-> " + right;
    }
}
