package io.hyperseed.timefold.move;

import ai.timefold.solver.core.api.domain.common.Lookup;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.BinaryVariable;
import io.hyperseed.timefold.domain.ValueVariable;
import java.util.List;
import java.util.Objects;
import java.util.SequencedCollection;

/**
 * Swaps the values of two variables of one choice group (exactly one / at most one): the group's count of ones is
 * unchanged, so Tabu Search can walk from feasible solution to feasible solution where single flips would have to
 * cross an infeasible one. Supports entity and value tabu and {@link #rebase}. {@code O(1)} plus the score update.
 *
 * @param <S> the planning solution type
 */
public final class ChoiceSwapMove<S extends BinarySolution> implements Move<S> {

    private final BinaryVariable left;
    private final BinaryVariable right;

    public ChoiceSwapMove(BinaryVariable left, BinaryVariable right) {
        this.left = Objects.requireNonNull(left, "left");
        this.right = Objects.requireNonNull(right, "right");
        if (left == right) {
            throw new IllegalArgumentException("A swap needs two different variables, got (" + left
                    + ") twice. Maybe the group has a single member?");
        }
    }

    @Override
    public void execute(MutableSolutionView<S> view) {
        PlanningVariableMetaModel<S, BinaryVariable, Boolean> value = ValueVariable.of(view.getSolutionMetaModel());
        boolean leftValue = left.isTrue();
        view.changeVariable(value, left, right.isTrue());
        view.changeVariable(value, right, leftValue);
    }

    @Override
    public ChoiceSwapMove<S> rebase(Lookup lookup) {
        return new ChoiceSwapMove<>(lookup.lookUpWorkingObject(left), lookup.lookUpWorkingObject(right));
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        return List.of(left.isTrue(), right.isTrue());
    }

    @Override
    public String describe() {
        return "ChoiceSwapMove";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChoiceSwapMove<?> other && other.left == left && other.right == right;
    }

    @Override
    public int hashCode() {
        return 31 * left.getIndex() + right.getIndex();
    }

    @Override
    public String toString() {
        return "swap " + left + " <-> " + right;
    }
}
