package io.hyperseed.optaplanner.move;

import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Flips one assigned binary variable ({@code x -> 1 - x}); its own undo. The move behind the best-gain selector
 * ({@link BestFlipMoveIteratorFactory}); supports entity and value tabu. {@code O(1)} plus the score update.
 */
public final class FlipMove extends AbstractMove<BinarySolution> {

    private final BinaryVariable variable;

    public FlipMove(BinaryVariable variable) {
        this.variable = Objects.requireNonNull(variable, "variable");
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<BinarySolution> scoreDirector) {
        return variable.getValue() != null;
    }

    @Override
    protected FlipMove createUndoMove(ScoreDirector<BinarySolution> scoreDirector) {
        return this;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<BinarySolution> scoreDirector) {
        variable.assign(scoreDirector, !variable.isTrue());
    }

    @Override
    public FlipMove rebase(ScoreDirector<BinarySolution> destinationScoreDirector) {
        return new FlipMove(destinationScoreDirector.lookUpWorkingObject(variable));
    }

    @Override
    public List<BinaryVariable> getPlanningEntities() {
        return List.of(variable);
    }

    @Override
    public List<Boolean> getPlanningValues() {
        return List.of(variable.isTrue());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlipMove m && m.variable == variable;
    }

    @Override
    public int hashCode() {
        return variable.getIndex();
    }

    @Override
    public String toString() {
        return "flip " + variable;
    }
}
