package io.hyperseed.timefold.move;

import ai.timefold.solver.core.api.domain.common.Lookup;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.BinaryVariable;
import io.hyperseed.timefold.domain.ValueVariable;
import java.util.Collections;
import java.util.Objects;
import java.util.SequencedCollection;

/**
 * Flips one binary variable ({@code x -> 1 - x}; an unassigned variable becomes {@code true}): the change move of a
 * binary problem, without the no-op half that a generic change move selector would generate. Supports entity and
 * value tabu and multithreaded solving ({@link #rebase}). {@code O(1)} plus the score update.
 *
 * @param <S> the planning solution type
 */
public final class FlipMove<S extends BinarySolution> implements Move<S> {

    private final BinaryVariable variable;

    public FlipMove(BinaryVariable variable) {
        this.variable = Objects.requireNonNull(variable, "variable");
    }

    /** The variable it flips. */
    public BinaryVariable variable() {
        return variable;
    }

    @Override
    public void execute(MutableSolutionView<S> view) {
        view.changeVariable(ValueVariable.of(view.getSolutionMetaModel()), variable, !variable.isTrue());
    }

    @Override
    public FlipMove<S> rebase(Lookup lookup) {
        return new FlipMove<>(lookup.lookUpWorkingObject(variable));
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return Collections.singletonList(variable);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        return Collections.singletonList(variable.getValue());
    }

    @Override
    public String describe() {
        return "FlipMove";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlipMove<?> other && other.variable == variable;
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
