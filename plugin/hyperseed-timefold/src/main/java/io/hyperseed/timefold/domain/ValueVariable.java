package io.hyperseed.timefold.domain;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;

/**
 * Looks up the meta-model of {@link BinaryVariable#getValue()} in a solver's solution meta-model, which moves and
 * phases need to change the variable through the solver ({@code changeVariable}, {@code Moves.change}). The last
 * lookup is memoised per meta-model instance, so a move pays one identity comparison. Thread-safe.
 */
public final class ValueVariable {

    private static volatile Memo memo;

    private ValueVariable() {}

    /** The value variable's meta-model within {@code solution}. */
    @SuppressWarnings("unchecked")
    public static <S> PlanningVariableMetaModel<S, BinaryVariable, Boolean> of(PlanningSolutionMetaModel<S> solution) {
        Memo last = memo;
        if (last == null || last.solution != solution) {
            last = new Memo(
                    solution, solution.genuineEntity(BinaryVariable.class).basicVariable("value", Boolean.class));
            memo = last;
        }
        return (PlanningVariableMetaModel<S, BinaryVariable, Boolean>) last.variable;
    }

    private record Memo(PlanningSolutionMetaModel<?> solution, PlanningVariableMetaModel<?, ?, ?> variable) {}
}
