package io.hyperseed.timefold.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * The planning entity: binary variable {@code x_index} of the problem (for max-cut, the side of vertex
 * {@code index}). Its planning variable {@link #getValue()} is a {@link Boolean}; {@code null} means "not assigned
 * yet" and is scored as {@code false}. Problem facts refer to a variable by {@link #getIndex()}, never by
 * reference.
 */
@PlanningEntity
public class BinaryVariable {

    @PlanningId
    private int index;

    @PlanningVariable
    private Boolean value;

    /** For the solver's planning cloner. */
    public BinaryVariable() {}

    /** An unassigned variable. */
    public BinaryVariable(int index) {
        this(index, null);
    }

    /** A variable with a value ({@code null} = unassigned). */
    public BinaryVariable(int index, Boolean value) {
        if (index < 0) {
            throw new IllegalArgumentException("The variable index (" + index + ") must not be negative.");
        }
        this.index = index;
        this.value = value;
    }

    /** The 0-based variable (vertex) index. */
    public int getIndex() {
        return index;
    }

    /** The value, or {@code null} when not assigned yet. */
    public Boolean getValue() {
        return value;
    }

    public void setValue(Boolean value) {
        this.value = value;
    }

    /** True when the value is {@code true}; an unassigned variable counts as {@code false}. */
    public boolean isTrue() {
        return value != null && value;
    }

    @Override
    public String toString() {
        return "x" + index + "=" + (value == null ? "?" : value ? "1" : "0");
    }
}
