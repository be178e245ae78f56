package io.hyperseed.optaplanner.move;

import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Flips one assigned binary variable ({@code x -> 1 - x}); its own undo. The move behind the best-gain selector
 * ({@link BestFlipMoveIteratorFactory}); supports entity and value tabu. {@code O(1)} plus the score update.
 */
public final class FlipMove extends AbstractFlipMove {

    public FlipMove(BinaryVariable variable) {
        super(variable);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<BinarySolution> scoreDirector) {
        return variable().getValue() != null;
    }

    @Override
    public FlipMove rebase(ScoreDirector<BinarySolution> destinationScoreDirector) {
        return new FlipMove(destinationScoreDirector.lookUpWorkingObject(variable()));
    }

    @Override
    public int hashCode() {
        return variable().getIndex();
    }
}
