package io.hyperseed.optaplanner.model;

import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.entity.descriptor.EntityDescriptor;
import org.optaplanner.core.impl.domain.solution.descriptor.SolutionDescriptor;
import org.optaplanner.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import org.optaplanner.core.impl.domain.variable.descriptor.VariableDescriptor;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * A boolean planning variable of the user's OptaPlanner model, found in the solver's own domain descriptor (the
 * solution descriptor of the score director; OptaPlanner 10 has no public meta-model): reads the value, tells
 * whether an entity is movable (not pinned), and writes a value with the score director's before/after
 * notifications. {@link #resolve} fails with a message saying what to do for anything but a basic genuine planning
 * variable of type {@code Boolean} or {@code boolean}. Every operation is {@code O(1)} plus the listeners'.
 *
 * @param <S> the planning solution type
 */
public final class BooleanVariable<S> {

    private final GenuineVariableDescriptor<S> descriptor;

    private BooleanVariable(GenuineVariableDescriptor<S> descriptor) {
        this.descriptor = descriptor;
    }

    /**
     * The planning variable {@code variableName} of {@code entityClass} in the domain of {@code scoreDirector}.
     *
     * @throws IllegalArgumentException if the class is no planning entity, the variable does not exist, is a list
     *         or shadow variable, or its values are not {@code Boolean}/{@code boolean}
     */
    public static <S> BooleanVariable<S> resolve(
            ScoreDirector<S> scoreDirector, Class<?> entityClass, String variableName) {
        Objects.requireNonNull(scoreDirector, "scoreDirector");
        if (!(scoreDirector instanceof InnerScoreDirector<S, ?> inner)) {
            throw new IllegalStateException(
                    "The score director (" + scoreDirector.getClass().getName()
                            + ") exposes no domain descriptor. Maybe the OptaPlanner version differs from 10.2.0?");
        }
        SolutionDescriptor<S> solution = inner.getSolutionDescriptor();
        String label = entityClass.getSimpleName() + "." + variableName;
        EntityDescriptor<S> entity = solution.findEntityDescriptor(entityClass);
        if (entity == null) {
            throw new IllegalArgumentException("The class (" + entityClass.getName() + ") is not a planning entity "
                    + "of the solution " + solution.getSolutionClass().getSimpleName() + ". Maybe annotate it "
                    + "with @PlanningEntity and list it in the solver config's <entityClass>?");
        }
        VariableDescriptor<S> variable = entity.getVariableDescriptor(variableName);
        if (variable == null) {
            throw new IllegalArgumentException("The variable (" + label + ") is not a variable of "
                    + entityClass.getSimpleName() + ". Maybe one of: "
                    + String.join(", ", entity.getVariableDescriptorMap().keySet()) + "?");
        }
        boolean list = variable instanceof GenuineVariableDescriptor<S> g && g.isListVariable();
        if (!(variable instanceof GenuineVariableDescriptor<S> genuine) || list) {
            throw new IllegalArgumentException("The variable (" + label + ") is a "
                    + (list ? "list" : "shadow") + " variable; the neural phase writes basic "
                    + "@PlanningVariable boolean variables only. Maybe declare the boolean planning variable that "
                    + "this one is derived from?");
        }
        Class<?> type = genuine.getVariablePropertyType();
        if (type != Boolean.class && type != boolean.class) {
            throw new IllegalArgumentException("The planning variable (" + label + ") has values of type ("
                    + type.getSimpleName() + "); the neural phase supports Boolean and boolean planning variables "
                    + "only. Maybe model each value as a boolean variable of its own, with an exactly-one group "
                    + "(ChoiceConstraint) over them?");
        }
        return new BooleanVariable<>(genuine);
    }

    /** The current value of {@code entity}'s variable, or null when unassigned. */
    public Boolean value(Object entity) {
        return (Boolean) descriptor.getValue(entity);
    }

    /** False when {@code entity} is pinned ({@code @PlanningPin} or a pinning filter). */
    public boolean isMovable(ScoreDirector<S> scoreDirector, Object entity) {
        return descriptor.getEntityDescriptor().isMovable(scoreDirector, entity);
    }

    /** Sets {@code entity}'s variable to {@code value} with the score director's before/after notifications. */
    public void write(ScoreDirector<S> scoreDirector, Object entity, boolean value) {
        String name = descriptor.getVariableName();
        scoreDirector.beforeVariableChanged(entity, name);
        descriptor.setValue(entity, value);
        scoreDirector.afterVariableChanged(entity, name);
    }

    @Override
    public String toString() {
        return descriptor.getSimpleEntityAndVariableName();
    }
}
