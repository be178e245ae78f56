package io.hyperseed.optaplanner.move;

import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Flips one variable ({@code x -> 1 - x}; unassigned becomes 1), for {@link ProgramMoveIteratorFactory}. Its own
 * undo (a second flip). {@code O(1)} plus the score update.
 */
public final class ProgramFlipMove extends AbstractFlipMove {

    public ProgramFlipMove(BinaryVariable variable) {
        super(variable);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<BinarySolution> scoreDirector) {
        return true;
    }

    @Override
    public ProgramFlipMove rebase(ScoreDirector<BinarySolution> destinationScoreDirector) {
        return new ProgramFlipMove(destinationScoreDirector.lookUpWorkingObject(variable()));
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(variable());
    }
}
