package io.hyperseed.optaplanner.move;

import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Flips one variable ({@code x -> 1 - x}; unassigned becomes 1), for {@link ProgramMoveIteratorFactory}. Its own
 * undo (a second flip). {@code O(1)} plus the score update.
 */
public final class ProgramFlipMove extends AbstractMove<BinarySolution> {

    private final BinaryVariable variable;

    public ProgramFlipMove(BinaryVariable variable) {
        this.variable = Objects.requireNonNull(variable, "variable");
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<BinarySolution> scoreDirector) {
        return true;
    }

    @Override
    protected ProgramFlipMove createUndoMove(ScoreDirector<BinarySolution> scoreDirector) {
        return this;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<BinarySolution> scoreDirector) {
        variable.assign(scoreDirector, !variable.isTrue());
    }

    @Override
    public ProgramFlipMove rebase(ScoreDirector<BinarySolution> destinationScoreDirector) {
        return new ProgramFlipMove(destinationScoreDirector.lookUpWorkingObject(variable));
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
        return o instanceof ProgramFlipMove m && m.variable == variable;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(variable);
    }

    @Override
    public String toString() {
        return "flip " + variable;
    }
}
