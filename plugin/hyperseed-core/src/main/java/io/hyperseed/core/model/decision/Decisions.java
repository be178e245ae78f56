package io.hyperseed.core.model.decision;

import io.hyperseed.core.model.Literal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The binary decisions of one planning solution, in PUBO variable order: an adapter's {@code PuboFormulation} declares each
 * group of decisions (an entity class, the name of its boolean planning variable, and the entities) with
 * {@link #add}, then numbers its PUBO variables with the returned {@link Group}. Decision {@code i} is PUBO
 * variable {@code i}. Entities are told apart by identity, as the solver's working copies are.
 *
 * <p>Cost: {@link #add} is {@code O(entities)}; {@link Group#index} is an expected {@code O(1)} identity lookup.
 */
public final class Decisions {

    private final List<Decision> decisions = new ArrayList<>();
    private final List<Group<?>> groups = new ArrayList<>();

    /** One binary decision: the planning variable {@code variableName} of {@code entity}. */
    public record Decision(Class<?> entityClass, String variableName, Object entity) {

        public Decision {
            Objects.requireNonNull(entityClass, "entityClass");
            Objects.requireNonNull(variableName, "variableName");
            Objects.requireNonNull(entity, "entity");
        }

        /** {@code Facility.open} style, for messages. */
        public String variableLabel() {
            return entityClass.getSimpleName() + "." + variableName;
        }
    }

    /**
     * Declares the boolean planning variable {@code variableName} of each of {@code entities} as decisions, numbered
     * from {@link #size()} on in iteration order.
     *
     * @throws IllegalArgumentException if this variable of one of the entities is declared twice, or an entity is
     *         not an instance of {@code entityClass}
     */
    public <E> Group<E> add(Class<E> entityClass, String variableName, Collection<? extends E> entities) {
        Objects.requireNonNull(entityClass, "entityClass");
        Objects.requireNonNull(variableName, "variableName");
        Objects.requireNonNull(entities, "entities");
        for (Group<?> group : groups) {
            if (group.entityClass.equals(entityClass) && group.variableName.equals(variableName)) {
                for (E entity : entities) {
                    if (group.indexes.containsKey(entity)) {
                        throw new IllegalArgumentException("The decision (" + entityClass.getSimpleName() + "."
                                + variableName + " of " + entity + ") is declared twice. Maybe add each entity "
                                + "once?");
                    }
                }
            }
        }
        Group<E> group = new Group<>(entityClass, variableName, decisions.size());
        for (E entity : entities) {
            if (!entityClass.isInstance(entity)) {
                throw new IllegalArgumentException("The entity (" + entity + ") is not a "
                        + entityClass.getName() + ". Maybe pass the entity class of the planning variable "
                        + variableName + "?");
            }
            if (group.indexes.putIfAbsent(entity, decisions.size()) != null) {
                throw new IllegalArgumentException("The entity (" + entity + ") is listed twice for "
                        + entityClass.getSimpleName() + "." + variableName + ". Maybe add each entity once?");
            }
            decisions.add(new Decision(entityClass, variableName, entity));
            group.entities.add(entity);
        }
        groups.add(group);
        return group;
    }

    /** The number of decisions declared so far: the PUBO's number of variables. */
    public int size() {
        return decisions.size();
    }

    /** Decision {@code index} (PUBO variable {@code index}). */
    public Decision get(int index) {
        return decisions.get(index);
    }

    /** The groups in declaration order. */
    public List<Group<?>> groups() {
        return List.copyOf(groups);
    }

    /** The decisions in PUBO variable order (unmodifiable). */
    public List<Decision> all() {
        return List.copyOf(decisions);
    }

    /**
     * One declared group: maps each entity to its PUBO variable and literals ({@link Literal}).
     *
     * @param <E> the entity type
     */
    public static final class Group<E> {

        private final Class<E> entityClass;
        private final String variableName;
        private final int offset;
        private final List<E> entities = new ArrayList<>();
        private final Map<Object, Integer> indexes = new IdentityHashMap<>();

        private Group(Class<E> entityClass, String variableName, int offset) {
            this.entityClass = entityClass;
            this.variableName = variableName;
            this.offset = offset;
        }

        /** The entity class. */
        public Class<E> entityClass() {
            return entityClass;
        }

        /** The planning variable's name. */
        public String variableName() {
            return variableName;
        }

        /** The PUBO index of the first decision of this group. */
        public int offset() {
            return offset;
        }

        /** The entities, in declaration order (unmodifiable). */
        public List<E> entities() {
            return List.copyOf(entities);
        }

        /** The PUBO variable of {@code entity}; fails with a message when it is not in this group. */
        public int index(E entity) {
            Integer index = indexes.get(entity);
            if (index == null) {
                throw new IllegalArgumentException("The entity (" + entity + ") is not a declared decision of "
                        + entityClass.getSimpleName() + "." + variableName + ". Maybe pass it to Decisions.add?");
            }
            return index;
        }

        /** The literal {@code x} of {@code entity}'s variable (true when the variable is true). */
        public int isTrue(E entity) {
            return Literal.positive(index(entity));
        }

        /** The literal {@code 1 - x} of {@code entity}'s variable (true when the variable is false). */
        public int isFalse(E entity) {
            return Literal.negative(index(entity));
        }
    }
}
