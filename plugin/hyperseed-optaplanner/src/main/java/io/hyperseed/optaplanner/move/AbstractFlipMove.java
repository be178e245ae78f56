package io.hyperseed.optaplanner.move;

import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * What {@link FlipMove} and {@link ProgramFlipMove} share: flips one variable ({@code x -> 1 - x}), is its own undo,
 * names that variable and its current value to tabu, and equals a move of the same class on the same variable.
 * Subclasses say when the move is doable, how it rebases and how it hashes. {@code O(1)} plus the score update.
 */
abstract class AbstractFlipMove extends AbstractMove<BinarySolution> {

    private final BinaryVariable variable;

    AbstractFlipMove(BinaryVariable variable) {
        this.variable = Objects.requireNonNull(variable, "variable");
    }

    /** The variable this move flips. */
    final BinaryVariable variable() {
        return variable;
    }

    @Override
    protected final AbstractFlipMove createUndoMove(ScoreDirector<BinarySolution> scoreDirector) {
        return this;
    }

    @Override
    protected final void doMoveOnGenuineVariables(ScoreDirector<BinarySolution> scoreDirector) {
        variable.assign(scoreDirector, !variable.isTrue());
    }

    @Override
    public final List<BinaryVariable> getPlanningEntities() {
        return List.of(variable);
    }

    @Override
    public final List<Boolean> getPlanningValues() {
        return List.of(variable.isTrue());
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((AbstractFlipMove) o).variable == variable;
    }

    @Override
    public final String toString() {
        return "flip " + variable;
    }
}
