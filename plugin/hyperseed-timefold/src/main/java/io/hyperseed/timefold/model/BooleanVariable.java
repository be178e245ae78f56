package io.hyperseed.timefold.model;

import ai.timefold.solver.core.impl.domain.solution.descriptor.InnerVariableMetaModel;
import ai.timefold.solver.core.impl.domain.variable.descriptor.VariableDescriptor;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningEntityMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.VariableMetaModel;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A boolean planning variable of the user's model, found through Timefold's solution meta-model: its
 * {@link PlanningVariableMetaModel} (what {@code Moves.change} needs) plus reading its value and whether an entity
 * is movable (not {@code @PlanningPin}ned) through the same variable's descriptor. {@link #resolve} fails with a
 * message saying what to do for anything but a basic planning variable of type {@code Boolean} or {@code boolean}.
 * Every operation is {@code O(1)} (one reflective or generated accessor call).
 *
 * @param <S> the planning solution type
 */
public final class BooleanVariable<S> {

    private final PlanningVariableMetaModel<S, Object, Object> metaModel;
    private final VariableDescriptor<S> descriptor;

    private BooleanVariable(PlanningVariableMetaModel<S, Object, Object> metaModel, VariableDescriptor<S> descriptor) {
        this.metaModel = metaModel;
        this.descriptor = descriptor;
    }

    /**
     * The planning variable {@code variableName} of {@code entityClass} in {@code solution}'s meta-model.
     *
     * @throws IllegalArgumentException if the class is no planning entity, the variable does not exist, is a list
     *         or shadow variable, or its values are not {@code Boolean}/{@code boolean}
     */
    @SuppressWarnings("unchecked")
    public static <S> BooleanVariable<S> resolve(
            PlanningSolutionMetaModel<S> solution, Class<?> entityClass, String variableName) {
        Objects.requireNonNull(solution, "solution");
        String label = entityClass.getSimpleName() + "." + variableName;
        if (!solution.hasEntity(entityClass)) {
            throw new IllegalArgumentException("The class (" + entityClass.getName() + ") is not a planning entity "
                    + "of the solution " + solution.type().getSimpleName() + ". Maybe annotate it with "
                    + "@PlanningEntity and list it in the solver config's <entityClass>?");
        }
        PlanningEntityMetaModel<S, ?> entity = solution.entity(entityClass);
        if (!entity.hasVariable(variableName)) {
            throw new IllegalArgumentException("The variable (" + label + ") is not a variable of "
                    + entityClass.getSimpleName() + ". Maybe one of: "
                    + entity.variables().stream().map(VariableMetaModel::name).collect(Collectors.joining(", ")) + "?");
        }
        VariableMetaModel<S, ?, ?> variable = entity.variable(variableName);
        if (!(variable instanceof PlanningVariableMetaModel<S, ?, ?> planning)) {
            throw new IllegalArgumentException("The variable (" + label + ") is a "
                    + (variable.isGenuine() ? "list" : "shadow") + " variable; the neural phase writes basic "
                    + "@PlanningVariable boolean variables only. Maybe declare the boolean planning variable that "
                    + "this one is derived from?");
        }
        Class<?> type = planning.type();
        if (type != Boolean.class && type != boolean.class) {
            throw new IllegalArgumentException("The planning variable (" + label + ") has values of type ("
                    + type.getSimpleName() + "); the neural phase supports Boolean and boolean planning variables "
                    + "only. Maybe model each value as a boolean variable of its own, with an exactly-one group "
                    + "(ChoiceConstraint) over them?");
        }
        if (!(planning instanceof InnerVariableMetaModel<?> inner)) {
            throw new IllegalStateException(
                    "The meta-model of " + label + " (" + planning.getClass().getName()
                            + ") gives no access to the variable's value. Maybe the Timefold version differs from 2.2.0?");
        }
        return new BooleanVariable<>((PlanningVariableMetaModel<S, Object, Object>) planning, (VariableDescriptor<S>)
                inner.variableDescriptor());
    }

    /** The meta-model to pass to {@code Moves.change}. */
    public PlanningVariableMetaModel<S, Object, Object> metaModel() {
        return metaModel;
    }

    /** The current value of {@code entity}'s variable, or null when unassigned. */
    public Boolean value(Object entity) {
        return descriptor.getValue(entity);
    }

    /** False when {@code entity} is pinned ({@code @PlanningPin}): the phase must leave its value alone. */
    public boolean isMovable(S solution, Object entity) {
        return descriptor.getEntityDescriptor().isMovable(solution, entity);
    }

    @Override
    public String toString() {
        return metaModel.entity().type().getSimpleName() + "." + metaModel.name();
    }
}
